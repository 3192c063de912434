/**
 * Dates and date-times as Chinese notices write them, to ISO: a date "2021-03-05", a local time
 * "2021-03-05T09:30:00+08:00" (design.md: +08:00 when the notice gives a local time).
 *
 * Reads 2021年3月5日, "2026 年 03 月 16 日" (spaces and line breaks between the parts, as crawler text
 * puts one token per line; even a year split "202\n6"), 2021-03-05 / 2021.3.5 / 2021/3/5,
 * 二〇二一年三月五日, 三月五日 (year from `defaultYear`), and a time after the date: 9时30分, 9时,
 * 9点30分, 九点半, 09:30(:00), 上午/下午 (PM +12), with an optional （星期五） in between.
 */
import { toHalfWidth } from '../page/normalize';

/** One date found in a text. */
export interface DateMatch {
  /** ISO date, or date-time with +08:00 when a time is given. */
  value: string;
  /** The matched text (date and time, as written). */
  text: string;
  /** Offset of the match in the input. */
  index: number;
  /** Offset just after the match. */
  end: number;
  hasTime: boolean;
  /** False when the year (or month) came from the options rather than the text. */
  yearGiven: boolean;
  year: number;
  month: number;
  day: number;
}

/** Defaults for the parts a date may leave out. */
export interface DateOptions {
  /** Year for a date written without one (三月五日, 3月5日); such dates are skipped without it. */
  defaultYear?: number;
  /** Month for a day written alone (only read with `allowDayOnly`). */
  defaultMonth?: number;
  /** Read a bare day ("8日") with defaultYear/defaultMonth: for the end of a range ("3月5日至8日"). */
  allowDayOnly?: boolean;
}

const CN_DIGIT: Record<string, number> = {
  '〇': 0,
  '○': 0,
  '零': 0,
  O: 0,
  '一': 1,
  '二': 2,
  '两': 2,
  '三': 3,
  '四': 4,
  '五': 5,
  '六': 6,
  '七': 7,
  '八': 8,
  '九': 9,
};

/** An Arabic or Chinese numeral (三, 十五, 二十一, 二〇二一, 廿三) to a number; NaN when it is neither. */
export function numeral(s: string): number {
  const t = s.replace(/\s+/g, '');
  if (/^\d+$/.test(t)) return Number(t);
  if (t === '元') return 1;
  if (!/^[〇○零O一二两三四五六七八九十廿卅]+$/.test(t)) return Number.NaN;
  if (!/[十廿卅]/.test(t)) {
    // Positional, as years are written: 二〇二一.
    let n = 0;
    for (const c of t) n = n * 10 + (CN_DIGIT[c] ?? 0);
    return n;
  }
  const m = /^([一二两三四五六七八九]?)(十|廿|卅)([一二三四五六七八九]?)$/.exec(t);
  if (!m) return Number.NaN;
  const unit = m[2] === '廿' ? 20 : m[2] === '卅' ? 30 : 10;
  const tens = m[1] ? (CN_DIGIT[m[1]] ?? 0) * unit : unit;
  return tens + (m[3] ? (CN_DIGIT[m[3]] ?? 0) : 0);
}

const CN_NUM = '[〇○零一二两三四五六七八九十廿卅]';
// A four-digit year, allowing one break inside it ("202\n6") as crawler text has it.
const YEAR_AR = '(?<!\\d)(\\d(?:\\s?\\d){3})(?!\\d)';
const YEAR_CN = '([〇○零O一二三四五六七八九]{4})';
const MONTH = `(\\d{1,2}|[一二三四五六七八九十]{1,2}|元)`;
const DAY = `(\\d{1,2}|${CN_NUM}{1,3})`;

