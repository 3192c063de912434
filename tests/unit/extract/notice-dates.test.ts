import { describe, expect, it } from 'vitest';
import { readDates, readDatesDetailed } from '../../../lib/extract/notice-dates';
import { textDoc } from '../deadlines/text-doc';

const read = (text: string) => Object.fromEntries(readDates(textDoc(text)).map((d) => [d.key, d.value]));

describe('readDates', () => {
  it.each([
    [
      'label and dates on one line',
      '八、公示期：2026年3月17日至2026年3月19日\n1、评标日期：2026年3月11日\n发布人：某招标代理有限公司\n日  期：2026年3月16日',
      { periodStart: '2026-03-17', periodEnd: '2026-03-19', evaluationDate: '2026-03-11', publishedAt: '2026-03-16' },
    ],
    [
      'one token per line (crawler text)',
      '中标候选人公示\n（公示期：\n2026\n年\n03\n月\n16\n日至\n2026\n年\n03\n月\n18\n日）\n招标人（盖章）\n:\n2026\n年\n3\n月\n16\n日',
      { periodStart: '2026-03-16', periodEnd: '2026-03-18', publishedAt: '2026-03-16' },
    ],
    [
      'label cell on one line, value on the next',
      '公示期\n2026年4月1日至2026年4月3日\n开标时间\n2026年03月30日',
      { periodStart: '2026-04-01', periodEnd: '2026-04-03', openingTime: '2026-03-30' },
    ],
    [
      'start and end as separate labels',
      '公示开始时间:\n2026-03-16 18:00\n公示结束时间:\n2026-03-19 18:00',
      { periodStart: '2026-03-16T18:00:00+08:00', periodEnd: '2026-03-19T18:00:00+08:00' },
    ],
    ['a period given only as a duration', '信息时间：2018-10-24\n公示期三天', { publishedAt: '2018-10-24', periodDays: '3' }],
    [
      'GP tender template',
      '三、获取招标文件\n时间：2026-03-16 至 2026-03-23\n四、提交投标文件截止时间、开标时间和地点\n2026-04-07 13:30（北京时间）\n五、公告期限\n自本公告发布之日起5个工作日。',
      {
        docAccessStart: '2026-03-16',
        docAccessEnd: '2026-03-23',
        bidDeadline: '2026-04-07T13:30:00+08:00',
        openingTime: '2026-04-07T13:30:00+08:00',
        noticePeriodWorkingDays: '5',
      },
    ],
    [
      'construction tender template',
      '【信息时间： 2026-03-31】\n四、招标文件获取\n凡有意参加的投标者，请于2026年04月01日至2026年04月20日下载招标文件。\n五、投标文件的递交\n1、投标文件递交的截止时间（投标截止时间，下同）为2026年04月21日上午10时30分',
      { publishedAt: '2026-03-31', docAccessStart: '2026-04-01', docAccessEnd: '2026-04-20', bidDeadline: '2026-04-21T10:30:00+08:00' },
    ],
    [
      'deadline written before its verb',
      '潜在投标人应在平台获取招标文件，并于2026年03月27日09时35分（北京时间）前递交响应文件。',
      { bidDeadline: '2026-03-27T09:35:00+08:00' },
    ],
    [
      'documents from publication until the bid deadline',
      '发布时间：2021-05-12\n凡有意参加投标者，请于本公告发布之日起至本项目投标截止时间前下载招标文件。\n投标文件递交的截止时间为2021年6月9日09时30分',
      { publishedAt: '2021-05-12', docAccessStart: '2021-05-12', docAccessEnd: '2021-06-09T09:30:00+08:00', bidDeadline: '2021-06-09T09:30:00+08:00' },
    ],
    [
      'contract notice',
      '五、合同签订日期：2025年9月26日\n六、合同公告日期：2025年10月9日',
      { contractSignDate: '2025-09-26', contractPublishDate: '2025-10-09' },
    ],
    [
      'evaluation written in prose',
      '我公司于\n202\n6\n年\n3\n月\n16\n日组织的\n某项目招标，经评审专家评审已确定中标候选人',
      { evaluationDate: '2026-03-16' },
    ],
    [
      'the tender notice date in a result notice is not this notice\'s date',
      '公告日期：2018年11月20日\n二、开标定标日期\n1、招标公告日期：2018年10月30日\n2、开标日期：2018年11月20日',
      { publishedAt: '2018-11-20', openingTime: '2018-11-20' },
    ],
    [
      'land listing',
      '挂牌开始时间： 2018年09月27日08时00分\n挂牌截止时间： 2018年10月12日15时00分',
      { listingStart: '2018-09-27T08:00:00+08:00', listingEnd: '2018-10-12T15:00:00+08:00' },
    ],
  ])('%s', (_name, text, want) => {
    expect(read(text)).toEqual(want);
  });

  it('keeps a quote for every date', () => {
    const dates = readDates(textDoc('（公示期：\n2026\n年\n03\n月\n16\n日至\n2026\n年\n03\n月\n18\n日）'));
    expect(dates.map((d) => d.key)).toEqual(['periodStart', 'periodEnd']);
    for (const d of dates) expect(d.quote).toBe('公示期： 2026 年 03 月 16 日至 2026 年 03 月 18 日');
  });

  it('prefers the page chrome date for publication', () => {
    const doc = textDoc('招标人（盖章）\n2026年3月16日');
    doc.chromeDate = '发布时间：2026-03-17 09:12';
    expect(readDates(doc).find((d) => d.key === 'publishedAt')?.value).toBe('2026-03-17T09:12:00+08:00');
  });

  it('reads tables when the lines miss a date', () => {
    const doc = textDoc('中标候选人公示');
    doc.tables.push({ path: 'table#1', rows: [['公示期', '2026年3月17日至2026年3月20日']] });
    expect(readDates(doc).filter((d) => d.key.startsWith('period')).map((d) => d.value)).toEqual(['2026-03-17', '2026-03-20']);
  });

  it('gives a yearless date the notice\'s year', () => {
    expect(read('发布时间：2021-04-29\n公示时间：4月29日至5月6日')).toEqual({
      publishedAt: '2021-04-29',
      periodStart: '2021-04-29',
      periodEnd: '2021-05-06',
    });
  });

  it('takes the end of an evaluation range', () => {
    expect(read('评标时间：2025年5月20日至2025年5月22日')).toEqual({ evaluationDate: '2025-05-22' });
  });
});

