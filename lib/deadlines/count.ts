/**
 * Counting days the way rules.md "Days" says. The start day is not counted, and a period whose last day
 * is a rest day runs to the next working day: 87号令 Art.85 (民法典 Art.201, Art.203). 以上/以下/内/以内
 * include the number ("三日内" includes day 3) and 不足 does not: 87号令 Art.86 (民法典
 * Art.1259, which also puts 届满 in and 不满/超过/以外 out). 工作日 follow the State Council calendar. Dates
 * are China local dates, ISO YYYY-MM-DD (a date-time is cut to its date). Anything that needs a year
 * without a published arrangement comes back as `{ uncertain }`, never as a guess.
 */
import { calendarCovers, isWorkingDay, uncoveredReason } from './calendar';

/** The calendar could not answer; `uncertain` is the bilingual reason, `year` the year it lacks. */
export interface Uncertain {
  uncertain: string;
  year: number;
}
/** A count of days, or why it could not be made. */
export type DaysResult = { days: number } | Uncertain;
/** A date, or why it could not be computed. */
export type DateResult = { date: string } | Uncertain;

const DAY_MS = 86_400_000;
// The longest run of rest days ever published is well under this (2020's extended Spring Festival).
const MAX_REST_RUN = 31;

/** True when the result is an uncertain answer. */
export function isUncertain(r: DaysResult | DateResult): r is Uncertain {
  return 'uncertain' in r;
}

/** The date part (YYYY-MM-DD) of an ISO date or date-time. */
export function datePart(iso: string): string {
  return iso.slice(0, 10);
}

function toUtc(iso: string): number {
  const m = /^(\d{4})-(\d{2})-(\d{2})/.exec(iso);
  if (!m) throw new RangeError(`not an ISO date: ${iso}`);
  return Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3]));
}

function fromUtc(t: number): string {
  return new Date(t).toISOString().slice(0, 10);
}

/** The date `n` calendar days after `iso` (negative n: before), without any holiday rule. */
export function shiftDate(iso: string, n: number): string {
  return fromUtc(toUtc(iso) + n * DAY_MS);
}

/** Day of week of an ISO date, 0 = Sunday. */
export function weekday(iso: string): number {
  return new Date(toUtc(iso)).getUTCDay();
}

/**
 * The last day a period that "ends" at `iso` really covers: an end at 00:00 (e.g. "3月21日 00:00")
 * closes the day before. Date-only and other times keep their date.
 */
export function effectiveEndDate(iso: string): string {
  if (/T00:00(?::00)?(?:\.0+)?(?:[+-]\d{2}:?\d{2}|Z)?$/.test(iso)) return shiftDate(iso, -1);
  return datePart(iso);
}

function uncertainFor(iso: string): Uncertain {
  const year = Number(iso.slice(0, 4));
  return { uncertain: uncoveredReason(year), year };
}

/** The day itself when it is a working day, else the next working day (87号令 Art.85, 民法典 Art.203). */
export function rollToWorkingDay(iso: string): DateResult {
  let d = datePart(iso);
  for (let i = 0; i <= MAX_REST_RUN; i++) {
    const w = isWorkingDay(d);
    if (w === undefined) return uncertainFor(d);
    if (w) return { date: d };
    d = shiftDate(d, 1);
  }
  return uncertainFor(d);
}

/**
 * The last day of a period of `n` 日 starting on `start` (start day not counted): start + n, moved to
 * the next working day when it is a rest day. `roll: false` skips the move (and needs no calendar).
 */
export function addDays(start: string, n: number, opts: { roll?: boolean } = {}): DateResult {
  const end = shiftDate(start, n);
  return opts.roll === false ? { date: end } : rollToWorkingDay(end);
}

/** The `n`-th working day after `start` (start day not counted); n = 0 gives the start day itself. */
export function addWorkingDays(start: string, n: number): DateResult {
  let d = datePart(start);
  let left = n;
  // A year has ~250 working days; the bound only stops a runaway loop on absurd input.
  for (let guard = 0; left > 0 && guard < n * 3 + 60; guard++) {
    d = shiftDate(d, 1);
    const w = isWorkingDay(d);
    if (w === undefined) return uncertainFor(d);
    if (w) left--;
  }
  return left > 0 ? uncertainFor(d) : { date: d };
}

/** Calendar days from `from` to `to`, the start day not counted (03-16 → 03-18 is 2). Negative if to < from. */
export function calendarDaysBetween(from: string, to: string): DaysResult {
  return { days: Math.round((toUtc(to) - toUtc(from)) / DAY_MS) };
}

/**
 * Working days after `from` up to and including `to` (the start day not counted). Negative when
 * `to` is before `from`. Uncertain when a year in between has no published arrangement.
 */
export function workingDaysBetween(from: string, to: string): DaysResult {
  const a = datePart(from);
  const b = datePart(to);
  const sign = b < a ? -1 : 1;
  const [lo, hi] = sign > 0 ? [a, b] : [b, a];
  for (let y = Number(lo.slice(0, 4)); y <= Number(hi.slice(0, 4)); y++) {
    // The start day's own year need not be covered when the start day is Dec 31.
    if (!calendarCovers(y) && !(y === Number(lo.slice(0, 4)) && lo.slice(5) === '12-31')) {
      return { uncertain: uncoveredReason(y), year: y };
    }
  }
  let days = 0;
  for (let d = shiftDate(lo, 1); d <= hi; d = shiftDate(d, 1)) {
    const w = isWorkingDay(d);
    if (w === undefined) return uncertainFor(d);
    if (w) days++;
  }
  return { days: sign * days };
}