// 2021年3月5日, 三月五日, 二〇二一年十二月三十一日 (year optional).
const CN_DATE = `(?:(?:${YEAR_AR}|${YEAR_CN})\\s*年\\s*)?(?<![\\d一二三四五六七八九十])${MONTH}\\s*月\\s*${DAY}\\s*[日号]`;
// 2021-03-05, 2021.3.5, 2021/3/5 (one separator throughout).
const NUM_DATE = '(?<![\\d.\\-/])(\\d{4})\\s*([-./])\\s*(\\d{1,2})\\s*\\2\\s*(\\d{1,2})(?!\\d|[.\\-/]\\d)';
// 8日 alone: the end of a range whose month is known.
const DAY_ONLY = `(?<![\\d月${CN_NUM.slice(1, -1)}])${DAY}\\s*[日号]`;

const CN_DATE_G = new RegExp(CN_DATE, 'g');
const NUM_DATE_G = new RegExp(NUM_DATE, 'g');
const CN_DATE_Y = new RegExp(CN_DATE, 'y');
const NUM_DATE_Y = new RegExp(NUM_DATE, 'y');
const DAY_ONLY_Y = new RegExp(DAY_ONLY, 'y');

// Time after a date: optional weekday, optional 上午/下午, then 9:30(:00) or 9时(30分)/9点半.
const TIME_Y = new RegExp(
  '(?:\\s*[（(]\\s*(?:星期|周|礼拜)[一二三四五六日天七]\\s*[）)])?' +
    '\\s*(上午|下午|中午|晚上|早上|早晨|凌晨|傍晚|晚间|晚)?\\s*' +
    `(\\d{1,2}|[零〇一二两三四五六七八九十]{1,3})\\s*` +
    '(?:[:：]\\s*(\\d{2})(?:\\s*[:：]\\s*(\\d{2}))?(?:\\s*[时点](?!\\s*\\d))?' +
    `|[时点](?:\\s*[:：]?\\s*(?:(\\d{1,2}|[零〇一二三四五六七八九十]{1,3})\\s*分|(半)|(\\d{1,2})(?![\\d日号月年个天]|\\s*[:：])))?)`,
  'y',
);

function daysInMonth(y: number, m: number): number {
  return new Date(Date.UTC(y, m, 0)).getUTCDate();
}

function pad(n: number): string {
  return String(n).padStart(2, '0');
}

/** ISO date for valid parts, undefined otherwise. */
export function isoDate(y: number, m: number, d: number): string | undefined {
  if (!Number.isInteger(y) || y < 1949 || y > 2100) return undefined;
  if (!Number.isInteger(m) || m < 1 || m > 12) return undefined;
  if (!Number.isInteger(d) || d < 1 || d > daysInMonth(y, m)) return undefined;
  return `${y}-${pad(m)}-${pad(d)}`;
}

/** A time written right after position `pos`: hours, minutes, seconds (24h) and where it ends. */
export function parseTimeAt(
  text: string,
  pos: number,
): { h: number; min: number; s: number; end: number; text: string } | undefined {
  TIME_Y.lastIndex = pos;
  const m = TIME_Y.exec(text);
  if (!m) return undefined;
  let h = numeral(m[2] ?? '');
  const minRaw = m[3] ?? m[5] ?? m[7];
  let min = m[6] ? 30 : minRaw ? numeral(minRaw) : 0;
  let s = m[4] ? Number(m[4]) : 0;
  if (Number.isNaN(h) || Number.isNaN(min) || Number.isNaN(s)) return undefined;
  const ap = m[1];
  if (ap && /下午|晚|傍晚/.test(ap) && h < 12) h += 12;
  else if (ap === '中午' && h < 11) h += 12;
  if (h > 24 || min > 59 || s > 59 || (h === 24 && (min > 0 || s > 0))) return undefined;
  if (h === 24) {
    h = 24;
    min = 0;
    s = 0;
  }
  return { h, min, s, end: pos + m[0].length, text: m[0] };
}

