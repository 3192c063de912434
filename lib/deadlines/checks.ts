/**
 * The time rules of rules.md ("Deadline keys") checked against the dates a notice states.
 *
 * A date the notice does not give (or we could not read) makes the check `uncertain`, never a
 * `violation`: a violation accuses the publisher and must rest on dates we have quoted, each read after
 * its label. A date inferred loosely (from a sentence, the unlabelled last date, a generic 截止时间, an
 * assumed year: lib/extract/notice-dates.ts `loose`) can make a check `ok` but turns a shortfall into
 * `uncertain`; so does a rule whose being in force cannot be told (in-force.ts) and a procurement notice
 * whose method (招标 or not) cannot be told (procurement-method.ts). Rules built on a secondary copy (◐:
 * land, property) never report `violation`; a shortfall there is `uncertain` with `severity: 'advisory'`.
 * Counting follows rules.md "Days" (count.ts). Reasons stay in parts until toChecked renders them.
 */
import { type ReadDate, readDatesDetailed } from '../extract/notice-dates';
import type { NoticeDoc } from '../page/doc';
import type { NoticeDate } from '../types';
import { checksForType } from './by-notice-type';
import { publicationBasis } from './in-force';
import { type CheckedDeadline, toChecked } from './outcome';

export type { CheckedDeadline } from './outcome';
export { type ProcurementMethod, procurementMethod } from './procurement-method';
export { DEADLINE_RULES, type DeadlineRule } from './rules';

/** What checkDeadlines returns: the dates read (with quotes), the checks, and the publication date. */
export interface DeadlineCheck {
  dates: NoticeDate[];
  deadlines: CheckedDeadline[];
  publishedAt?: string;
}

/** Check the deadlines rules.md gives for the notice type against dates already read (readDatesDetailed). */
export function checkDeadlinesFromDates(read: ReadDate[], doc: NoticeDoc, noticeType: string, capturedAt: string): DeadlineCheck {
  const d = new Map(read.map((x) => [x.key, x]));
  const published = d.get('publishedAt');
  const basis = publicationBasis(read, published);
  const deadlines = checksForType(noticeType, { doc, d, published, basis, capturedAt }).map(toChecked);
  const dates: NoticeDate[] = read.map(({ key, value, quote }) => ({ key, value, quote }));
  const result: DeadlineCheck = { dates, deadlines };
  if (published?.value) result.publishedAt = published.value;
  return result;
}

/** Read the notice's dates once, then check the deadlines rules.md gives for the notice type. */
export function checkDeadlines(doc: NoticeDoc, noticeType: string, capturedAt: string): DeadlineCheck {
  const capturedYear = Number.parseInt(capturedAt.slice(0, 4), 10);
  const read = readDatesDetailed(doc, Number.isFinite(capturedYear) ? { defaultYear: capturedYear } : {});
  return checkDeadlinesFromDates(read, doc, noticeType, capturedAt);
}
