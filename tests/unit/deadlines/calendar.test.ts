import { afterEach, describe, expect, it } from 'vitest';
import {
  calendarCovers,
  coveredYears,
  holidayName,
  isHoliday,
  isWorkingDay,
  setCalendarOverrides,
  uncoveredReason,
} from '../../../lib/deadlines/calendar';

// The first year after the bundled data: derived, so the test keeps working when the package grows.
const gap = Math.max(...coveredYears()) + 1;

afterEach(() => setCalendarOverrides());

describe('coveredYears', () => {
  it('is read from the chinese-days data (2004 to 2026 in 1.5.7)', () => {
    const years = coveredYears();
    expect(years[0]).toBe(2004);
    expect(years).toContain(2024);
    expect(years).toContain(2025);
    expect(years).toContain(2026);
    // Contiguous: no year inside the span is missing.
    expect(years.length).toBe((years.at(-1) ?? 0) - (years[0] ?? 0) + 1);
    expect(calendarCovers(2003)).toBe(false);
    expect(calendarCovers(gap)).toBe(false);
  });
});

describe('isWorkingDay', () => {
  it.each([
    // Spring Festival 2024: 02-10..02-17 off; Sundays 02-04 and 02-18 are 调休 working days.
    ['2024-02-04', true],
    ['2024-02-09', true],
    ['2024-02-10', false],
    ['2024-02-12', false],
    ['2024-02-17', false],
    ['2024-02-18', true],
    ['2024-02-19', true],
    // Spring Festival 2025: 01-28..02-04 off; Sunday 01-26 and Saturday 02-08 work.
    ['2025-01-25', false],
    ['2025-01-26', true],
    ['2025-01-28', false],
    ['2025-02-04', false],
    ['2025-02-05', true],
    ['2025-02-08', true],
    // National Day with Mid-Autumn 2025: 10-01..10-08 off; Sunday 09-28 and Saturday 10-11 work.
    ['2025-09-27', false],
    ['2025-09-28', true],
    ['2025-10-01', false],
    ['2025-10-06', false],
    ['2025-10-08', false],
    ['2025-10-09', true],
    ['2025-10-11', true],
    ['2025-10-12', false],
    // Ordinary weekdays and weekends.
    ['2025-03-14', true],
    ['2025-03-15', false],
    ['2025-03-16', false],
  ])('%s → %s', (iso, want) => {
    expect(isWorkingDay(iso)).toBe(want);
    expect(isHoliday(iso)).toBe(!want);
  });

  it('accepts a date-time and reads its date', () => {
    expect(isWorkingDay('2025-02-08T09:00:00+08:00')).toBe(true);
  });

  it('never guesses for a year without an arrangement', () => {
    // chinese-days itself would answer Mon–Fri here.
    expect(isWorkingDay(`${gap}-02-08`)).toBeUndefined();
    expect(isHoliday(`${gap}-02-08`)).toBeUndefined();
    expect(isWorkingDay('not a date')).toBeUndefined();
    expect(isWorkingDay('2025-02-30')).toBeUndefined();
  });

  it('names the holiday', () => {
    expect(holidayName('2025-01-29')).toBe('春节');
    expect(holidayName('2025-10-01')).toBe('国庆节');
    expect(holidayName('2025-03-14')).toBeUndefined();
  });
});

describe('calendar overrides', () => {
  it('adds a year without touching the rules', () => {
    setCalendarOverrides({
      years: { [String(gap)]: { source: 'test', holidays: [`${gap}-01-01`], workdays: [`${gap}-01-03`] } },
    });
    expect(calendarCovers(gap)).toBe(true);
    expect(coveredYears()).toContain(gap);
    expect(isWorkingDay(`${gap}-01-01`)).toBe(false);
    expect(isWorkingDay(`${gap}-01-03`)).toBe(true);
    // Days the override does not list follow the week.
    const d = new Date(Date.UTC(gap, 0, 5));
    expect(isWorkingDay(`${gap}-01-05`)).toBe(d.getUTCDay() >= 1 && d.getUTCDay() <= 5);
  });

  it('corrects a covered year', () => {
    setCalendarOverrides({ years: { '2025': { workdays: ['2025-03-15'] } } });
    expect(isWorkingDay('2025-03-15')).toBe(true);
    expect(isWorkingDay('2025-10-01')).toBe(false);
  });

  it('restores the bundled file', () => {
    setCalendarOverrides({ years: { [String(gap)]: { holidays: [] } } });
    setCalendarOverrides();
    expect(calendarCovers(gap)).toBe(false);
  });

  it('says why in both languages', () => {
    expect(uncoveredReason(2027)).toBe('尚未发布2027年节假日安排 / calendar for 2027 not published');
  });
});