function build(
  text: string,
  index: number,
  dateEnd: number,
  y: number,
  mo: number,
  d: number,
  yearGiven: boolean,
): DateMatch | undefined {
  let iso = isoDate(y, mo, d);
  if (!iso) return undefined;
  let end = dateEnd;
  let hasTime = false;
  let value = iso;
  const t = parseTimeAt(text, dateEnd);
  if (t) {
    hasTime = true;
    end = t.end;
    let h = t.h;
    if (h === 24) {
      // 24:00 closes the day: the same instant as the next day's 00:00.
      const next = new Date(Date.UTC(y, mo - 1, d + 1));
      iso = next.toISOString().slice(0, 10);
      h = 0;
    }
    value = `${iso}T${pad(h)}:${pad(t.min)}:${pad(t.s)}+08:00`;
  }
  return {
    value,
    text: text.slice(index, end),
    index,
    end,
    hasTime,
    yearGiven,
    year: Number(iso.slice(0, 4)),
    month: Number(iso.slice(5, 7)),
    day: Number(iso.slice(8, 10)),
  };
}

function fromCn(text: string, m: RegExpExecArray, opts: DateOptions): DateMatch | undefined {
  const yRaw = m[1] ?? m[2];
  const y = yRaw ? numeral(yRaw) : opts.defaultYear;
  if (y === undefined) return undefined;
  return build(text, m.index, m.index + m[0].length, y, numeral(m[3] ?? ''), numeral(m[4] ?? ''), !!yRaw);
}

function fromNum(text: string, m: RegExpExecArray): DateMatch | undefined {
  return build(text, m.index, m.index + m[0].length, Number(m[1]), Number(m[3]), Number(m[4]), true);
}

/** Parse a date that starts exactly at `pos` (no spaces skipped before it). */
export function parseDateAt(text: string, pos: number, opts: DateOptions = {}): DateMatch | undefined {
  const src = half(text);
  NUM_DATE_Y.lastIndex = pos;
  const n = NUM_DATE_Y.exec(src);
  if (n) {
    const r = fromNum(src, n);
    if (r) return withText(text, r);
  }
  CN_DATE_Y.lastIndex = pos;
  const c = CN_DATE_Y.exec(src);
  if (c) {
    const r = fromCn(src, c, opts);
    if (r) return withText(text, r);
  }
  if (opts.allowDayOnly && opts.defaultYear !== undefined && opts.defaultMonth !== undefined) {
    DAY_ONLY_Y.lastIndex = pos;
    const d = DAY_ONLY_Y.exec(src);
    if (d) {
      const r = build(src, d.index, d.index + d[0].length, opts.defaultYear, opts.defaultMonth, numeral(d[1] ?? ''), false);
      if (r) return withText(text, r);
    }
  }
  return undefined;
}

// findPeriods calls parseDateAt many times on one long text: keep its half-width form.
let lastRaw = '';
let lastHalf = '';
function half(text: string): string {
  if (text !== lastRaw) {
    lastRaw = text;
    lastHalf = toHalfWidth(text);
  }
  return lastHalf;
}

function withText(original: string, r: DateMatch): DateMatch {
  return { ...r, text: original.slice(r.index, r.end) };
}

/** Every date (with its time, when one follows) in reading order; overlapping readings keep the first. */
export function findDates(text: string, opts: DateOptions = {}): DateMatch[] {
  const src = half(text);
  const found: DateMatch[] = [];
  for (const m of src.matchAll(NUM_DATE_G)) {
    const r = fromNum(src, m as RegExpExecArray);
    if (r) found.push(r);
  }
  for (const m of src.matchAll(CN_DATE_G)) {
    const r = fromCn(src, m as RegExpExecArray, opts);
    if (r) found.push(r);
  }
  found.sort((a, b) => a.index - b.index || b.end - a.end);
  const out: DateMatch[] = [];
  let lastEnd = -1;
  for (const r of found) {
    if (r.index < lastEnd) continue;
    out.push(withText(text, r));
    lastEnd = r.end;
  }
  return out;
}

/** The first date in the text, as ISO (date or date-time), or undefined. */
export function parseDate(text: string, opts: DateOptions = {}): string | undefined {
  return findDates(text, opts)[0]?.value;
}
