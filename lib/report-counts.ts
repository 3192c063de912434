/**
 * How a report's items are counted, everywhere: the badge, the popup, lists, the dashboard, CSV and JSON
 * exports, report.html and the bundle manifest. Pure.
 *
 * An item whose rule was not yet in force when the notice was published (`notRequiredThen`) is counted
 * apart, in no outcome: it is never a missing item (not a violation), nor an uncertain one.
 */
import type { ItemResult, Outcome } from './types';

/** Items by outcome; items not yet required at publication only in notRequiredThen. */
export interface OutcomeCounts {
  present: number;
  missing: number;
  uncertain: number;
  notApplicable: number;
  /** Items whose rule was not yet in force when the notice was published (not violations). */
  notRequiredThen: number;
}

/** True when the item counts under this outcome (an item not yet required at publication counts under none). */
export function countsAs(item: ItemResult, outcome: Outcome): boolean {
  return !item.notRequiredThen && item.outcome === outcome;
}

/** Count a report's items by outcome. */
export function countOutcomes(items: readonly ItemResult[]): OutcomeCounts {
  const c: OutcomeCounts = { present: 0, missing: 0, uncertain: 0, notApplicable: 0, notRequiredThen: 0 };
  for (const item of items) {
    if (item.notRequiredThen) c.notRequiredThen++;
    else if (item.outcome === 'present') c.present++;
    else if (item.outcome === 'missing') c.missing++;
    else if (item.outcome === 'uncertain') c.uncertain++;
    else c.notApplicable++;
  }
  return c;
}
