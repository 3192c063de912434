import { describe, expect, it } from 'vitest';
import { coveredYears } from '../../../lib/deadlines/calendar';
import {
  addDays,
  addWorkingDays,
  calendarDaysBetween,
  effectiveEndDate,
  rollToWorkingDay,
  workingDaysBetween,
} from '../../../lib/deadlines/count';

const gap = Math.max(...coveredYears()) + 1;
const gapReason = `尚未发布${gap}年节假日安排 / calendar for ${gap} not published`;

describe('calendarDaysBetween (start day not counted)', () => {
  it.each([
    ['2026-03-16', '2026-03-18', 2],
    ['2026-03-16', '2026-03-19', 3],
    ['2026-03-16T18:00:00+08:00', '2026-03-19T18:00:00+08:00', 3],
    ['2024-02-28', '2024-03-01', 2],
    ['2025-12-30', '2026-01-02', 3],
    ['2026-03-18', '2026-03-16', -2],
  ])('%s → %s = %d', (a, b, n) => {
    expect(calendarDaysBetween(a, b)).toEqual({ days: n });
  });
});

describe('workingDaysBetween (start day not counted, 调休 counted)', () => {
  it.each([
    // 02-09 (Fri, 除夕 but a working day), 02-18 (Sunday 调休), 02-19.
    ['2024-02-08', '2024-02-19', 3],
    ['2024-02-03', '2024-02-05', 2],
    // 2025 Spring Festival: 01-26 (Sun), 01-27, 02-05, 02-06, 02-07, 02-08 (Sat).
    ['2025-01-24', '2025-02-08', 6],
    // National Day + Mid-Autumn 2025: 09-28 (Sun), 09-29, 09-30, 10-09, 10-10, 10-11 (Sat).
    ['2025-09-26', '2025-10-11', 6],
    ['2025-09-30', '2025-10-08', 0],
    ['2026-03-16', '2026-03-23', 5],
    ['2026-03-17', '2026-03-23', 4],
    ['2026-03-16', '2026-03-16', 0],
  ])('%s → %s = %d', (a, b, n) => {
    expect(workingDaysBetween(a, b)).toEqual({ days: n });
  });

  it('is uncertain when the period crosses into a year without an arrangement', () => {
    expect(workingDaysBetween(`${gap - 1}-12-20`, `${gap}-01-10`)).toEqual({ uncertain: gapReason, year: gap });
    expect(workingDaysBetween(`${gap}-03-01`, `${gap}-03-10`)).toEqual({ uncertain: gapReason, year: gap });
  });
});

describe('addDays', () => {
  it.each([
    ['2025-03-10', 3, '2025-03-13'],
    // A deadline on a Sunday moves to Monday.
    ['2025-03-13', 3, '2025-03-17'],
    // A deadline on a 调休 Saturday stays.
    ['2025-02-05', 3, '2025-02-08'],
    // Into the 2025 National Day block: moves to 10-09.
    ['2025-09-26', 5, '2025-10-09'],
    // Into Spring Festival 2024: 02-12 is a holiday, 02-18 (Sunday) a working day.
    ['2024-02-07', 5, '2024-02-18'],
  ])('%s + %d日 → %s', (start, n, want) => {
    expect(addDays(start, n)).toEqual({ date: want });
  });

  it('can skip the holiday rule', () => {
    expect(addDays('2025-03-13', 3, { roll: false })).toEqual({ date: '2025-03-16' });
    expect(addDays(`${gap}-03-13`, 3, { roll: false })).toEqual({ date: `${gap}-03-16` });
  });

  it('is uncertain when the deadline falls in a year without an arrangement', () => {
    expect(addDays(`${gap - 1}-12-30`, 5)).toEqual({ uncertain: gapReason, year: gap });
  });
});

describe('addWorkingDays', () => {
  it.each([
    ['2024-02-08', 1, '2024-02-09'],
    ['2024-02-09', 1, '2024-02-18'],
    ['2025-01-24', 2, '2025-01-27'],
    ['2025-09-30', 1, '2025-10-09'],
    ['2025-10-10', 1, '2025-10-11'],
    ['2026-03-16', 5, '2026-03-23'],
    ['2026-03-16', 0, '2026-03-16'],
  ])('%s + %d个工作日 → %s', (start, n, want) => {
    expect(addWorkingDays(start, n)).toEqual({ date: want });
  });

  it('is uncertain past the covered years', () => {
    expect(addWorkingDays(`${gap - 1}-12-28`, 5)).toEqual({ uncertain: gapReason, year: gap });
  });
});

describe('rollToWorkingDay and effectiveEndDate', () => {
  it('moves a rest day forward, keeps a working day', () => {
    expect(rollToWorkingDay('2025-03-16')).toEqual({ date: '2025-03-17' });
    expect(rollToWorkingDay('2025-10-01')).toEqual({ date: '2025-10-09' });
    expect(rollToWorkingDay('2025-10-11')).toEqual({ date: '2025-10-11' });
  });

  it('reads an end at 00:00 as the day before', () => {
    expect(effectiveEndDate('2026-03-21T00:00:00+08:00')).toBe('2026-03-20');
    expect(effectiveEndDate('2026-03-21T17:00:00+08:00')).toBe('2026-03-21');
    expect(effectiveEndDate('2026-03-21')).toBe('2026-03-21');
  });
});
