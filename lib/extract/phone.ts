/** Phone numbers in notice text: mobiles, landlines with area code, 400/800 lines, labelled local numbers. */

import { normalizeLine } from '../page/normalize';

/** One phone number as written (without its label) and where it starts in the normalised text. */
export interface PhoneMatch {
  text: string;
  index: number;
}

// Long digit runs are IDs, certificate, account or project codes: a phone never continues one. A letter, a dot or a
// currency mark before it, a decimal or a money unit after it, means the digits belong to something else (a code, an
// amount); "-" or "/" glued to a digit or letter before means a code segment ("2503-411481-…").
const BEFORE = String.raw`(?<![\dA-Za-z_.￥¥])(?<![\dA-Za-z][-/])`;
const AFTER = String.raw`(?!\.?\d)(?![元万亿%])`;

// China's area codes: 010 and 02x have three digits, the rest (0311, 0571, 0898 …) four.
const AREA = String.raw`0(?:10|2\d|[3-9]\d{2})`;

// The local part after an area code: 7–8 digits, sometimes written with one space inside ("0738-82 80000"); every
// split is spelled out so the two runs always add up to 7 or 8 digits.
const LOCAL = String.raw`(?:\d{7,8}|\d{2} \d{5,6}|\d{3} \d{4,5}|\d{4} \d{3,4})(?!\d)`;

// 转123 / 分机123 / -123 / ext.123 after a landline.
const EXTENSION = String.raw`(?: ?(?:转|分机|ext\.?|EXT\.?|-) ?\d{1,5}(?!\d))?`;

const MOBILE = new RegExp(String.raw`${BEFORE}(?:(?:\+|00)?86[- ]?)?1[3-9]\d(?:[- ]?\d{4}){2}${AFTER}`, 'g');

const LANDLINE = new RegExp(
  String.raw`${BEFORE}(?:[(（] ?${AREA} ?[)）] ?${LOCAL}|${AREA} ?[-－—–] ?${LOCAL}|${AREA} \d{7,8}(?!\d))${EXTENSION}${AFTER}`,
  'g',
);

// 400-888-0001, 4000870000, 800-820-8820: ten digits in all, so a 9-digit QQ number like 800800800 is not one.
const SERVICE = new RegExp(String.raw`${BEFORE}[48]00(?:[- ]?\d{3}[- ]?\d{4}|[- ]?\d{4}[- ]?\d{3})${AFTER}`, 'g');

// An area code run together with the number ("电话：07385310005"), a bare 7–8 digit local number ("联系电话: 7020001",
// "联系方式：刘老师,89530001") or a mobile with stray spaces ("电话：15 274350000") reads as a phone only right after a
// phone label: unlabelled they look like any code or figure.
const LABELLED = new RegExp(
  String.raw`(?<![A-Za-z])(?:电 ?话|联系方式|手 ?机|座机|热线|Tel|TEL|tel|Phone|PHONE|phone)(?:号码)?[^\d\n]{0,12}?(?<![\dA-Za-z])(?<num>${AREA}\d{7,8}|1[3-9](?: ?\d){9}|\d{7,8})${AFTER}`,
  'g',
);

// 20210305 after a label is still a date, not a local number.
const DATE8 = /^(?:19|20)\d{2}(?:0[1-9]|1[0-2])(?:0[1-9]|[12]\d|3[01])$/;

/** Every phone number in the text (mobile, landline with area code, 400/800, labelled local), in order, no overlaps. */
export function findPhones(text: string): PhoneMatch[] {
  const s = normalizeLine(text);
  const found: PhoneMatch[] = [];
  for (const m of s.matchAll(MOBILE)) found.push({ text: m[0], index: m.index ?? 0 });
  for (const m of s.matchAll(LANDLINE)) found.push({ text: m[0], index: m.index ?? 0 });
  for (const m of s.matchAll(SERVICE)) found.push({ text: m[0], index: m.index ?? 0 });
  for (const m of s.matchAll(LABELLED)) {
    const num = m.groups?.num ?? '';
    if (DATE8.test(num)) continue;
    found.push({ text: num, index: (m.index ?? 0) + m[0].length - num.length });
  }
  found.sort((a, b) => a.index - b.index || b.text.length - a.text.length);
  const kept: PhoneMatch[] = [];
  let end = -1;
  for (const p of found) {
    if (p.index < end) continue;
    kept.push(p);
    end = p.index + p.text.length;
  }
  return kept;
}
