/**
 * Deadline results while they are checked (reason still in parts) and the outcomes a check gives:
 * uncertain, not applicable, a shortfall (a violation, or advisory for a ◐ rule), and the downgrade of a
 * violation that rests on something we cannot stand behind.
 */
import type { Looseness, ReadDate } from '../extract/notice-dates';
import type { DeadlineResult, NoticeDate } from '../types';
import { isUncertain, type DateResult, type DaysResult } from './count';
import { uncoveredWords } from './calendar';
import { addPart, type Reason, reasonOf, renderReason, type Words } from './reason';
import type { DeadlineRule } from './rules';

/** A deadline result; `severity: 'advisory'` marks a rule whose source text is not confirmed (◐). */
export type CheckedDeadline = DeadlineResult & { severity?: 'advisory' };

/** A deadline result being checked: its reason is still in parts. */
export type DraftDeadline = Omit<CheckedDeadline, 'reason'> & { reason?: Reason };

/** The quotes of these dates, each once, in order (undefined when none). */
export function evidenceOf(...ds: (NoticeDate | undefined)[]): string[] | undefined {
  const out: string[] = [];
  for (const d of ds) if (d && !out.includes(d.quote)) out.push(d.quote);
  return out.length ? out : undefined;
}

/** A fresh, uncertain result for the rule, without reason. */
export function base(rule: DeadlineRule): DraftDeadline {
  const r: DraftDeadline = { key: rule.key, outcome: 'uncertain', unit: rule.unit, required: rule.required, source: rule.source };
  if (rule.advisory) r.severity = 'advisory';
  return r;
}

/** Uncertain, for `why`, quoting these dates. */
export function uncertain(rule: DeadlineRule, why: Words, ...ds: (NoticeDate | undefined)[]): DraftDeadline {
  const r = base(rule);
  r.reason = reasonOf(why);
  const ev = evidenceOf(...ds);
  if (ev) r.evidence = ev;
  return r;
}

/** Not applicable to this notice, for `why`. */
export function notApplicable(rule: DeadlineRule, why: Words): DraftDeadline {
  const r = base(rule);
  r.outcome = 'not_applicable';
  r.reason = reasonOf(why);
  return r;
}

/** The calendar could not count (a year without a published arrangement): `r` stays uncertain, saying so. */
export function calendarGap(r: DraftDeadline, u: DaysResult | DateResult): DraftDeadline {
  return isUncertain(u) ? { ...r, reason: reasonOf(uncoveredWords(u.year)) } : r;
}

/** A shortfall: `violation`, or for a ◐ rule an advisory `uncertain`. */
export function shortfall(rule: DeadlineRule, r: DraftDeadline, why: Words): DraftDeadline {
  if (rule.advisory) {
    r.outcome = 'uncertain';
    r.reason = reasonOf({ zh: `提示（依据为二手文本，待核实）：${why.zh}`, en: `advisory (source not yet verified): ${why.en}` });
  } else {
    r.outcome = 'violation';
    r.reason = reasonOf(why);
  }
  return r;
}

/**
 * A violation that rests on a loosely inferred date is not an accusation we can make: `uncertain`,
 * with the shortfall and how the date was read.
 */
export function guardLoose(r: DraftDeadline, ...used: (ReadDate | undefined)[]): DraftDeadline {
  if (r.outcome !== 'violation') return r;
  const loose = used.find((d) => d?.loose)?.loose;
  return loose ? downgrade(r, loose) : r;
}

/** A violation turned `uncertain`, the reason kept and `why` added: no accusation on it. */
export function downgrade(r: DraftDeadline, why: Looseness): DraftDeadline {
  return {
    ...r,
    outcome: 'uncertain',
    reason: addPart(r.reason, { zh: `${why.zh}，不作违规认定`, en: `${why.en}, so this is not reported as a violation` }),
  };
}

/** The result as the report carries it: the reason rendered to its "中文 / English" string. */
export function toChecked(r: DraftDeadline): CheckedDeadline {
  const { reason, ...rest } = r;
  if (!reason) return rest;
  return { ...r, reason: renderReason(reason) };
}
