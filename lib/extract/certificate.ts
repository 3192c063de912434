/** Project-lead certificates: 注册建造师 numbers, 安全生产考核合格证 numbers, labelled 注册号/证书编号, and certificate names. */

import { normalizeLine } from '../page/normalize';

/** What a certificate number is: a 注册建造师 registration, a 安全生产考核合格证, or another labelled number. */
export type CertificateKind = 'builder' | 'safety' | 'other';

/** One certificate number found in text, with the certificate's name when the text states it nearby. */
export interface Certificate {
  /** The matched text as written (label included when the number was found through its label). */
  text: string;
  /** The certificate's name as stated near the number ("一级注册建造师", "安全生产考核合格证(B证)"). */
  name?: string;
  /** The number without spaces or line breaks, brackets half-width: "鄂建安B(2024)0064903". */
  number: string;
  /** Where `text` starts in the normalised text. */
  index: number;
  kind: CertificateKind;
}

// One-character province abbreviations that start a 注册建造师 number or a 安全生产考核合格证 number.
const PROVINCE = '京津沪渝冀豫云辽黑湘皖鲁新苏浙赣鄂桂甘晋蒙陕吉闽贵粤青藏川宁琼';

// 注册建造师 numbers: province + level digit (1 一级, 2 二级) + 11–16 digits: 湘243060800180 (old, 12 digits), 浙1332012201300001
// (new, 16). Table text splits the province from the digits ("渝\n2502020202100001", "渝 | 2502…"), so a short gap is allowed.
const BUILDER_SRC = String.raw`[${PROVINCE}](?:[ \n|]{1,5})?[12]\d{11,16}(?![\dA-Za-z])`;

// 安全生产考核合格证 (三类人员 A/B/C 证): 浙建安B(2015)0123456, 鄂建安C3（2024）0050001, 鄂水安C20220000001 (水利), 湘交安B… (交通).
const SAFETY_SRC = String.raw`[${PROVINCE}]?[建水交]安[ABC]\d? ?(?:[(（] ?\d{4} ?[)）] ?\d{4,9}|\d{8,13})(?![\dA-Za-z])`;

// A number after its label: 证书编号：湘243131300001, 注册编号 | CS20153300001, 注册号 33004321, 执业印章号：… The label is
// not one of a company's (资质证书编号, 营业执照注册号, 许可证号) or a person's ID (身份证号).
const LABEL_SRC = `(?<![份可质照商记码])(?:注册执业证书编号|注册证书编号|执业证书编号|资格证书编号|执业印章编号|执业印章号|印章编号|注册编号|注册证号|注册号|证书编号|证书编码|证书号码|证书号|证号)`;
const VALUE_SRC = String.raw`(?:[\u4e00-\u9fa5]{1,4} ?)?[A-Za-z0-9][A-Za-z0-9-]*(?:[(（]\d{4}[)）][A-Za-z0-9-]+)?`;

const CERT_NUMBER = new RegExp(
  String.raw`(?<label>${LABEL_SRC})[\s:：|]{0,12}(?<value>${VALUE_SRC})|(?<safety>${SAFETY_SRC})|(?<builder>${BUILDER_SRC})`,
  'g',
);
const IS_SAFETY = new RegExp(`^${SAFETY_SRC}$`);
const IS_BUILDER = new RegExp(`^${BUILDER_SRC}$`);

