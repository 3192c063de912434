/** Money amounts and rates in notice text: 元/万元/亿元, ￥ prefixes, 大写 (壹贰叁…) forms. */

import { normalizeLine } from '../page/normalize';

/** A unit a money figure can be stated in. */
export type MoneyUnit = '元' | '万元' | '亿元';

/** One money amount: yuan (rounded to cents), the text it was read from and where (index into the normalised text). */
export interface Amount {
  yuan: number;
  text: string;
  index: number;
}

/** A rate quoted instead of a price (下浮率, 费率, 折扣率): percent as a number, and its text. */
export interface Rate {
  percent: number;
  text: string;
}

// Decimal places to move the point: 万 = 10^4, 亿 = 10^8. Shifting the string avoids 0.3525 * 10000 = 3525.0000000000005.
const SCALE: Record<MoneyUnit, number> = { 元: 0, 万元: 4, 亿元: 8 };

// 1,234,567.00 (thousands separators) or 1234567.00; full-width digits are already half-width after normalizeLine.
const NUM = String.raw`\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?`;

// A figure with a currency mark and/or a unit: "￥1,234.00", "人民币 99.8 万元", "1728800.00(元)", "3909800.00.元" (a
// stray dot seen in a real notice). 元 not followed by 旦 (元旦). A bare 万/亿 counts only before 人民币 ("100万人民币"):
// "2000万" alone may count people or square metres.
const ARABIC = new RegExp(
  `(?<prefix>(?:(?:人民币|RMB|CNY)[:：]? ?)?[￥¥] ?|(?:人民币|RMB|CNY)[:：]? ?)?` +
    String.raw`(?<![\d.,])(?<num>${NUM})(?!\d)` +
    String.raw`(?: {0,3}\.? {0,3}(?:[(（] {0,2}(?<pu>亿元|万元|元) {0,2}[)）]|(?<u>亿元|万元|元|圆|亿(?=人民币)|万(?=人民币))(?!旦)))?`,
  'g',
);

// Financial capitals and the everyday numerals, as written in 大写 amounts ("人民币壹拾肆万柒仟元整").
const CN_DIGIT: Record<string, number> = {
  零: 0, 〇: 0, 壹: 1, 一: 1, 贰: 2, 二: 2, 两: 2, 叁: 3, 三: 3, 肆: 4, 四: 4,
  伍: 5, 五: 5, 陆: 6, 六: 6, 柒: 7, 七: 7, 捌: 8, 八: 8, 玖: 9, 九: 9,
};
const CN_SMALL: Record<string, number> = { 拾: 10, 十: 10, 佰: 100, 百: 100, 仟: 1000, 千: 1000 };
const CN_CHARS = '零〇壹一贰二两叁三肆四伍五陆六柒七捌八玖九拾十佰百仟千万亿';
const CN_FRAC_DIGIT = '零壹贰叁肆伍陆柒捌玖一二三四五六七八九';
// At most 24 numerals: no real amount is longer, and the bound keeps a long run without 元 from costing n² time.
const CHINESE = new RegExp(
  `(?<prefix>(?:人民币|RMB)[:：]? ?)?(?<![数几上多余])(?<int>[${CN_CHARS}]{1,24})[元圆](?<jiao>[${CN_FRAC_DIGIT}]角)?(?:零)?(?<fen>[${CN_FRAC_DIGIT}]分)?(?<zheng>[整正])?`,
  'g',
);

// Words that mark a figure as a rate, not a price: a bare number next to them is never read as yuan.
const RATE_WORDS = /下浮|上浮|费率|折扣|优惠率|让利|比例|百分比|系数/;

/** Figures like "5 万元" in yuan, rounded to cents; the decimal point is moved in the string to keep cents exact. */
function toYuan(num: string, unit: MoneyUnit): number {
  const plain = num.replace(/,/g, '');
  const exp = SCALE[unit];
  const [int = '0', frac = ''] = plain.split('.');
  const padded = frac.padEnd(exp, '0');
  const shifted = Number(`${int}${padded.slice(0, exp)}.${padded.slice(exp) || '0'}`);
  return Math.round(shifted * 100) / 100;
}

/** 万/亿 sections of a 大写 integer ("壹亿贰仟万" = 120000000); undefined when it holds no digit at all ("数百万"). */
function parseChineseInt(s: string): number | undefined {
  // "拾万元" means ten, so a leading 拾/十 counts as a digit; "百万" alone is vague ("数百万元"), not an amount.
  if (!/[零〇壹一贰二两叁三肆四伍五陆六柒七捌八玖九]/.test(s) && !/^[拾十]/.test(s)) return undefined;
  let total = 0;
  let section = 0;
  let digit = 0;
  for (const ch of s) {
    const d = CN_DIGIT[ch];
    const small = CN_SMALL[ch];
    if (d !== undefined) digit = d;
    else if (small !== undefined) {
      section += (digit || 1) * small;
      digit = 0;
    } else if (ch === '万') {
      total += (section + digit) * 1e4;
      section = 0;
      digit = 0;
    } else if (ch === '亿') {
      total = (total + section + digit) * 1e8;
      section = 0;
      digit = 0;
    }
  }
  return total + section + digit;
}

