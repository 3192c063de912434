import { describe, expect, it } from 'vitest';
import { findPeriods } from '../../../lib/extract/period';

const pick = (text: string, defaultYear?: number) =>
  findPeriods(text, defaultYear === undefined ? {} : { defaultYear }).map(({ text: _t, index: _i, endIndex: _e, ...p }) => p);

describe('findPeriods: ranges', () => {
  it.each([
    ['自2021年3月5日起至2021年3月8日止', { start: '2021-03-05', end: '2021-03-08' }],
    ['2021年3月5日至2021年3月8日', { start: '2021-03-05', end: '2021-03-08' }],
    ['2021年3月5日9:00至3月10日17:00', { start: '2021-03-05T09:00:00+08:00', end: '2021-03-10T17:00:00+08:00' }],
    ['2021年3月5日9:00至17:00', { start: '2021-03-05T09:00:00+08:00', end: '2021-03-05T17:00:00+08:00' }],
    ['公示期：2021年3月5日至8日', { start: '2021-03-05', end: '2021-03-08' }],
    ['公示时间：2021年4月29日至5月6日', { start: '2021-04-29', end: '2021-05-06' }],
    ['2020年12月28日至1月4日', { start: '2020-12-28', end: '2021-01-04' }],
    ['请从9月29日～2018年10月18日17时止', { start: '2018-09-29', end: '2018-10-18T17:00:00+08:00' }],
    ['8.1.时间：2018年 2月13日-2018年3月14日', { start: '2018-02-13', end: '2018-03-14' }],
    ['获取时间: 2025-04-02 18:00 -- 2025-04-10 23:59', { start: '2025-04-02T18:00:00+08:00', end: '2025-04-10T23:59:00+08:00' }],
    ['（公示期：\n2026\n年\n03\n月\n16\n日至\n2026\n年\n03\n月\n18\n日）', { start: '2026-03-16', end: '2026-03-18' }],
    ['时间：\n2026年03月17日\n至\n2026年03月24日\n，每天上午', { start: '2026-03-17', end: '2026-03-24' }],
    ['本次挂牌报价时间自2017年8月23日 9:00起', { start: '2017-08-23T09:00:00+08:00' }],
  ])('%j', (text, want) => {
    expect(pick(text)).toEqual([want]);
  });

  it('reads a range from publication', () => {
    expect(pick('自本公告发布之日起至2021年 3 月 29 日 8:50')).toEqual([
      { end: '2021-03-29T08:50:00+08:00', fromPublication: true },
    ]);
    expect(pick('请予本公告发布之日起至本项目投标截止时间前')).toEqual([{ fromPublication: true, untilDeadline: true }]);
  });
});

describe('findPeriods: durations', () => {
  it.each([
    ['公示期为3日', { durationDays: 3, unit: 'calendar' }],
    ['公示期：三个工作日', { durationDays: 3, unit: 'working' }],
    ['公示期不少于3天', { durationDays: 3, unit: 'calendar', atLeast: true }],
    ['公示期三天', { durationDays: 3, unit: 'calendar' }],
    ['公告期限：\n自本公告发布之日起5个工作日。', { durationDays: 5, unit: 'working', fromPublication: true }],
    ['公告期限为五个工作日', { durationDays: 5, unit: 'working' }],
  ])('%j', (text, want) => {
    expect(pick(text)).toEqual([want]);
  });

  it.each([['工期：90日历天'], ['投标有效期：90日'], ['合同签订后30日内付款'], ['2026年3月5日']])('%j is not a period', (text) => {
    expect(pick(text)).toEqual([]);
  });

  it('reads any length when asked to', () => {
    expect(findPeriods('90日历天', { anyDuration: true })[0]?.durationDays).toBe(90);
  });
});