// Certificate names. A role alone ("总监理工程师", "项目经理", "建造师" as a column header) is not a certificate: the
// name needs a level, 注册 or 证书.
const NAME_PATTERNS: { kind: CertificateKind; re: RegExp }[] = [
  {
    kind: 'builder',
    re: /(?:中华人民共和国)?(?:注册)?(?:[一二壹贰12]级(?:及以上)?(?:注册)?)?建造师(?:[·・][\u4e00-\u9fa5]{2,8})?(?:注册证书|执业资格证书|资格证书|执业证书|注册证|证书|执业资格)?/g,
  },
  {
    kind: 'safety',
    re: /(?:[ABC]类)?《?安全生产考核合格证书?》?(?: ?[(（](?:[建水交]安)?[ABC]\d?类?证?[)）])?|三类人员[”"]? ?[ABC]类?(?:合格)?证书?|[建水交]安[ABC]证/g,
  },
  {
    kind: 'other',
    re: /(?:全国|国家)?注册监理工程师(?:注册)?(?:执业)?(?:资格)?(?:证书)?|监理工程师(?:注册执业证书|注册证书|执业资格证书|执业资格|资格证书|执业证书|证书)|(?:[一二壹贰]级)?注册(?:建筑师|结构工程师|造价工程师|安全工程师|岩土工程师|电气工程师|化工工程师|公用设备工程师|城乡规划师|咨询工程师|测绘师)(?:[(（][^)）]{1,8}[)）])?(?:注册证书|执业资格证书|资格证书|证书)?|(?:正高级|高级|中级)工程师(?:职称)?证书/g,
  },
];

interface NameHit {
  name: string;
  index: number;
  kind: CertificateKind;
}

/** Certificate names in a normalised string, in order. */
function nameHits(s: string): NameHit[] {
  const hits: NameHit[] = [];
  for (const { kind, re } of NAME_PATTERNS) {
    for (const m of s.matchAll(re)) {
      const name = m[0];
      // "建造师" with nothing to say it is a qualification is a role (a column header), not a certificate name.
      if (kind === 'builder' && !/级|注册|证书|资格/.test(name)) continue;
      hits.push({ name, index: m.index ?? 0, kind });
    }
  }
  return hits.sort((a, b) => a.index - b.index);
}

/** The kind a number belongs to, from its shape alone. */
function classify(number: string): CertificateKind {
  if (IS_SAFETY.test(number)) return 'safety';
  if (IS_BUILDER.test(number)) return 'builder';
  return 'other';
}

// How far from a number its certificate's name may stand: a table row ("张强 建造师注册证书 渝 2502…") or a list
// ("安全生产考核合格证(B证)、注册一级建造师·建筑工程,赣建安B(2008)0020001、赣1362…") fits; the next candidate's row does not.
const LOOK_BACK = 80;
const LOOK_AHEAD = 40;

/** The stated name closest before the number (else just after), preferring one of the number's own kind. */
function nameFor(hits: NameHit[], start: number, end: number, nextStart: number, kind: CertificateKind): string | undefined {
  const before = hits.filter((h) => h.index + h.name.length <= start && h.index >= start - LOOK_BACK);
  const after = hits.filter((h) => h.index >= end && h.index < Math.min(end + LOOK_AHEAD, nextStart));
  const fits = (h: NameHit) => kind === 'other' || h.kind === kind;
  const pick =
    before.filter(fits).at(-1) ?? after.find(fits) ?? (kind === 'other' ? undefined : before.filter((h) => h.kind === 'other').at(-1));
  return pick?.name;
}

/** Every certificate number in the text (builder and safety numbers by shape, others only after a certificate label). */
export function findCertificates(text: string): Certificate[] {
  const s = normalizeLine(text);
  const raw: { text: string; number: string; index: number }[] = [];
  for (const m of s.matchAll(CERT_NUMBER)) {
    const g = m.groups ?? {};
    const value = g.value ?? g.safety ?? g.builder ?? '';
    // A label followed by a word, a date or a short serial is not a certificate number: ask for five digits.
    if ((value.match(/\d/g) ?? []).length < 5) continue;
    const number = value.replace(/[\s|]/g, '').replace(/（/g, '(').replace(/）/g, ')');
    raw.push({ text: m[0], number, index: m.index ?? 0 });
  }
  const hits = nameHits(s);
  return raw.map((c, i) => {
    const kind = classify(c.number);
    const nextStart = raw[i + 1]?.index ?? s.length;
    const name = nameFor(hits, c.index, c.index + c.text.length, nextStart, kind);
    return name === undefined ? { ...c, kind } : { ...c, name, kind };
  });
}

/** The first certificate name the text mentions ("二级建造师注册证书", "安全生产考核合格证书"), even without a number. */
export function hasCertificateName(text: string): string | undefined {
  return nameHits(normalizeLine(text))[0]?.name;
}
