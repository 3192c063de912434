/**
 * The 标段/包 (lot) a notice title names: notices of different lots of one project share its project code,
 * so the result cross-check must compare a result with the candidate notice of the same lot. Pure.
 */

const CN_DIGITS: Record<string, number> = { 零: 0, 〇: 0, 一: 1, 二: 2, 两: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9 };
const CN_NUM = '[零〇一二两三四五六七八九十百]+';

/** "十二" → 12, "二十" → 20, "一百零五" → 105, "3" → 3; undefined for anything else. */
export function numeralValue(s: string): number | undefined {
  if (/^\d+$/.test(s)) return Number(s);
  let total = 0;
  let digit: number | undefined;
  for (const ch of s) {
    if (ch === '十' || ch === '百') {
      total += (digit ?? 1) * (ch === '十' ? 10 : 100);
      digit = undefined;
    } else if (ch in CN_DIGITS) {
      if (digit !== undefined && digit !== 0) return undefined; // "一二": not a number
      digit = CN_DIGITS[ch];
    } else return undefined;
  }
  return total + (digit ?? 0);
}

/** A lot number or letter as compared: "第01标段", "1标段", "一标段" and "标段1" are all "lot:1". */
function lot(raw: string): string | undefined {
  if (/^[A-Za-z]$/.test(raw)) return `lot:${raw.toUpperCase()}`;
  const n = numeralValue(raw);
  return n === undefined ? undefined : `lot:${n}`;
}

const UNITS = '标段|合同段|标包|分标|包件|包';
const UNIT = `(?:${UNITS})`;
const PATTERNS: readonly { re: RegExp; read: (m: RegExpExecArray) => string | undefined }[] = [
  // 标段(包)编号：E3201000001001 — the designation is the code itself.
  {
    re: /(?:标段|标包|包)\s*(?:[(（]\s*包\s*[)）])?\s*编号\s*[:：]?\s*([A-Za-z0-9][A-Za-z0-9_-]*)/g,
    read: (m) => (m[1] ? `code:${m[1].toUpperCase()}` : undefined),
  },
  // 第一标段, 第01包, 第3标
  { re: new RegExp(`第\\s*(\\d{1,3}|${CN_NUM})\\s*(?:${UNITS}|标)`, 'g'), read: (m) => lot(m[1] ?? '') },
  // 1标段, 01包, A包, 一标段 (a bare Chinese numeral only before 标段)
  { re: new RegExp(`(?<![A-Za-z0-9])(\\d{1,3}|[A-Za-z])\\s*#?${UNIT}`, 'g'), read: (m) => lot(m[1] ?? '') },
  { re: new RegExp(`(?<![第零〇一二两三四五六七八九十百])(${CN_NUM})标段`, 'g'), read: (m) => lot(m[1] ?? '') },
  // 标段1, 包2, 包件三, 标段A
  {
    re: new RegExp(`${UNIT}\\s*(\\d{1,3}|[A-Za-z]|${CN_NUM})(?![A-Za-z0-9])`, 'g'),
    read: (m) => lot(m[1] ?? ''),
  },
  // 施工1标 (a digit, then 标 that does not start another word)
  { re: /(?<![A-Za-z0-9])(\d{1,3})\s*标(?![段包准志书价的签])/g, read: (m) => lot(m[1] ?? '') },
];

/**
 * The lot designation(s) a title names, normalised, sorted and joined ("lot:1", "code:E3201000001001",
 * "lot:1,lot:2"); undefined when it names none.
 */
export function lotDesignation(title: string | undefined): string | undefined {
  if (!title) return undefined;
  const text = title.normalize('NFKC');
  const found = new Set<string>();
  for (const { re, read } of PATTERNS) {
    re.lastIndex = 0;
    for (let m = re.exec(text); m; m = re.exec(text)) {
      const d = read(m);
      if (d) found.add(d);
    }
  }
  return found.size > 0 ? [...found].sort().join(',') : undefined;
}
