import { describe, expect, it } from 'vitest';
import { coveredYears } from '../../../lib/deadlines/calendar';
import { checkMinimum } from '../../../lib/deadlines/minimum';
import { toChecked } from '../../../lib/deadlines/outcome';
import { DEADLINE_RULES, type DeadlineRule } from '../../../lib/deadlines/rules';
import type { Span } from '../../../lib/deadlines/span';
import { LOOSE, type ReadDate } from '../../../lib/extract/notice-dates';

const gap = Math.max(...coveredYears()) + 1;
const what = { zh: '公示期', en: 'publicity period' };
const date = (value: string, loose?: ReadDate['loose']): ReadDate => ({ key: 'x', value, quote: `q ${value}`, ...(loose ? { loose } : {}) });
const judge = (rule: DeadlineRule, span: Span, opts?: { roll?: boolean; exact?: boolean }) => toChecked(checkMinimum(rule, what, span, opts));
const range = (from: string, to: string, loose?: ReadDate['loose']): Span => ({ from: date(from), to: date(to, loose) });

describe('checkMinimum: a period of at least N days', () => {
  const rule = DEADLINE_RULES.candidates_period; // 3 calendar days

  it('passes a range of exactly N days (the start day not counted)', () => {
    const r = judge(rule, range('2025-03-10', '2025-03-13'));
    expect(r).toMatchObject({ outcome: 'ok', days: 3, from: '2025-03-10', to: '2025-03-13', evidence: ['q 2025-03-10', 'q 2025-03-13'] });
    expect(r.reason).toBe('公示期3日，不少于3日 / publicity period 3 days, at least 3');
  });

  it('accuses one day short, saying the start day is not counted', () => {
    const r = judge(rule, range('2025-03-10', '2025-03-12'));
    expect(r.outcome).toBe('violation');
    expect(r.days).toBe(2);
    expect(r.reason).toBe('公示期2日，少于3日；起始日不计入 / publicity period 2 days, less than 3; the start day is not counted');
  });

  it('closes an end at 00:00 on the day before', () => {
    expect(judge(rule, range('2025-03-10', '2025-03-13T00:00:00+08:00'))).toMatchObject({ outcome: 'violation', days: 2 });
  });

  it('does not accuse on a loosely read date', () => {
    const r = judge(rule, range('2025-03-10', '2025-03-12', LOOSE.sentence));
    expect(r.outcome).toBe('uncertain');
    expect(r.reason).toMatch(/日期取自叙述句，并非标注的日期，不作违规认定 \/ .*so this is not reported as a violation$/);
  });

  it('flags, without accusing, a period whose last day falls on a rest day', () => {
    // 2025-03-13 (Thu) + 3 = 03-16, a Sunday: with the rest-day rule the period runs to Monday 03-17.
    const r = judge(rule, range('2025-03-13', '2025-03-16'));
    expect(r.outcome).toBe('uncertain');
    expect(r.reason).toBe(
      '公示期3日，但第3日（2025-03-16）为休息日，按期间末日顺延规则应至2025-03-17 / publicity period 3 days, but day 3 (2025-03-16) is a rest day; with the rest-day rule it runs to 2025-03-17',
    );
    expect(judge(rule, range('2025-03-13', '2025-03-16'), { roll: false }).outcome).toBe('ok');
  });

  it('takes a stated duration', () => {
    expect(judge(rule, { days: 3, daysUnit: 'calendar' })).toMatchObject({ outcome: 'ok', days: 3 });
    expect(judge(rule, { days: 2, daysUnit: 'calendar' })).toMatchObject({ outcome: 'violation', days: 2 });
    // N working days are at least N calendar days.
    expect(judge(rule, { days: 3, daysUnit: 'working' }).reason).toBe('公示期3个工作日，不少于3日 / publicity period 3 working days, at least 3');
  });

  it('converts a calendar duration to working days from its start, or says it cannot', () => {
    const wr = DEADLINE_RULES.gp_notice_period; // 5 working days
    expect(judge(wr, { days: 5, daysUnit: 'calendar' }).reason).toMatch(/^公示期以日历日表示，未找到起算日期，无法换算 \//);
    // 2025-03-10 (Mon) + 5 calendar days = Sat 03-15: 4 working days.
    expect(judge(wr, { days: 5, daysUnit: 'calendar', from: date('2025-03-10') })).toMatchObject({ outcome: 'violation', days: 4 });
  });

  it('counts working days for a working-day rule and says when a fixed length is exceeded', () => {
    const wr = DEADLINE_RULES.gp_notice_period;
    expect(judge(wr, range('2025-03-10', '2025-03-17'))).toMatchObject({ outcome: 'ok', days: 5 });
    expect(judge(wr, range('2025-03-10', '2025-03-18'), { exact: true }).reason).toBe(
      '公示期6个工作日，长于规定的5个工作日 / publicity period 6 working days, longer than the required 5',
    );
    expect(judge(wr, range('2025-03-10', '2025-03-14'))).toMatchObject({ outcome: 'violation', days: 4 });
  });

  it('is uncertain, quoting what it has, when a date is missing', () => {
    const r = judge(rule, { from: date('2025-03-10') });
    expect(r).toMatchObject({ outcome: 'uncertain', evidence: ['q 2025-03-10'] });
    expect(r.reason).toBe('未找到公示期的截止日期 / publicity period: end date not found');
    expect(judge(rule, {}).reason).toBe('未找到公示期的起止日期 / publicity period: start and end dates not found');
  });

  it('is uncertain when the calendar of a year is not published', () => {
    const r = judge(DEADLINE_RULES.gp_notice_period, range(`${gap}-03-10`, `${gap}-03-20`));
    expect(r.outcome).toBe('uncertain');
    expect(r.reason).toBe(`尚未发布${gap}年节假日安排 / calendar for ${gap} not published`);
  });

  it('never accuses under a ◐ rule: an advisory uncertain instead', () => {
    const r = judge(DEADLINE_RULES.land_listing, range('2025-03-10', '2025-03-15'));
    expect(r).toMatchObject({ outcome: 'uncertain', severity: 'advisory', days: 5 });
    expect(r.reason).toMatch(/^提示（依据为二手文本，待核实）：公示期5日，少于10日 \/ advisory \(source not yet verified\): publicity period 5 days/);
  });
});
