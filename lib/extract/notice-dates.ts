/**
 * The dates a notice states, each with its quote: publication, 公示期, document access, bid deadline,
 * evaluation, contract signing, listing… (keys below). A label is found in the body, then the date,
 * range or duration that follows it: on the same line or on the next lines, since crawler text puts
 * one table cell (sometimes one token) per line. Pure: NoticeDoc in, ReadDate[] out. It runs once per
 * notice; the deadline checks (lib/deadlines) consume what it yields.
 */
import type { NoticeDoc } from '../page/doc';
import { toHalfWidth } from '../page/normalize';
import type { NoticeDate } from '../types';
import { findDates, parseDate } from './date';
import { LOOSE, type ReadDate } from './date-looseness';
import { type Candidate, collapse, type Pending, readStream } from './date-stream';

export { LOOSE, type Looseness, type ReadDate } from './date-looseness';

/**
 * Keys this reader produces, in output order. Durations carry the number of days as `value`
 * ("3"); `…WorkingDays` keys count 工作日, `…Days` calendar days.
 */
export const DATE_KEYS = [
  'publishedAt',
  'periodStart',
  'periodEnd',
  'periodDays',
  'periodWorkingDays',
  'noticePeriodStart',
  'noticePeriodEnd',
  'noticePeriodDays',
  'noticePeriodWorkingDays',
  'docAccessStart',
  'docAccessEnd',
  'docAccessDays',
  'docAccessWorkingDays',
  'bidDeadline',
  'openingTime',
  'evaluationDate',
  'contractSignDate',
  'contractPublishDate',
  'applicationStart',
  'applicationEnd',
  'listingStart',
  'listingEnd',
  'listingDays',
  'auctionDate',
  'awardDate',
] as const;

/** Options for reading dates. */
export interface ReadDatesOptions {
  /**
   * Year for dates written without one when the notice itself gives no full date (otherwise the year
   * most of its dates are in is used).
   */
  defaultYear?: number;
}

/** A stronger reading: a labelled one before a loose one, then the lower rank, then the earlier. */
function better(c: Candidate, b: Candidate | undefined): boolean {
  if (!b) return true;
  if (!c.loose !== !b.loose) return !c.loose;
  return c.rank < b.rank || (c.rank === b.rank && c.index < b.index);
}

/** The year most dates of the notice are in (ties: the later one): the year of a date written without one. */
function mainYear(text: string): number | undefined {
  const count = new Map<number, number>();
  for (const d of findDates(text)) if (d.yearGiven) count.set(d.year, (count.get(d.year) ?? 0) + 1);
  let best: number | undefined;
  let n = 0;
  for (const [y, c] of count) {
    if (c > n || (c === n && best !== undefined && y > best)) {
      best = y;
      n = c;
    }
  }
  return best;
}

/** Read the dates of a notice, each with its quote. The first, strongest reading of a key wins. */
export function readDates(doc: NoticeDoc, opts: ReadDatesOptions = {}): NoticeDate[] {
  return readDatesDetailed(doc, opts).map(({ key, value, quote }) => ({ key, value, quote }));
}

/**
 * readDates, with `loose` on each date that was inferred rather than read after its label (the checks
 * reports no violation on such a date). A labelled reading of a key wins over a loose one.
 */
export function readDatesDetailed(doc: NoticeDoc, opts: ReadDatesOptions = {}): ReadDate[] {
  const body = toHalfWidth(doc.lines.length ? doc.lines.map((l) => l.text).join('\n') : doc.text);
  const tables = doc.tables.map((t) => toHalfWidth(t.rows.map((r) => r.join('\n')).join('\n')));
  const ownYear = mainYear(body) ?? mainYear(tables.join('\n'));
  const defaultYear = ownYear ?? opts.defaultYear;
  const candidates: Candidate[] = [];
  const pending: Pending[] = [];

  readStream(body, defaultYear, 0, candidates, pending);
  // Tables are read too, after the lines (the page reader may or may not repeat their cells as lines).
  for (const text of tables) readStream(text, defaultYear, 10, candidates, pending);
  // No date of the notice writes its year: every year read is an assumption.
  if (ownYear === undefined) for (const c of candidates) if (/^\d{4}-/.test(c.value)) c.loose ??= LOOSE.yearAssumed;
  if (doc.chromeDate) {
    const v = parseDate(toHalfWidth(doc.chromeDate));
    if (v) candidates.push({ key: 'publishedAt', value: v, quote: collapse(doc.chromeDate), rank: -1, index: -1 });
  }

  const best = new Map<string, Candidate>();
  for (const c of candidates) if (better(c, best.get(c.key))) best.set(c.key, c);
  // Ranges "from publication" and "until the bid deadline" take those dates, once they are known.
  for (const p of pending) {
    for (const [ref, source] of [
      [p.startFromPublication, 'publishedAt'],
      [p.endAtDeadline, 'bidDeadline'],
    ] as const) {
      if (!ref) continue;
      const src = best.get(source);
      if (!src) continue;
      const c: Candidate = { key: ref.key, value: src.value, quote: ref.quote, rank: ref.rank, index: ref.index };
      if (src.loose) c.loose = src.loose;
      const cur = best.get(ref.key);
      if (!cur || (!c.loose !== !cur.loose ? !c.loose : ref.rank < cur.rank)) best.set(ref.key, c);
    }
  }

  const order = new Map<string, number>(DATE_KEYS.map((k, i) => [k, i]));
  return [...best.values()]
    .sort((a, b) => (order.get(a.key) ?? 99) - (order.get(b.key) ?? 99))
    .map((c) => {
      const d: ReadDate = { key: c.key, value: c.value, quote: c.quote };
      if (c.loose) d.loose = c.loose;
      return d;
    });
}
