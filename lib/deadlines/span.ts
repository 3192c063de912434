/** A period a notice states (a range, or a duration from publication), assembled from the dates read. */
import type { ReadDate } from '../extract/notice-dates';
import { addDays, addWorkingDays, isUncertain } from './count';
import type { DraftDeadline } from './outcome';
import { addPart } from './reason';

/** The dates read, by key. */
export type Dates = Map<string, ReadDate>;

/** A stated period: a range (from/to) or a duration (days + unit). */
export interface Span {
  from?: ReadDate;
  to?: ReadDate;
  days?: number;
  daysUnit?: 'calendar' | 'working';
  /** The period starts at publication: `from` is the publication date. */
  fromPublication?: boolean;
  /** Extra quotes (e.g. the duration). */
  extra?: ReadDate[];
}

/** A span from `startKey`/`endKey`, or from the duration keys `${days}Days`/`${days}WorkingDays`. */
export function spanOf(d: Dates, startKey: string, endKey: string, daysBase: string | undefined, published: ReadDate | undefined): Span {
  const from = d.get(startKey);
  const to = d.get(endKey);
  if (from || to) {
    if (!from && to && published) return { from: published, to, fromPublication: true };
    return { from, to };
  }
  if (daysBase) {
    const w = d.get(`${daysBase}WorkingDays`);
    const c = d.get(`${daysBase}Days`);
    const dur = w ?? c;
    if (dur) {
      return { days: Number(dur.value), daysUnit: w ? 'working' : 'calendar', from: published, extra: [dur], fromPublication: true };
    }
  }
  return {};
}

/** True when the notice states no part of the period. */
export function isEmptySpan(span: Span): boolean {
  return !span.from && !span.to && span.days === undefined;
}

/** The end a stated period reaches: the range end, or the publication date plus the duration. */
export function periodEnd(span: Span): string | undefined {
  if (span.to) return span.to.value;
  const from = span.from?.value;
  if (from && span.days !== undefined) {
    const e = span.daysUnit === 'working' ? addWorkingDays(from, span.days) : addDays(from, span.days);
    return isUncertain(e) ? undefined : e.date;
  }
  return undefined;
}

/** Say the period was counted from the publication date, when it was (and the check could judge). */
export function fromPubNote(r: DraftDeadline, span: Span): DraftDeadline {
  if (span.fromPublication && span.from && r.outcome !== 'uncertain') {
    r.reason = addPart(r.reason, { zh: '起始日按发布日期计', en: 'counted from the publication date' });
  }
  return r;
}
