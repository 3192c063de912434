/**
 * The State Council working-day calendar (国务院办公厅 节假日安排), over the chinese-days package.
 *
 * chinese-days answers "working day?" for any date and silently falls back to Mon–Fri for a year it has
 * no arrangement for. A guessed calendar would turn a 调休 Saturday into a false violation, so every
 * answer here is `undefined` for a year the data does not cover, and callers report `uncertain`
 * (rules.md "Days"). Which years are covered is read from the package's own data, plus
 * `calendar-overrides.json` for a year published after the package (or a correction to it).
 */
import chineseDays from 'chinese-days';
import overridesJson from './calendar-overrides.json';

/** One year's arrangement added by hand: days off and 调休 working days, ISO YYYY-MM-DD. */
export interface YearOverride {
  /** The notice the arrangement comes from, e.g. 国办发明电〔2026〕…号. */
  source?: string;
  /** Days off: every day of a holiday block (weekend days inside it may be listed or not). */
  holidays?: string[];
  /** 调休 days: Saturdays/Sundays that are working days. */
  workdays?: string[];
}

/** Shape of calendar-overrides.json. */
export interface CalendarOverrides {
  years: Record<string, YearOverride>;
}

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})/;
// The package's data starts in 2004; scanning a wider span keeps the list data-driven when it grows.
const SCAN_FROM = 1990;
const SCAN_TO = 2100;

let overrides: CalendarOverrides = normalizeOverrides(overridesJson as unknown);
let overrideHolidays = new Set<string>();
let overrideWorkdays = new Set<string>();
const packageCoverage = new Map<number, boolean>();
let coveredCache: number[] | undefined;
indexOverrides();

function normalizeOverrides(raw: unknown): CalendarOverrides {
  const years: Record<string, YearOverride> = {};
  if (raw && typeof raw === 'object' && 'years' in raw) {
    const y = (raw as { years: unknown }).years;
    if (y && typeof y === 'object') {
      for (const [k, v] of Object.entries(y as Record<string, unknown>)) {
        if (/^\d{4}$/.test(k) && v && typeof v === 'object') years[k] = v as YearOverride;
      }
    }
  }
  return { years };
}

function indexOverrides(): void {
  overrideHolidays = new Set();
  overrideWorkdays = new Set();
  for (const y of Object.values(overrides.years)) {
    for (const d of y.holidays ?? []) overrideHolidays.add(d.slice(0, 10));
    for (const d of y.workdays ?? []) overrideWorkdays.add(d.slice(0, 10));
  }
  coveredCache = undefined;
}

/** Replace the override data (tests, or a settings page); `undefined` restores the bundled JSON. */
export function setCalendarOverrides(next?: CalendarOverrides): void {
  overrides = normalizeOverrides(next ?? (overridesJson as unknown));
  indexOverrides();
}

function isoOf(y: number, m: number, d: number): string {
  return `${String(y).padStart(4, '0')}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
}

/**
 * Does the package hold the year's arrangement? A published year always has the Spring Festival day
 * (正月初一) and 10-01 inside named holiday blocks; an unpublished year only knows weekends.
 */
function packageCovers(year: number): boolean {
  let v = packageCoverage.get(year);
  if (v === undefined) {
    const festival = chineseDays.getSolarDateFromLunar(`${year}-01-01`).date;
    v =
      chineseDays.getDayDetail(festival).name.includes('Spring Festival') &&
      chineseDays.getDayDetail(isoOf(year, 10, 1)).name.includes('National Day');
    packageCoverage.set(year, v);
  }
  return v;
}

/** Years the calendar knows (package data plus overrides), ascending. */
export function coveredYears(): number[] {
  if (!coveredCache) {
    const set = new Set<number>();
    for (let y = SCAN_FROM; y <= SCAN_TO; y++) if (packageCovers(y)) set.add(y);
    for (const k of Object.keys(overrides.years)) set.add(Number(k));
    coveredCache = [...set].sort((a, b) => a - b);
  }
  return coveredCache;
}

/** True when the holiday arrangement of `year` is known. */
export function calendarCovers(year: number): boolean {
  return String(year) in overrides.years || packageCovers(year);
}

/** The uncertain reason for a year without an arrangement (rules.md "Days"). */
export function uncoveredReason(year: number): string {
  const w = uncoveredWords(year);
  return `${w.zh} / ${w.en}`;
}

/** Why a year cannot be counted, in both languages (the parts of uncoveredReason). */
export function uncoveredWords(year: number): { zh: string; en: string } {
  return { zh: `尚未发布${year}年节假日安排`, en: `calendar for ${year} not published` };
}

function parseIso(iso: string): { y: number; m: number; d: number; weekday: number } | undefined {
  const m = ISO_DATE.exec(iso);
  if (!m) return undefined;
  const y = Number(m[1]);
  const mo = Number(m[2]);
  const d = Number(m[3]);
  const t = new Date(Date.UTC(y, mo - 1, d));
  if (t.getUTCMonth() !== mo - 1 || t.getUTCDate() !== d) return undefined;
  return { y, m: mo, d, weekday: t.getUTCDay() };
}

/**
 * Is the day a working day (调休 Saturdays included)? `undefined` when the year's arrangement is not
 * published (or the date is not a valid ISO date): never a Mon–Fri guess.
 */
export function isWorkingDay(iso: string): boolean | undefined {
  const p = parseIso(iso);
  if (!p || !calendarCovers(p.y)) return undefined;
  const day = iso.slice(0, 10);
  if (overrideWorkdays.has(day)) return true;
  if (overrideHolidays.has(day)) return false;
  if (!packageCovers(p.y)) return p.weekday >= 1 && p.weekday <= 5;
  return chineseDays.isWorkday(day);
}

/** Is the day a rest day (weekend or statutory holiday, not a 调休 working day)? `undefined` when unknown. */
export function isHoliday(iso: string): boolean | undefined {
  const w = isWorkingDay(iso);
  return w === undefined ? undefined : !w;
}

/** The holiday's Chinese name (春节, 国庆节 …) when the day is part of a holiday block or its 调休. */
export function holidayName(iso: string): string | undefined {
  const p = parseIso(iso);
  if (!p || !calendarCovers(p.y)) return undefined;
  const day = iso.slice(0, 10);
  if (overrideHolidays.has(day) || overrideWorkdays.has(day)) return undefined;
  if (!packageCovers(p.y)) return undefined;
  const name = chineseDays.getDayDetail(day).name;
  const parts = name.split(',');
  return parts.length >= 2 ? parts[1] : undefined;
}
