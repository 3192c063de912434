/** Times as the store keeps them, shared by the notices and visits tables. */

/**
 * A re-read this soon after the last one is the same visit (a reload, or "检查此页" after the automatic
 * check): the notices and visits tables add no row for it.
 */
export const SAME_VISIT_MS = 5 * 60 * 1000;

/** An ISO time as UTC ISO, so that an index sorts by instant whatever the offset; unreadable text is kept. */
export function utcIso(iso: string): string {
  const t = Date.parse(iso);
  return Number.isNaN(t) ? iso : new Date(t).toISOString();
}

/** True when two ISO times are less than SAME_VISIT_MS apart. */
export function withinSameVisit(a: string, b: string): boolean {
  return Math.abs(Date.parse(a) - Date.parse(b)) < SAME_VISIT_MS;
}
