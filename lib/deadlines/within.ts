/**
 * The "within N days of" judge: a notice shown no later than `rule.required` days (calendar or working)
 * after an event (the evaluation report, the contract signing). Calendar days roll over a rest day
 * (count.ts); working days need not.
 */
import type { ReadDate } from '../extract/notice-dates';
import { addDays, calendarDaysBetween, datePart, isUncertain, workingDaysBetween } from './count';
import { base, calendarGap, type DraftDeadline, evidenceOf, guardLoose, shortfall } from './outcome';
import { reasonOf, unitEn, unitZh, type Words } from './reason';
import type { DeadlineRule } from './rules';

/** The words of a "within" reason: 评标后第N日公示 / published N days after the evaluation. */
export interface WithinWords {
  /** The event, as "after …": { zh: '评标后', en: 'after the evaluation' }. */
  after: Words;
  /** The act that must follow: { zh: '公示', en: 'published' }. */
  act: Words;
  /** Said when the notice is dated before the event. */
  early: Words;
}

/** Judge whether `shown` comes within the rule's days after `event`. */
export function checkWithin(rule: DeadlineRule, event: ReadDate, shown: ReadDate, w: WithinWords): DraftDeadline {
  const r = base(rule);
  r.evidence = evidenceOf(event, shown);
  r.from = event.value;
  r.to = shown.value;
  const u = rule.unit;
  const need = rule.required;
  const counted = u === 'working' ? workingDaysBetween(datePart(event.value), datePart(shown.value)) : calendarDaysBetween(datePart(event.value), datePart(shown.value));
  if (isUncertain(counted)) return calendarGap(r, counted);
  const n = counted.days;
  r.days = n;
  if (datePart(shown.value) < datePart(event.value)) return { ...r, reason: reasonOf(w.early) };
  const said = { zh: `${w.after.zh}第${n}${unitZh(u)}${w.act.zh}`, en: `${w.act.en} ${n} ${unitEn(u, n)} ${w.after.en}` };
  if (n <= need) {
    r.outcome = 'ok';
    r.reason = reasonOf({ zh: `${said.zh}，在${need}${unitZh(u)}内`, en: `${said.en}, within ${need}` });
    return r;
  }
  if (u === 'calendar') {
    // The last of the N days on a rest day moves to the next working day (87号令 Art.85, 民法典 Art.203).
    const due = addDays(datePart(event.value), need);
    if (isUncertain(due)) return calendarGap(r, due);
    if (datePart(shown.value) <= due.date) {
      r.outcome = 'ok';
      r.reason = reasonOf({
        zh: `${said.zh}；第${need}日为休息日，顺延至${due.date}`,
        en: `${said.en}; day ${need} was a rest day, so the time ran to ${due.date}`,
      });
      return r;
    }
  }
  return guardLoose(shortfall(rule, r, { zh: `${said.zh}，超过${need}${unitZh(u)}`, en: `${said.en}, more than ${need}` }), event, shown);
}
