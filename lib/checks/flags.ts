/** Discriminatory clauses in bidder requirements (条例 Art.32; 1117号): advisory, a human judges. */
import type { FlagResult } from '../types';
import type { CheckContext } from './context';

interface ClauseRule {
  key: string;
  /** Where the clause is looked for: the bidder-requirements section, or the whole body. */
  scope: 'requirements' | 'body';
  pattern: RegExp;
  reasonZh: string;
  reasonEn: string;
}

const LOCAL = '(本市|本省|本县|本区|本地|当地|市内|省内|县内|区内|辖区内)';
const CLAUSES: ClauseRule[] = [
  {
    key: 'flag.local_presence',
    scope: 'requirements',
    // A requirement ("须在本市注册…"), not a mention ("加盖当地社保局印章").
    pattern: new RegExp(
      `(须|必须|应当?|要求|需|限)[^。；;\\n]{0,6}${LOCAL}[^。；;\\n]{0,12}(注册|设立|设有|分公司|分支机构|办事处|纳税|缴纳社保|缴纳社会保险)|${LOCAL}(注册|设立)的(企业|公司|单位)`,
    ),
    reasonZh: '要求本地注册、设立分支机构或在本地纳税/缴纳社保',
    reasonEn: 'requires local registration, a local branch, or local tax/social insurance',
  },
  {
    key: 'flag.local_record',
    scope: 'requirements',
    pattern: new RegExp(`${LOCAL}[^。；;\\n]{0,15}(业绩|奖项|获奖|优质工程|荣誉|表彰)|(须|必须|应)(获得|具有)[^。；;\\n]{0,20}(奖|荣誉称号)`),
    reasonZh: '以特定地区或行业的业绩、奖项作为条件',
    reasonEn: 'requires region- or industry-specific record or awards',
  },
  {
    key: 'flag.ownership',
    scope: 'requirements',
    pattern: /(须|必须|仅限|限于)[^。；;\n]{0,8}(国有企业|国有控股|央企|国企)|所有制形式/,
    reasonZh: '限定所有制形式',
    reasonEn: 'restricts ownership form',
  },
  {
    key: 'flag.named_brand',
    scope: 'requirements',
    pattern: /指定品牌|(须|必须)(为|使用|采用)[^。；;\n]{0,10}品牌|原厂授权|专利产品/,
    reasonZh: '指定品牌、专利或供应商',
    reasonEn: 'names a brand, patent or supplier',
  },
  {
    key: 'flag.size_threshold',
    scope: 'requirements',
    pattern: /(注册资本(金)?|营业收入|营业额|资产总额|成立(年限|时间))[^。；;\n]{0,12}(不低于|不少于|以上|达到|≥|满)/,
    reasonZh: '设定注册资本、营业收入或成立年限门槛',
    reasonEn: 'sets a registered-capital, revenue or years-in-business threshold',
  },
  {
    key: 'flag.registration_first',
    scope: 'body',
    pattern: /(须|必须|应)?先?(报名|登记)[^。；;\n]{0,20}(方可|才能|后方|后再)[^。；;\n]{0,10}(获取|领取|购买|下载)/,
    reasonZh: '以投标报名作为获取招标文件的前提',
    reasonEn: 'requires registration before the documents can be obtained',
  },
];

/** The sentence around an offset, for quoting a clause. */
function sentenceAt(flat: string, index: number, end: number): string {
  const stops = /[。；;\n]/;
  let s = index;
  while (s > 0 && !stops.test(flat[s - 1] ?? '') && index - s < 120) s--;
  let e = end;
  while (e < flat.length && !stops.test(flat[e] ?? '') && e - end < 120) e++;
  return flat.slice(s, e + 1).trim();
}

const REQUIREMENTS_HEADING = /投标人资格要求|申请人(的)?资格要求|投标人资格条件|资格要求/;
/** In a tender's numbered layout the next "4." or "四、" ends the requirements; sub-items such as "3.1" do not. */
const NEXT_NUMBERED_SECTION = /\n\s*(\d{1,2}\s*[.．、](?!\d)|[一二三四五六七八九十]{1,3}\s*[、.．])/;

/** Offsets of the bidder-requirements section, or the whole body when the notice has no such heading. */
function requirementsSection(ctx: CheckContext): { start: number; end: number } {
  const heading = ctx.find(REQUIREMENTS_HEADING);
  if (!heading) return { start: 0, end: ctx.flat.length };
  const rest = ctx.flat.slice(heading.end, heading.end + 3000);
  const next = NEXT_NUMBERED_SECTION.exec(rest.slice(10));
  return { start: heading.index, end: heading.end + (next ? next.index + 10 : rest.length) };
}

/** Advisory flags for discriminatory clauses, each with the clause quoted. */
export function discriminatoryClauses(ctx: CheckContext): FlagResult[] {
  const flags: FlagResult[] = [];
  const section = requirementsSection(ctx);
  for (const rule of CLAUSES) {
    const from = rule.scope === 'requirements' ? section.start : 0;
    const hit = ctx.find(rule.pattern, from);
    if (!hit || (rule.scope === 'requirements' && hit.index >= section.end)) continue;
    if (!hit) continue;
    const path = ctx.pathAt(hit.index);
    flags.push({
      key: rule.key,
      severity: 'advisory',
      text: sentenceAt(ctx.flat, hit.index, hit.end),
      reason: `${rule.reasonZh} / ${rule.reasonEn}`,
      source: '条例 Art.32; 1117号',
      ...(path ? { path } : {}),
    });
  }
  return flags;
}