/** Amounts in an already normalised string, in order of appearance, without overlaps. */
function scan(s: string): Amount[] {
  const found: Amount[] = [];
  for (const m of s.matchAll(ARABIC)) {
    const g = m.groups ?? {};
    // Free text is full of bare numbers (dates, counts, codes): only a unit or a currency mark makes one money.
    const u = g.u ?? g.pu;
    if (!u && !g.prefix) continue;
    const unit: MoneyUnit = u?.startsWith('亿') ? '亿元' : u?.startsWith('万') ? '万元' : '元';
    const text = m[0].trimEnd();
    found.push({ yuan: toYuan(g.num ?? '0', unit), text, index: m.index ?? 0 });
  }
  for (const m of s.matchAll(CHINESE)) {
    const g = m.groups ?? {};
    const int = parseChineseInt(g.int ?? '');
    if (int === undefined) continue;
    // Everyday numerals make words too ("统一元件"): accept them only with a multiplier, 大写 capitals always.
    if (!/[壹贰叁肆伍陆柒捌玖拾佰仟]/.test(g.int ?? '') && !/[十百千万亿]/.test(g.int ?? '')) continue;
    const jiao = g.jiao ? (CN_DIGIT[g.jiao.charAt(0)] ?? 0) : 0;
    const fen = g.fen ? (CN_DIGIT[g.fen.charAt(0)] ?? 0) : 0;
    found.push({ yuan: (int * 100 + jiao * 10 + fen) / 100, text: m[0], index: m.index ?? 0 });
  }
  found.sort((a, b) => a.index - b.index || b.text.length - a.text.length);
  const kept: Amount[] = [];
  let end = -1;
  for (const a of found) {
    if (a.index < end) continue;
    kept.push(a);
    end = a.index + a.text.length;
  }
  return kept;
}

// A bare figure in a table cell: not part of a date, time, code or count ("2021-03-05", "9:00", "90日历天", "5%").
const BARE = new RegExp(String.raw`(?<![\d.,A-Za-z/:\-第])(?:${NUM})(?!\d)`, 'g');
const BARE_AFTER_OK = /^(?:$|[\s()（）,，;；|。、])/;

/** The first money amount in a short string (a table cell or one line); bare numbers use `unitHint` (from the column header) or a unit stated in the string itself. */
export function parseAmount(text: string, unitHint?: MoneyUnit): Amount | undefined {
  const s = normalizeLine(text);
  const explicit = scan(s)[0];
  if (explicit) return explicit;
  const unit = unitHint ?? unitFromHeader(s) ?? '元';
  for (const m of s.matchAll(BARE)) {
    const index = m.index ?? 0;
    const after = s.slice(index + m[0].length);
    if (!BARE_AFTER_OK.test(after) || /^ ?%/.test(after)) continue;
    // "下浮率：5" or "费率 3.5" quote a rate: never turn it into yuan.
    if (RATE_WORDS.test(s.slice(Math.max(0, index - 8), index))) continue;
    return { yuan: toYuan(m[0], unit), text: m[0], index };
  }
  return undefined;
}

/** Every money amount in free text: figures with 元/万元/亿元 or a ￥/人民币 mark, and 大写 amounts; bare numbers are not amounts here. */
export function findAmounts(text: string): Amount[] {
  return scan(normalizeLine(text));
}

/** The first rate in a string ("下浮 5%", "费率 3.5%", "下浮率：5"), which some candidate notices quote as the price. */
export function parseRate(text: string): Rate | undefined {
  const s = normalizeLine(text);
  const pct = /(?<![\d.])(\d+(?:\.\d+)?) ?%/.exec(s);
  if (pct) return { percent: Number(pct[1]), text: pct[0] };
  // A header-less cell like "下浮率：5" states a rate without the % sign.
  if (!RATE_WORDS.test(s)) return undefined;
  const bare = /(?<![\d.A-Za-z])(\d+(?:\.\d+)?)(?![\d.]|元|万|亿)/.exec(s);
  return bare ? { percent: Number(bare[1]), text: bare[0] } : undefined;
}

/** The unit a column header or label states: "投标报价（万元）", "(元)", "单位：万元", "投标报价(元/%)"; undefined when none. */
export function unitFromHeader(header: string): MoneyUnit | undefined {
  const s = normalizeLine(header);
  const unitLabel = /单位 ?[:：]? ?(?:人民币)? ?(亿元|万元|元)/.exec(s);
  if (unitLabel) return unitLabel[1] as MoneyUnit;
  for (const m of s.matchAll(/[(（[【]([^)）\]】]*)[)）\]】]/g)) {
    const inside = m[1] ?? '';
    if (inside.includes('亿元')) return '亿元';
    if (inside.includes('万元')) return '万元';
    if (inside.includes('元')) return '元';
  }
  return undefined;
}