describe('readDatesDetailed: which dates were inferred loosely', () => {
  // A capture year for dates written without one ("~" marks a loose reading).
  const loose = (text: string) =>
    Object.fromEntries(readDatesDetailed(textDoc(text), { defaultYear: 2025 }).map((d) => [d.key, d.loose ? `${d.value} ~` : d.value]));

  it.each([
    ['labelled dates are not loose', '发布时间：2025-05-27\n评标日期：2025年5月20日', { publishedAt: '2025-05-27', evaluationDate: '2025-05-20' }],
    ['a tender held on a day is not the evaluation report', '本项目于2025年5月20日组织的公开招标，经评标委员会评审', { evaluationDate: '2025-05-20 ~' }],
    ['评标工作于…结束 states the end', '评标工作于2018年4月25日在某评标室结束', { evaluationDate: '2018-04-25' }],
    ['评标工作于…进行 does not', '评标工作于2025年6月13日上午11时30分（北京时间）在某评标室进行', { evaluationDate: '2025-06-13T11:30:00+08:00 ~' }],
    ['the end of the evaluation tied to the opening day', '本工程于2025年6月17日开标，评标委员会于当日完成评审。现将中标候选人公示如下：第一名：某公司', { evaluationDate: '2025-06-17' }],
    ['the end of the evaluation on its own day', '本工程于2025年6月17日开标，评标委员会于2025年6月18日完成评审。现将中标候选人公示如下：第一名：某公司', { evaluationDate: '2025-06-18' }],
    ['an evaluation ending the next day', '本工程于2025年6月17日开标，评标委员会于次日完成评审。现将中标候选人公示如下：第一名：某公司', { evaluationDate: '2025-06-17 ~' }],
    ['the unlabelled last date', '中标候选人：某公司\n某招标代理有限公司\n2026年3月14日', { publishedAt: '2026-03-14 ~' }],
    ['a seal date is labelled', '招标人（盖章）\n2026年3月14日', { publishedAt: '2026-03-14' }],
    ['a deadline labelled only 截止时间', '发布时间：2025-03-04\n截止时间：2025年3月20日9时30分', { publishedAt: '2025-03-04', bidDeadline: '2025-03-20T09:30:00+08:00 ~' }],
    ['a year the notice does not write', '公示期：3月10日至3月12日', { periodStart: '2025-03-10 ~', periodEnd: '2025-03-12 ~' }],
    ['a duration has no year to assume', '公示期为2日', { periodDays: '2' }],
  ])('%s', (_n, text, want) => {
    expect(loose(text)).toEqual(want);
  });

  it('prefers a labelled reading in a table to a loose one in the text', () => {
    const doc = textDoc('本项目于2025年5月20日组织的公开招标，经评标委员会评审');
    doc.tables.push({ path: 'table#1', rows: [['评标日期', '2025年5月21日']] });
    const ev = readDatesDetailed(doc).find((d) => d.key === 'evaluationDate');
    expect(ev?.value).toBe('2025-05-21');
    expect(ev?.loose).toBeUndefined();
  });

  it('gives a range from publication the looseness of the publication date', () => {
    const ds = readDatesDetailed(textDoc('公示期：自本公告发布之日起至2026年3月18日\n某公司\n2026年3月16日'));
    expect(ds.find((d) => d.key === 'periodStart')?.loose).toBeDefined();
    expect(ds.find((d) => d.key === 'periodEnd')?.loose).toBeUndefined();
  });
});

