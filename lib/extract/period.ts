/**
 * Periods as notices state them: a range ("自2021年3月5日起至2021年3月8日止", "2021年3月5日至3月8日",
 * "2021年3月5日9:00至3月10日17:00" — the end inherits the year and month it leaves out), a range from
 * publication ("自本公告发布之日起至2021年3月29日", "…至投标截止时间"), or a duration
 * ("公示期为3日", "三个工作日", "不少于3天").
 */
import { type DateMatch, type DateOptions, findDates, numeral, parseDateAt, parseTimeAt } from './date';

/** One period found in a text. */
export interface Period {
  /** ISO date or date-time (as date.ts gives it). */
  start?: string;
  end?: string;
  /** A period stated as a length. */
  durationDays?: number;
  /** Unit of `durationDays`: 日/天/日历天 are calendar days, 工作日 working days. */
  unit?: 'calendar' | 'working';
  /** The start is the notice's publication ("自本公告发布之日起"). */
  fromPublication?: boolean;
  /** The end is the bid deadline ("至投标截止时间止"). */
  untilDeadline?: boolean;
  /** Qualifier before a duration: 不少于/不得少于/至少 (a minimum rather than the period itself). */
  atLeast?: boolean;
  /** The text of the period as written. */
  text: string;
  index: number;
  /** Offset just after the period. */
  endIndex: number;
}

/** Options: date defaults, and whether a duration needs a period word before it. */
export interface PeriodOptions extends DateOptions {
  /**
   * Accept any "N日/N个工作日" as a duration. By default a duration counts only after a period word
   * (公示期, 公告期限, 期限, 为期, 不少于, 之日起 …), so 工期90日历天 is not read as a period.
   */
  anyDuration?: boolean;
}

const SEP_Y =
  /\s*(?:[（(][^（）()\n]{0,10}[）)])?\s*(?:起\s*)?(?:至|到|~|～|－|—|–|―|─|-)+(?:\s*[至到])?\s*(?:本项目|本次)?\s*/y;
const UNTIL_Y = /\s*(?:[（(][^（）()]{0,10}[）)])?\s*(?:止|截止|为止)?/y;
const FROM_PUB =
  /(?:自|从|于|在)?\s*(?:本|该)?(?:公告|公示|信息|招标公告|采购公告)?\s*(?:发布|刊登|发出|公布|公示)\s*之\s*日\s*起\s*(?:至|到)\s*(?:本项目|本次)?\s*/g;
const TO_DEADLINE_Y =
  /(?:投标|响应|递交投标文件|提交投标文件|递交响应文件|提交响应文件)?(?:文件)?(?:的)?(?:递交|提交)?\s*截止\s*(?:时间|日期|之日)?\s*(?:前|止|为止)?/y;
const DURATION =
  /(不少于|不得少于|不低于|至少|为期|共计|共|计)?\s*(?<![\d月年.])(\d{1,3}|[一二两三四五六七八九十]{1,3})\s*(?:个)?\s*(工作日|日历天|自然日|天|日)(?![\d])/g;
const DURATION_CONTEXT =
  /(公示|公告|披露|挂牌|期限|期为|期间|期：|期:|不少于|不得少于|不低于|至少|为期|之日起|日起)/;
// Lengths that are not a notice period: 工期, 服务期, 有效期…
const NOT_A_PERIOD = /(工期|服务期|履行期|有效期|质保期|保修期|合同期|交货期|供货期|日历天内|完成|竣工|付款|支付|退还)/;

function prefixStart(text: string, index: number): number {
  const before = text.slice(Math.max(0, index - 3), index);
  const m = /(?:自|从|于|由)\s*$/.exec(before);
  return m ? index - m[0].length : index;
}

function endAfter(text: string, d1: DateMatch, opts: PeriodOptions): { end: DateMatch | { value: string; end: number }; stop: number } | undefined {
  SEP_Y.lastIndex = d1.end;
  const sep = SEP_Y.exec(text);
  if (!sep) return undefined;
  const pos = d1.end + sep[0].length;
  const d2 = parseDateAt(text, pos, {
    ...opts,
    defaultYear: d1.year,
    defaultMonth: d1.month,
    allowDayOnly: true,
  });
  if (d2) {
    let e: DateMatch = d2;
    if (!d2.yearGiven && d2.value.slice(0, 10) < d1.value.slice(0, 10)) {
      // "12月28日至1月4日": the end is in the next year.
      const bumped = parseDateAt(text, pos, { ...opts, defaultYear: d1.year + 1, defaultMonth: d1.month, allowDayOnly: true });
      if (bumped) e = bumped;
    }
    return { end: e, stop: e.end };
  }
  // "2021年3月5日9:00至17:00": a time alone ends the same day.
  if (d1.hasTime) {
    const t = parseTimeAt(text, pos);
    if (t && t.h < 24) {
      const value = `${d1.value.slice(0, 10)}T${String(t.h).padStart(2, '0')}:${String(t.min).padStart(2, '0')}:${String(t.s).padStart(2, '0')}+08:00`;
      return { end: { value, end: t.end }, stop: t.end };
    }
  }
  return undefined;
}

