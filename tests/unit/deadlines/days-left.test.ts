import { describe, expect, it } from 'vitest';
import { annotateDaysLeft, NOW_DOCS, NOW_OBJECT } from '../../../lib/deadlines/days-left';
import { base, type DraftDeadline, toChecked } from '../../../lib/deadlines/outcome';
import { reasonOf } from '../../../lib/deadlines/reason';
import { DEADLINE_RULES } from '../../../lib/deadlines/rules';

function period(): DraftDeadline {
  const r = base(DEADLINE_RULES.candidates_period);
  r.outcome = 'ok';
  r.reason = reasonOf({ zh: '公示期3日，不少于3日', en: 'publicity period 3 days, at least 3' });
  return r;
}

function at(capturedAt: string, span: { start?: string; end?: string } = { start: '2025-03-10', end: '2025-03-13' }) {
  const { start, end } = span;
  const r = period();
  annotateDaysLeft(r, start, end, capturedAt, NOW_OBJECT);
  return toChecked(r);
}

describe('days left for the reader at capture time', () => {
  it('counts the days left in an open period', () => {
    const r = at('2025-03-11T12:00:00+08:00');
    expect(r.open).toBe(true);
    expect(r.daysLeft).toBe(2);
    expect(r.reason).toBe('公示期3日，不少于3日；异议截止还剩 2 天 / publicity period 3 days, at least 3; 2 days left to object');
  });

  it('keeps the last day open until its end, with 0 days left', () => {
    const r = at('2025-03-13T23:59:00+08:00');
    expect(r.open).toBe(true);
    expect(r.daysLeft).toBe(0);
    expect(r.reason).toMatch(/异议截止还剩 0 天 \/ .*0 days left to object$/);
  });

  it('says 1 day, not 1 days', () => {
    expect(at('2025-03-12T08:00:00+08:00').reason).toMatch(/; 1 day left to object$/);
  });

  it('says ended once the end date is over', () => {
    const r = at('2025-03-14T00:00:00+08:00');
    expect(r.open).toBe(false);
    expect(r.daysLeft).toBe(0);
    expect(r.reason).toMatch(/；已结束 \/ .*; ended$/);
  });

  it('says not started before the start, with the days to the end', () => {
    const r = at('2025-03-09T10:00:00+08:00');
    expect(r.open).toBe(false);
    expect(r.daysLeft).toBe(4);
    expect(r.reason).toMatch(/；尚未开始 \/ .*; not started yet$/);
  });

  it('ends an end given with a time at that time', () => {
    expect(at('2025-03-13T08:00:00+08:00', { end: '2025-03-13T09:00:00+08:00' }).open).toBe(true);
    expect(at('2025-03-13T09:30:00+08:00', { end: '2025-03-13T09:00:00+08:00' }).open).toBe(false);
  });

  it('adds nothing without an end or with an unreadable capture time', () => {
    for (const r of [at('2025-03-11T12:00:00+08:00', { start: '2025-03-10' }), at('not a date')]) {
      expect(r.open).toBeUndefined();
      expect(r.daysLeft).toBeUndefined();
      expect(r.reason).toBe('公示期3日，不少于3日 / publicity period 3 days, at least 3');
    }
  });

  it('names what the days are for', () => {
    const r = period();
    annotateDaysLeft(r, '2025-03-10', '2025-03-17', '2025-03-11T12:00:00+08:00', NOW_DOCS);
    expect(toChecked(r).reason).toMatch(/获取文件还剩 6 天 \/ .*6 days left to obtain the documents$/);
  });
});
