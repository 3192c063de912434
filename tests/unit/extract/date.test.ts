import { describe, expect, it } from 'vitest';
import { findDates, numeral, parseDate } from '../../../lib/extract/date';

describe('parseDate', () => {
  it.each([
    ['2021年3月5日', '2021-03-05'],
    ['2021年3月5日9时30分', '2021-03-05T09:30:00+08:00'],
    ['2021年3月5日上午9:30', '2021-03-05T09:30:00+08:00'],
    ['2021年3月5日下午2:30', '2021-03-05T14:30:00+08:00'],
    ['2021年3月5日晚上8点', '2021-03-05T20:00:00+08:00'],
    ['2021-03-05 09:30', '2021-03-05T09:30:00+08:00'],
    ['2018-08-09 09:00:00', '2018-08-09T09:00:00+08:00'],
    ['2021.3.5', '2021-03-05'],
    ['2021/3/5', '2021-03-05'],
    ['2026 年 03 月 16 日', '2026-03-16'],
    ['２０２６年０３月１６日', '2026-03-16'],
    ['二〇二一年三月五日', '2021-03-05'],
    ['二○二一年十二月三十一日', '2021-12-31'],
    ['2021年3月5日9点30分', '2021-03-05T09:30:00+08:00'],
    ['2021年3月5日九点半', '2021-03-05T09:30:00+08:00'],
    ['2021年3月5日9时', '2021-03-05T09:00:00+08:00'],
    ['2021年6月9日09时:30分', '2021-06-09T09:30:00+08:00'],
    ['2021年 4 月 26 日 16:00 时。', '2021-04-26T16:00:00+08:00'],
    ['2021年3月5日（星期五）下午三点半', '2021-03-05T15:30:00+08:00'],
    ['2026年03月26日 09点30分 （北京时间）', '2026-03-26T09:30:00+08:00'],
    ['2023年12月31日24:00', '2024-01-01T00:00:00+08:00'],
    // Crawler text: one token per line, even a year split in two.
    ['2026\n年\n03\n月\n16\n日', '2026-03-16'],
    ['202\n6\n年\n3\n月\n16\n日', '2026-03-16'],
    ['2026-03-16\n18:00', '2026-03-16T18:00:00+08:00'],
  ])('%j → %s', (text, iso) => {
    expect(parseDate(text)).toBe(iso);
  });

  it('takes the year from defaultYear when the text has none', () => {
    expect(parseDate('三月五日', { defaultYear: 2021 })).toBe('2021-03-05');
    expect(parseDate('3月5日上午9:30', { defaultYear: 2024 })).toBe('2024-03-05T09:30:00+08:00');
    expect(parseDate('三月五日')).toBeUndefined();
  });

  it.each([
    ['2021年2月30日'],
    ['2021年13月1日'],
    ['项目代码：2503-411481-04-01-225421'],
    ['编号 20260211001030101'],
    ['工期：90日历天'],
    ['2026年5月-11月'],
  ])('%j is not a date', (text) => {
    expect(parseDate(text, { defaultYear: 2026 })).toBeUndefined();
  });

  it('drops an impossible time but keeps the date', () => {
    expect(parseDate('2021年3月5日25:00')).toBe('2021-03-05');
  });
});

describe('findDates', () => {
  it('finds every date with its text and offset', () => {
    const text = '公示期：2026年03月16日至2026年03月18日，开标时间2026-03-11 09:30';
    const found = findDates(text);
    expect(found.map((d) => d.value)).toEqual(['2026-03-16', '2026-03-18', '2026-03-11T09:30:00+08:00']);
    for (const d of found) expect(text.slice(d.index, d.index + d.text.length)).toBe(d.text);
    expect(found.map((d) => d.hasTime)).toEqual([false, false, true]);
  });

  it('does not attach a time that belongs to another clause', () => {
    const found = findDates('2026年03月17日 至 2026年04月07日，每天上午00:00至12:00');
    expect(found.map((d) => d.value)).toEqual(['2026-03-17', '2026-04-07']);
  });

  it('does not let a neighbouring number join a split year', () => {
    expect(findDates('第1\n2026年3月16日').map((d) => d.value)).toEqual(['2026-03-16']);
  });
});

describe('numeral', () => {
  it.each([
    ['五', 5],
    ['十', 10],
    ['十五', 15],
    ['二十', 20],
    ['三十一', 31],
    ['廿三', 23],
    ['二〇二一', 2021],
    ['12', 12],
  ])('%s = %d', (s, n) => {
    expect(numeral(s)).toBe(n);
  });
});
