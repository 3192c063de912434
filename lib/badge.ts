/** The toolbar badge of a tab, decided from its page's report. Pure: the background only paints it. */
import { countOutcomes } from './report-counts';
import type { Report } from './types';

/** What the badge shows: text '' clears it; `color` is its background when there is text. */
export interface Badge {
  text: string;
  color?: string;
}

const RED = '#c62828';
const GREEN = '#2e7d32';

/**
 * The number of missing items, ✓ when none, and nothing for a page that is not a notice or a notice type
 * without a rule set (e.g. housing.construction: no item checked, so no verdict and no ✓).
 */
export function badgeFor(report: Pick<Report, 'noticeType' | 'items'>): Badge {
  if (report.noticeType === 'none' || report.items.length === 0) return { text: '' };
  const { missing } = countOutcomes(report.items);
  return missing > 0 ? { text: String(missing), color: RED } : { text: '✓', color: GREEN };
}
