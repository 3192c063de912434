/**
 * For the reader at capture time: whether a period is still open and how many days it has left
 * (异议截止还剩 N 天, 尚未开始, 已结束), added to a deadline result as `open`, `daysLeft` and a reason part.
 */
import { calendarDaysBetween, datePart, isUncertain, shiftDate } from './count';
import type { DraftDeadline } from './outcome';
import { addPart, type Words } from './reason';

/** What the days left are for. */
export const NOW_OBJECT: Words = { zh: '异议截止', en: 'to object' };
/** Days left in the notice period. */
export const NOW_NOTICE: Words = { zh: '公告期', en: 'in the notice period' };
/** Days left to obtain the documents. */
export const NOW_DOCS: Words = { zh: '获取文件', en: 'to obtain the documents' };

/** Parse an ISO date or date-time as an instant; a date alone is its start (00:00 +08:00). */
function instant(iso: string, endOfDay = false): number {
  if (iso.length > 10) return Date.parse(iso);
  const day = endOfDay ? shiftDate(iso, 1) : iso;
  return Date.parse(`${day}T00:00:00+08:00`);
}

function localDate(ms: number): string {
  return new Date(ms + 8 * 3_600_000).toISOString().slice(0, 10);
}

/** Add `open`/`daysLeft` and the phrase for the reader at `capturedAt` (nothing when the end is unknown). */
export function annotateDaysLeft(r: DraftDeadline, start: string | undefined, end: string | undefined, capturedAt: string, phrase: Words): void {
  const now = Date.parse(capturedAt);
  if (!end || Number.isNaN(now)) return;
  const endAt = instant(end, true);
  const startAt = start ? instant(start) : Number.NEGATIVE_INFINITY;
  if (Number.isNaN(endAt)) return;
  const today = localDate(now);
  const left = calendarDaysBetween(today, datePart(end.length > 10 ? localDate(endAt - 1) : end));
  const n = isUncertain(left) ? 0 : Math.max(0, left.days);
  let said: Words;
  if (now < startAt) {
    r.open = false;
    r.daysLeft = n;
    said = { zh: '尚未开始', en: 'not started yet' };
  } else if (now < endAt) {
    r.open = true;
    r.daysLeft = n;
    said = { zh: `${phrase.zh}还剩 ${n} 天`, en: `${n} day${n === 1 ? '' : 's'} left ${phrase.en}` };
  } else {
    r.open = false;
    r.daysLeft = 0;
    said = { zh: '已结束', en: 'ended' };
  }
  r.reason = addPart(r.reason, said);
}
