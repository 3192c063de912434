/** The dashboard's filters over stored notices: site, notice type, outcome, capture dates, title text. Pure. */
import { toLocalIso } from '../evidence/snapshot';
import { countOutcomes } from '../report-counts';
import { type NoticeLike, rowHost } from './stats';

/** Which notices to keep by outcome: all, those with at least one missing item, or those with none. */
export type OutcomeFilter = 'all' | 'missing' | 'complete';

/** A filter; an empty field keeps every notice. */
export interface NoticeFilter {
  /** Host, exactly. */
  host?: string;
  /** Notice type key, exactly. */
  noticeType?: string;
  outcome?: OutcomeFilter;
  /** First and last capture day (YYYY-MM-DD, China time, inclusive). */
  from?: string;
  to?: string;
  /** Text the title contains (case-insensitive; the URL stands in for a notice without a title). */
  text?: string;
}

/** The capture day of a report in China time (YYYY-MM-DD), '' when the time cannot be read. */
export function captureDay(capturedAt: string): string {
  try {
    return toLocalIso(capturedAt).slice(0, 10);
  } catch {
    return '';
  }
}

/** Whether a notice passes the filter. */
export function matchesFilter(row: NoticeLike, filter: NoticeFilter): boolean {
  const { report } = row;
  if (filter.host && rowHost(row) !== filter.host) return false;
  if (filter.noticeType && report.noticeType !== filter.noticeType) return false;
  if (filter.outcome && filter.outcome !== 'all') {
    const hasMissing = countOutcomes(report.items).missing > 0;
    if (hasMissing !== (filter.outcome === 'missing')) return false;
  }
  if (filter.from || filter.to) {
    const day = captureDay(report.capturedAt);
    if (!day) return false;
    if (filter.from && day < filter.from) return false;
    if (filter.to && day > filter.to) return false;
  }
  const text = filter.text?.trim().toLowerCase();
  if (text && !(report.title || report.url).toLowerCase().includes(text)) return false;
  return true;
}

/** The notices that pass the filter, in the given order. */
export function filterNotices<T extends NoticeLike>(rows: readonly T[], filter: NoticeFilter): T[] {
  return rows.filter((row) => matchesFilter(row, filter));
}