function untilEnd(text: string, pos: number): number {
  UNTIL_Y.lastIndex = pos;
  const m = UNTIL_Y.exec(text);
  return m && /止/.test(m[0]) ? pos + m[0].length : pos;
}

/** Every period in the text, in reading order. */
export function findPeriods(text: string, opts: PeriodOptions = {}): Period[] {
  const out: Period[] = [];
  // A start without a year ("9月29日～2018年10月18日") takes the end's year; read it provisionally.
  const noYear = opts.defaultYear === undefined;
  const dates = findDates(text, noYear ? { ...opts, defaultYear: 2000 } : opts);
  let consumedTo = -1;

  // Ranges between two dates.
  for (const d1 of dates) {
    if (d1.index < consumedTo) continue;
    const r = endAfter(text, d1, opts);
    if (r && noYear && !d1.yearGiven && !('yearGiven' in r.end && r.end.yearGiven)) continue;
    if (r) {
      const index = prefixStart(text, d1.index);
      const stop = untilEnd(text, r.stop);
      let start = d1.value;
      const e = r.end;
      if (!d1.yearGiven && 'yearGiven' in e && e.yearGiven) {
        // "9月29日～2018年10月18日": the start takes the end's year (the year before if it would follow it).
        const again = parseDateAt(text, d1.index, { ...opts, defaultYear: e.year });
        const prev = parseDateAt(text, d1.index, { ...opts, defaultYear: e.year - 1 });
        start = (again && again.value.slice(0, 10) <= e.value.slice(0, 10) ? again : prev ?? again)?.value ?? start;
      }
      out.push({ start, end: e.value, text: text.slice(index, stop), index, endIndex: stop });
      consumedTo = stop;
      continue;
    }
    // "自2017年8月23日起" with no end: a start alone.
    const before = text.slice(Math.max(0, d1.index - 2), d1.index);
    const after = text.slice(d1.end, d1.end + 3);
    if ((d1.yearGiven || !noYear) && /[自从]\s*$/.test(before) && /^\s*起/.test(after)) {
      const index = prefixStart(text, d1.index);
      const stop = d1.end + (/^\s*起/.exec(after)?.[0].length ?? 0);
      out.push({ start: d1.value, text: text.slice(index, stop), index, endIndex: stop });
      consumedTo = stop;
    }
  }

  // From publication to a date or to the bid deadline.
  for (const m of text.matchAll(FROM_PUB)) {
    const pos = m.index + m[0].length;
    const d = parseDateAt(text, pos, opts);
    if (d) {
      const stop = untilEnd(text, d.end);
      out.push({ end: d.value, fromPublication: true, text: text.slice(m.index, stop), index: m.index, endIndex: stop });
      continue;
    }
    TO_DEADLINE_Y.lastIndex = pos;
    const t = TO_DEADLINE_Y.exec(text);
    if (t && /截止/.test(t[0])) {
      const stop = pos + t[0].length;
      out.push({ fromPublication: true, untilDeadline: true, text: text.slice(m.index, stop), index: m.index, endIndex: stop });
    }
  }

  // Durations, outside the ranges found above (sorted by start, so a binary search finds the candidate).
  const ranges = [...out].sort((a, b) => a.index - b.index);
  const inRanges = (i: number) => {
    let lo = 0;
    let hi = ranges.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if ((ranges[mid]?.index ?? 0) <= i) lo = mid + 1;
      else hi = mid;
    }
    const r = ranges[lo - 1];
    return !!r && i < r.endIndex;
  };
  for (const m of text.matchAll(DURATION)) {
    const n = numeral(m[2] ?? '');
    if (!Number.isFinite(n) || n <= 0 || inRanges(m.index)) continue;
    // The duration must not be the day of a date ("3月5日", "2021年3月5日").
    const numAt = m.index + m[0].indexOf(m[2] ?? '');
    if (/[月年]\s*$/.test(text.slice(Math.max(0, numAt - 4), numAt))) continue;
    const ctxStart = Math.max(0, m.index - 16);
    const ctx = text.slice(ctxStart, m.index + (m[1] ? m[1].length : 0));
    const sentence = ctx.split(/[。；;！!？?]/).pop() ?? '';
    if (!opts.anyDuration && (!DURATION_CONTEXT.test(sentence) || NOT_A_PERIOD.test(sentence))) continue;
    const unit = m[3] === '工作日' ? 'working' : 'calendar';
    const fromPub = /之\s*日\s*起\s*$/.test(text.slice(Math.max(0, m.index - 4), m.index + (m[1]?.length ?? 0)));
    const p: Period = {
      durationDays: n,
      unit,
      text: m[0].trim(),
      index: m.index + (m[0].length - m[0].trimStart().length),
      endIndex: m.index + m[0].length,
    };
    if (m[1] && /不少于|不得少于|不低于|至少/.test(m[1])) p.atLeast = true;
    if (fromPub) p.fromPublication = true;
    out.push(p);
  }

  return out.sort((a, b) => a.index - b.index);
}
