/**
 * The "minimum length" judge: a period of at least `rule.required` days (calendar or working) from
 * `span.from` to `span.to`, or a stated duration of at least that many. The start day is not counted;
 * a last day on a rest day moves to the next working day (count.ts).
 */
import { holidayName } from './calendar';
import {
  addDays,
  addWorkingDays,
  calendarDaysBetween,
  datePart,
  effectiveEndDate,
  isUncertain,
  shiftDate,
  workingDaysBetween,
} from './count';
import { base, calendarGap, type DraftDeadline, evidenceOf, guardLoose, shortfall, uncertain } from './outcome';
import { addPart, type Reason, reasonOf, unitEn, unitZh, type Words } from './reason';
import type { DeadlineRule } from './rules';
import type { Span } from './span';

/** How the judge reads the period. */
export interface MinimumOptions {
  /** Apply the rest-day rule to the last required day (default true). */
  roll?: boolean;
  /** The rule fixes the length ("公告期限为5个工作日"): say when the period is longer. */
  exact?: boolean;
}

function restDayNote(day: string): Words {
  const name = holidayName(day);
  return name ? { zh: `${name}假期`, en: `a ${name} holiday` } : { zh: '休息日', en: 'a rest day' };
}

/** One short: say how days are counted, since counting the first day would have made it. */
function startDayNote(r: DraftDeadline, days: number, need: number): DraftDeadline {
  if (days === need - 1) r.reason = addPart(r.reason, { zh: '起始日不计入', en: 'the start day is not counted' });
  return r;
}

function okReason(what: Words, days: number, du: 'calendar' | 'working', need: number, u: 'calendar' | 'working', exact?: boolean): Reason {
  if (exact && days > need && du === u) {
    return reasonOf({ zh: `${what.zh}${days}${unitZh(du)}，长于规定的${need}${unitZh(u)}`, en: `${what.en} ${days} ${unitEn(du, days)}, longer than the required ${need}` });
  }
  return reasonOf({ zh: `${what.zh}${days}${unitZh(du)}，不少于${need}${unitZh(u)}`, en: `${what.en} ${days} ${unitEn(du, days)}, at least ${need}` });
}

/** Judge a period `what` against the rule's minimum length. */
export function checkMinimum(rule: DeadlineRule, what: Words, span: Span, opts: MinimumOptions = {}): DraftDeadline {
  const r = base(rule);
  const ev = evidenceOf(span.from, span.to, ...(span.extra ?? []));
  if (ev) r.evidence = ev;
  const need = rule.required;
  const u = rule.unit;

  const from = span.from?.value;
  let to = span.to?.value;
  if (span.days !== undefined) {
    const du = span.daysUnit ?? 'calendar';
    if (du === u || (du === 'working' && u === 'calendar' && span.days >= need)) {
      // N working days always span at least N calendar days.
      r.days = span.days;
      if (span.days < need) {
        const short = shortfall(rule, r, {
          zh: `${what.zh}${span.days}${unitZh(du)}，少于${need}${unitZh(u)}`,
          en: `${what.en} ${span.days} ${unitEn(du, span.days)}, less than ${need}`,
        });
        return guardLoose(short, ...(span.extra ?? []));
      }
      r.outcome = 'ok';
      r.reason = okReason(what, span.days, du, need, u, opts.exact);
      return r;
    }
    if (!from) {
      return uncertain(
        rule,
        {
          zh: `${what.zh}以${du === 'working' ? '工作日' : '日历日'}表示，未找到起算日期，无法换算`,
          en: `${what.en} is stated in ${du === 'working' ? 'working' : 'calendar'} days and no start date was found to convert it`,
        },
        span.from,
        span.to,
      );
    }
    const end = du === 'working' ? addWorkingDays(from, span.days) : addDays(from, span.days, { roll: false });
    if (isUncertain(end)) return calendarGap(r, end);
    to = end.date;
  }
  if (!from || !to) {
    const missing = !from && !to ? '起止日期' : !from ? '起始日期' : '截止日期';
    const missingEn = !from && !to ? 'start and end dates' : !from ? 'start date' : 'end date';
    return uncertain(rule, { zh: `未找到${what.zh}的${missing}`, en: `${what.en}: ${missingEn} not found` }, span.from, span.to);
  }
  r.from = from;
  r.to = to;
  const start = datePart(from);
  const last = effectiveEndDate(to);

  if (u === 'working') {
    const wd = workingDaysBetween(start, last);
    if (isUncertain(wd)) return calendarGap(r, wd);
    r.days = wd.days;
    if (wd.days < need) {
      const short = shortfall(rule, r, {
        zh: `${what.zh}${wd.days}个工作日，少于${need}个工作日`,
        en: `${what.en} ${wd.days} ${unitEn('working', wd.days)}, less than ${need}`,
      });
      return guardLoose(startDayNote(short, wd.days, need), span.from, span.to, ...(span.extra ?? []));
    }
    r.outcome = 'ok';
    r.reason = okReason(what, wd.days, 'working', need, 'working', opts.exact);
    return r;
  }

  const cd = calendarDaysBetween(start, last);
  if (isUncertain(cd)) return calendarGap(r, cd);
  r.days = cd.days;
  if (cd.days < need) {
    const short = shortfall(rule, r, { zh: `${what.zh}${cd.days}日，少于${need}日`, en: `${what.en} ${cd.days} ${unitEn('calendar', cd.days)}, less than ${need}` });
    return guardLoose(startDayNote(short, cd.days, need), span.from, span.to, ...(span.extra ?? []));
  }
  if (opts.roll !== false) {
    const plain = shiftDate(start, need);
    const due = addDays(start, need);
    if (isUncertain(due)) {
      // Whether the last day is a rest day is unknown; a margin longer than any holiday settles it.
      if (last < shiftDate(plain, 14)) return calendarGap(r, due);
    } else if (last < due.date) {
      // Long enough in days; short only if the rest-day rule (87号令 Art.85, 民法典 Art.203) extends this
      // minimum. That reading is arguable for a sale or publicity period, so it is flagged, not accused.
      const rest = restDayNote(plain);
      r.reason = reasonOf({
        zh: `${what.zh}${cd.days}日，但第${need}日（${plain}）为${rest.zh}，按期间末日顺延规则应至${due.date}`,
        en: `${what.en} ${cd.days} days, but day ${need} (${plain}) is ${rest.en}; with the rest-day rule it runs to ${due.date}`,
      });
      return r;
    }
  }
  r.outcome = 'ok';
  r.reason = okReason(what, cd.days, 'calendar', need, 'calendar', opts.exact);
  return r;
}
