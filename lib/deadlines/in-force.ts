/**
 * Whether a rule was in force when a notice was published (rules.md "Facts first"): one policy, for the
 * deadline checks and (later) the items' "not required then". A rule's `since` against the publication
 * date; without a labelled one, the notice's own dates can still show it was published well after.
 */
import { LOOSE, type ReadDate } from '../extract/notice-dates';
import { datePart, shiftDate } from './count';

/** In force when published; not yet in force then; or it cannot be told. */
export type InForce = 'in_force' | 'not_then' | 'unknown';

/** What tells when a notice was published. */
export interface PublicationBasis {
  /** The publication date read; `loose` when it was inferred, not read after its label. */
  published?: { value: string; loose?: unknown };
  /** The earliest date (YYYY-MM-DD) the notice states with its year. */
  earliest?: string;
}

/**
 * Without a labelled publication date, a notice is taken as published after a rule came into force only
 * when every date it states is this many days past the rule's `since` (a notice is not published a
 * year before the dates of its own procedure).
 */
export const IN_FORCE_MARGIN_DAYS = 365;

/** The basis from the dates read: the publication date, and the earliest date written with its year. */
export function publicationBasis(dates: ReadDate[], published: ReadDate | undefined): PublicationBasis {
  const basis: PublicationBasis = {};
  if (published) basis.published = published;
  for (const x of dates) {
    if (!/^\d{4}-\d{2}-\d{2}/.test(x.value) || x.loose === LOOSE.yearAssumed) continue;
    const day = datePart(x.value);
    if (!basis.earliest || day < basis.earliest) basis.earliest = day;
  }
  return basis;
}

/**
 * The policy. Published (even by a loose reading) before `since`: not then. A labelled publication date
 * on or after `since`, or every stated date a year past it: in force. Otherwise unknown.
 */
export function inForceWhenPublished(since: string, basis: PublicationBasis): InForce {
  const pub = basis.published;
  if (pub && datePart(pub.value) < since) return 'not_then';
  if (pub && !pub.loose && datePart(pub.value) >= since) return 'in_force';
  if (basis.earliest && basis.earliest >= shiftDate(since, IN_FORCE_MARGIN_DAYS)) return 'in_force';
  return 'unknown';
}
