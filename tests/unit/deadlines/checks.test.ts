import { describe, expect, it } from 'vitest';
import { coveredYears } from '../../../lib/deadlines/calendar';
import { type CheckedDeadline, checkDeadlines } from '../../../lib/deadlines/checks';
import { procurementMethod } from '../../../lib/deadlines/procurement-method';
import { textDoc } from './text-doc';

const gap = Math.max(...coveredYears()) + 1;

function check(type: string, text: string, capturedAt = '2025-01-01T12:00:00+08:00', title?: string) {
  return checkDeadlines(textDoc(text, title), type, capturedAt);
}
function one(type: string, key: string, text: string, capturedAt?: string, title?: string): CheckedDeadline {
  const r = check(type, text, capturedAt, title).deadlines.find((d) => d.key === `deadline.${key}`);
  if (!r) throw new Error(`no ${key}`);
  return r;
}

describe('construction.candidates: 公示期 ≥ 3日 (条例 Art.54)', () => {
  it.each([
    // 2025-03-10 is a Monday: 03-13 (Thu) is day 3.
    ['2-day period', '公示期：2025年3月10日至2025年3月12日', 'violation', 2],
    ['3-day period', '公示期：2025年3月10日至2025年3月13日', 'ok', 3],
    ['7-day period', '公示时间：2025年3月10日至3月17日', 'ok', 7],
    ['duration 3日', '发布时间：2025-03-10\n公示期为三日', 'ok', 3],
    ['duration 2日', '发布时间：2025-03-10\n公示期为2日', 'violation', 2],
    ['duration 3个工作日', '公示期：三个工作日', 'ok', 3],
  ])('%s → %s', (_n, text, outcome, days) => {
    const r = one('construction.candidates', 'candidates_period', text);
    expect(r.outcome).toBe(outcome);
    expect(r.days).toBe(days);
    expect(r.unit).toBe('calendar');
    expect(r.required).toBe(3);
    expect(r.source).toBe('条例 Art.54');
    expect(r.evidence?.length).toBeGreaterThan(0);
  });

  it('explains a violation in Chinese, then English', () => {
    const r = one('construction.candidates', 'candidates_period', '公示期：2025年3月10日至2025年3月12日');
    expect(r.reason).toMatch(/^公示期2日，少于3日.* \/ publicity period 2 days, less than 3/);
    expect(r.from).toBe('2025-03-10');
    expect(r.to).toBe('2025-03-12');
    expect(r.evidence).toEqual(['公示期：2025年3月10日至2025年3月12日']);
  });

  it('reads the corpus example: 03-16 to 03-18 is 2 days', () => {
    const text = '中标候选人公示\n（公示期：\n2026\n年\n03\n月\n16\n日至\n2026\n年\n03\n月\n18\n日）\n招标人（盖章）\n:\n2026\n年\n3\n月\n16\n日';
    const res = check('construction.candidates', text, '2026-03-16T18:00:00+08:00');
    const r = res.deadlines.find((d) => d.key === 'deadline.candidates_period');
    expect(r?.outcome).toBe('violation');
    expect(r?.days).toBe(2);
    expect(res.publishedAt).toBe('2026-03-16');
  });

  it('says how long is left to object, or that it ended', () => {
    const text = '公示期：2025年3月10日至2025年3月13日';
    const during = one('construction.candidates', 'candidates_period', text, '2025-03-11T10:00:00+08:00');
    expect(during.open).toBe(true);
    expect(during.daysLeft).toBe(2);
    expect(during.reason).toContain('异议截止还剩 2 天');
    expect(during.reason).toContain('2 days left to object');
    const lastDay = one('construction.candidates', 'candidates_period', text, '2025-03-13T20:00:00+08:00');
    expect(lastDay.open).toBe(true);
    expect(lastDay.daysLeft).toBe(0);
    const after = one('construction.candidates', 'candidates_period', text, '2025-03-14T08:00:00+08:00');
    expect(after.open).toBe(false);
    expect(after.reason).toContain('已结束');
    expect(after.reason).toContain('ended');
    const timed = one('construction.candidates', 'candidates_period', '公示开始时间: 2025-03-10 18:00\n公示结束时间: 2025-03-13 18:00', '2025-03-13T18:30:00+08:00');
    expect(timed.outcome).toBe('ok');
    expect(timed.open).toBe(false);
  });

  it('counts from publication when only the end is given', () => {
    const r = one('construction.candidates', 'candidates_period', '【信息时间： 2026-03-31】\n公示截止期：2026年04月02日');
    expect(r.outcome).toBe('violation');
    expect(r.days).toBe(2);
    expect(r.reason).toContain('起始日按发布日期计');
  });

  it('is uncertain, not a violation, when no period is found', () => {
    const r = one('construction.candidates', 'candidates_period', '中标候选人公示\n第一名：某公司');
    expect(r.outcome).toBe('uncertain');
    expect(r.reason).toBe('未找到公示期 / publicity period not found');
  });

  it('does not accuse when only the rest-day rule makes the period short', () => {
    // 2025-03-13 (Thu) + 3 = 03-16, a Sunday: the period would run to Monday 03-17.
    const r = one('construction.candidates', 'candidates_period', '公示期：2025年3月13日至2025年3月16日');
    expect(r.outcome).toBe('uncertain');
    expect(r.days).toBe(3);
    expect(r.reason).toContain('2025-03-17');
  });

  it('is uncertain with the calendar reason when the period runs into an unpublished year', () => {
    const r = one('construction.candidates', 'candidates_period', `公示期：${gap - 1}年12月30日至${gap}年1月2日`);
    expect(r.outcome).toBe('uncertain');
    expect(r.reason).toMatch(new RegExp(`^尚未发布${gap}年节假日安排.* / calendar for ${gap} not published`));
  });
});

describe('construction.candidates: published within 3日 of the evaluation', () => {
  it.each([
    ['same day', '评标日期：2026年3月11日\n发布时间：2026-03-11', 'ok'],
    ['3 days', '评标日期：2026年3月9日\n发布时间：2026-03-12', 'ok'],
    // 03-11 (Wed) + 3 = 03-14 (Sat): the time runs to Monday 03-16.
    ['day 3 on a Saturday', '评标日期：2026年3月11日\n发布时间：2026-03-16', 'ok'],
    ['5 days', '评标日期：2026年3月9日\n发布时间：2026-03-14', 'violation'],
    ['evaluation not shown', '发布时间：2026-03-14', 'not_applicable'],
  ])('%s → %s', (_n, text, outcome) => {
    expect(one('construction.candidates', 'candidates_published', text).outcome).toBe(outcome);
  });
});

describe('construction.tender: 发售期 ≥ 5日 (条例 Art.16), documents → deadline ≥ 20日 (招标投标法 Art.24)', () => {
  // 2025-03-05 is a Wednesday: day 5 is Monday 03-10, day 20 Tuesday 03-25.
  const notice = (accessEnd: string, deadline: string) =>
    `某工程施工招标公告\n发布时间：2025-03-04\n4.招标文件的获取\n4.1凡有意参加投标者，请于2025年3月5日至${accessEnd}下载招标文件。\n5.投标文件的递交\n5.1投标文件递交的截止时间（投标截止时间，下同）为${deadline}`;

  it.each([
    ['4-day document window', notice('2025年3月9日', '2025年3月31日9时30分'), 'document_access', 'violation', 4],
    ['5-day document window', notice('2025年3月10日', '2025年3月31日9时30分'), 'document_access', 'ok', 5],
    ['19-day bid window', notice('2025年3月10日', '2025年3月24日9时30分'), 'bid_window', 'violation', 19],
    ['20-day bid window', notice('2025年3月10日', '2025年3月25日9时30分'), 'bid_window', 'ok', 20],
  ])('%s → %s', (_n, text, key, outcome, days) => {
    const r = one('construction.tender', key, text);
    expect(r.outcome).toBe(outcome);
    expect(r.days).toBe(days);
  });

  it('names the rule and the dates', () => {
    const r = one('construction.tender', 'bid_window', notice('2025年3月10日', '2025年3月24日9时30分'));
    expect(r.source).toBe('招标投标法 Art.24');
    expect(r.from).toBe('2025-03-05');
    expect(r.to).toBe('2025-03-24T09:30:00+08:00');
    expect(r.reason).toMatch(/^招标文件发出至投标截止19日，少于20日/);
  });

  it('does not apply the 20-day rule to a small project', () => {
    const text = `${notice('2025年3月10日', '2025年3月12日9时30分')}\n本工程实行小额工程全流程电子交易。`;
    expect(one('construction.tender', 'bid_window', text).outcome).toBe('uncertain');
  });

  it('does not apply the bid window to a prequalification notice', () => {
    const text = '资格预审公告\n资格预审文件的获取\n时间：2025年3月5日至2025年3月10日\n提交资格预审申请文件截止时间：2025年3月17日9时30分';
    expect(one('construction.tender', 'bid_window', text, undefined, '某项目资格预审公告').outcome).toBe('not_applicable');
    expect(one('construction.tender', 'document_access', text, undefined, '某项目资格预审公告').outcome).toBe('ok');
  });

  it('is uncertain when the documents window is not stated', () => {
    const r = one('construction.tender', 'document_access', '招标公告\n投标截止时间：2025年3月31日9时30分');
    expect(r.outcome).toBe('uncertain');
  });
});

describe('procurement.tender (公开招标)', () => {
  const gp = (notice: string, access: string, deadline: string) =>
    `某采购项目公开招标公告\n三、获取招标文件\n时间：${access}\n四、提交投标文件截止时间、开标时间和地点\n${deadline}（北京时间）\n五、公告期限\n${notice}`;

  it.each([
    ['notice 5 working days', gp('自本公告发布之日起5个工作日。', '2026-03-16 至 2026-03-23', '2026-04-07 13:30'), 'gp_notice_period', 'ok', 5],
    ['notice 3 working days', gp('自本公告发布之日起3个工作日。', '2026-03-16 至 2026-03-23', '2026-04-07 13:30'), 'gp_notice_period', 'violation', 3],
    ['documents 5 working days', gp('5个工作日', '2026-03-16 至 2026-03-23', '2026-04-07 13:30'), 'gp_document_period', 'ok', 5],
    ['documents 4 working days', gp('5个工作日', '2026-03-17 至 2026-03-23', '2026-04-07 13:30'), 'gp_document_period', 'violation', 4],
    // Spring Festival 2025: 01-24 (Fri) to 02-05 counts 01-26, 01-27, 02-05 only.
    ['documents over Spring Festival', gp('5个工作日', '2025-01-24 至 2025-02-05', '2025-02-20 09:30'), 'gp_document_period', 'violation', 3],
    ['bid window 22 days', gp('5个工作日', '2026-03-16 至 2026-03-23', '2026-04-07 13:30'), 'gp_bid_window', 'ok', 22],
    ['bid window 19 days', gp('5个工作日', '2026-03-16 至 2026-03-23', '2026-04-04 09:30'), 'gp_bid_window', 'violation', 19],
  ])('%s → %s', (_n, text, key, outcome, days) => {
    const r = one('procurement.tender', key, text, '2026-03-16T18:00:00+08:00');
    expect(r.outcome).toBe(outcome);
    expect(r.days).toBe(days);
  });

  it('tells the reader how long documents can still be obtained', () => {
    const r = one('procurement.tender', 'gp_document_period', gp('5个工作日', '2026-03-16 至 2026-03-23', '2026-04-07 13:30'), '2026-03-20T10:00:00+08:00');
    expect(r.open).toBe(true);
    expect(r.daysLeft).toBe(3);
  });

  it('is uncertain in a year without a published calendar', () => {
    const r = one('procurement.tender', 'gp_document_period', gp('5个工作日', `${gap}-03-16 至 ${gap}-03-23`, `${gap}-04-20 09:30`));
    expect(r.outcome).toBe('uncertain');
    expect(r.reason).toMatch(new RegExp(`^尚未发布${gap}年节假日安排.* / calendar for ${gap} not published`));
  });

  it('does not apply 87号令 periods to competitive consultation', () => {
    const text = '竞争性磋商公告\n采购方式：竞争性磋商\n三、获取采购文件\n时间：2026年03月18日 至 2026年03月21日\n四、响应文件提交\n2026年03月26日 09点30分';
    const res = check('procurement.tender', text);
    expect(res.deadlines.map((d) => d.outcome)).toEqual(['not_applicable', 'not_applicable', 'not_applicable']);
  });

  it('does not apply 87号令 to a notice published before it was in force', () => {
    const text = `发布时间：2016-05-03\n${gp('3个工作日', '2016-05-03 至 2016-05-05', '2016-05-20 09:30')}`;
    const r = one('procurement.tender', 'gp_notice_period', text);
    expect(r.outcome).toBe('not_applicable');
    expect(r.reason).toContain('2017-10-01');
  });
});

describe('procurement method: 87号令 periods bind 招标 only', () => {
  // Review finding: "公开招标失败…转为竞争性磋商" was judged a 公开招标, giving three false violations.
  const failedTender =
    '一、项目基本情况\n本项目公开招标失败，经财政部门批准转为竞争性磋商方式采购。\n三、获取采购文件\n时间：2026-03-16 至 2026-03-18\n四、响应文件提交截止时间：2026-03-26 09:30（北京时间）\n五、公告期限\n自本公告发布之日起3个工作日。';

  it('reads a failed 公开招标 turned 竞争性磋商 as 磋商: no 87号令 violation', () => {
    const res = check('procurement.tender', failedTender, '2026-03-16T18:00:00+08:00');
    expect(res.deadlines.map((d) => [d.key, d.outcome])).toEqual([
      ['deadline.gp_notice_period', 'not_applicable'],
      ['deadline.gp_document_period', 'not_applicable'],
      ['deadline.gp_bid_window', 'not_applicable'],
    ]);
    expect(res.deadlines[0]?.reason).toContain('竞争性磋商公告');
  });

  it.each([
    ['采购方式：公开招标', undefined, 'tender'],
    ['采购方式：竞争性磋商', undefined, 'consultation'],
    ['采购方式\n竞争性谈判', undefined, 'negotiation'],
    ['采购方式：竞争性磋商（公开招标失败后转入）', undefined, 'consultation'],
    ['原采购方式：公开招标\n采购方式：竞争性磋商', undefined, 'consultation'],
    ['经批准，本项目采购方式由公开招标变更为竞争性谈判。', undefined, 'negotiation'],
    ['本项目公开招标失败，现转为竞争性磋商方式采购。请于规定时间获取招标文件。', undefined, 'consultation'],
    ['本项目经两次公开招标均失败，现进行竞争性磋商。', undefined, 'consultation'],
    ['本项目采用公开招标方式。', undefined, 'tender'],
    ['请于规定时间获取招标文件，投标文件递交截止时间见下。', undefined, 'tender'],
    ['', '某项目公开招标失败后转竞争性磋商公告', 'consultation'],
    ['', '某项目竞争性磋商公告', 'consultation'],
    ['', '某项目公开招标公告', 'tender'],
    // The title wins over a mention in the body; the field wins over the title.
    ['本项目曾采用竞争性谈判。', '某项目公开招标公告', 'tender'],
    ['采购方式：竞争性磋商', '某项目公开招标公告', 'consultation'],
    ['请于规定时间获取采购文件并提交响应文件。', undefined, 'unknown'],
    ['本项目可采用公开招标或竞争性磋商。', undefined, 'unknown'],
  ])('%s (title %s) → %s', (text, title, want) => {
    expect(procurementMethod(textDoc(text, title))).toBe(want);
  });

  it('gives uncertain, never a violation, when the method cannot be told', () => {
    const text =
      '三、获取采购文件\n时间：2026-03-16 至 2026-03-18\n四、响应文件提交截止时间：2026-03-26 09:30\n五、公告期限\n自本公告发布之日起3个工作日。';
    const res = check('procurement.tender', text, '2026-03-16T18:00:00+08:00');
    expect(res.deadlines.map((d) => d.outcome)).toEqual(['uncertain', 'uncertain', 'uncertain']);
    for (const r of res.deadlines) expect(r.reason).toContain('未能确定采购方式');
    // The shortfall is still said: the days were counted.
    expect(res.deadlines[1]?.days).toBe(2);
  });

  it('still reports a compliant period of an unknown method as ok', () => {
    const text = '三、获取采购文件\n时间：2026-03-16 至 2026-03-23\n四、响应文件提交截止时间：2026-04-07 09:30\n五、公告期限\n自本公告发布之日起5个工作日。';
    expect(check('procurement.tender', text, '2026-03-16T18:00:00+08:00').deadlines.map((d) => d.outcome)).toEqual(['ok', 'ok', 'ok']);
  });
});

describe('candidates_published counts from the evaluation report (条例 Art.54)', () => {
  // Review finding: the day a tender was held was taken as the day the evaluation report was received.
  it('does not accuse on the date a tender was held', () => {
    const text = '本项目于2025年5月20日组织的公开招标，经评标委员会评审，确定中标候选人如下：\n第一名：某公司\n发布时间：2025-05-27';
    const r = one('construction.candidates', 'candidates_published', text);
    expect(r.outcome).toBe('uncertain');
    expect(r.reason).toMatch(/^公告未载明收到评标报告的日期.* \/ the notice does not state when the evaluation report was received/);
    expect(r.evidence?.some((q) => q.includes('2025年5月20日'))).toBe(true);
  });

  it('is uncertain on a sentence date even when it would be in time', () => {
    const text = '我公司于2025年5月26日组织的某项目招标，经评审专家评审已确定中标候选人\n发布时间：2025-05-27';
    expect(one('construction.candidates', 'candidates_published', text).outcome).toBe('uncertain');
  });

  it.each([
    ['评标报告提交日期：2025年5月20日', 'violation'],
    ['收到评标报告日期：2025年5月20日', 'violation'],
    ['评标结束时间：2025年5月20日17时00分', 'violation'],
    ['评标日期：2025年5月20日', 'violation'],
    ['评标时间：2025年5月20日', 'violation'],
    ['评标工作于2025年5月20日在某交易中心结束。', 'violation'],
    // A sentence that states the end of the evaluation, as 评标结束时间 does.
    ['本工程于2025年5月20日开标，评标委员会于当日完成评审并提交评标报告。', 'violation'],
    ['本工程于2025年5月20日开标，评标委员会于次日完成评审。', 'uncertain'],
    // When the evaluation took place, not when it ended.
    ['评标工作于2025年5月20日在某交易中心进行，评标过程如下。', 'uncertain'],
    // A labelled date without a colon, in running text.
    ['评标时间较长，评标日期按2025年5月20日计', 'uncertain'],
  ])('%s, published 05-27 → %s', (line, outcome) => {
    const r = one('construction.candidates', 'candidates_published', `${line}\n发布时间：2025-05-27`);
    expect(r.outcome).toBe(outcome);
  });

  it('counts from the end of an evaluation that ran over several days', () => {
    const r = one('construction.candidates', 'candidates_published', '评标时间：2025年5月20日至2025年5月22日\n发布时间：2025-05-25');
    expect(r.outcome).toBe('ok');
    expect(r.from).toBe('2025-05-22');
    expect(r.days).toBe(3);
  });

  it('does not accuse when the publication date is the start of the publicity period', () => {
    // 03-09 + 3 = 03-12 (Thu); the publicity starts 03-14: without a publication date this is no proof.
    const r = one('construction.candidates', 'candidates_published', '评标日期：2026年3月9日\n公示期：2026年3月14日至2026年3月17日');
    expect(r.outcome).toBe('uncertain');
    expect(r.days).toBe(5);
    expect(r.reason).toContain('以公示开始日期代替');
  });

  it('does not accuse when the publication date is the unlabelled last date', () => {
    const r = one('construction.candidates', 'candidates_published', '评标日期：2026年3月9日\n第一名：某公司\n某招标代理有限公司\n2026年3月14日');
    expect(r.outcome).toBe('uncertain');
    expect(r.reason).toContain('正文末尾未标注的日期');
  });
});

describe('no violation on a loosely read date', () => {
  it('bid window from an unlabelled last date', () => {
    const text = '某工程施工招标公告\n投标文件递交的截止时间为2025年3月20日9时30分\n某招标代理有限公司\n2025年3月10日';
    const r = one('construction.tender', 'bid_window', text);
    expect(r.outcome).toBe('uncertain');
    const labelled = one('construction.tender', 'bid_window', `发布时间：2025-03-10\n${text}`);
    expect(labelled.outcome).toBe('violation');
    expect(labelled.days).toBe(10);
  });

  it('bid window to a deadline labelled only 截止时间', () => {
    const text = '某工程施工招标公告\n发布时间：2025-03-04\n请于2025年3月5日至2025年3月10日下载招标文件。\n截止时间：2025年3月20日9时30分';
    const r = one('construction.tender', 'bid_window', text);
    expect(r.outcome).toBe('uncertain');
    expect(r.days).toBe(15);
    expect(r.reason).toContain('未标明为投标（响应）文件的截止时间');
  });

  it('contract published: signing to an unlabelled last date', () => {
    const r = one('procurement.contract', 'gp_contract_publish', '合同签订日期：2025年9月26日\n某采购人\n2025年10月9日');
    expect(r.outcome).toBe('uncertain');
    expect(r.days).toBe(4);
  });

  it('a period whose year the notice does not write', () => {
    const r = one('construction.candidates', 'candidates_period', '公示期：3月10日至3月12日');
    expect(r.outcome).toBe('uncertain');
    expect(r.days).toBe(2);
    expect(r.reason).toContain('年份系推定');
    // With a year anywhere in the notice, it is read.
    expect(one('construction.candidates', 'candidates_period', '发布时间：2025-03-10\n公示期：3月10日至3月12日').outcome).toBe('violation');
  });

  it('a rule whose being in force cannot be told without the publication date', () => {
    // 条例 in force from 2012-02-01: a notice dated only by its March 2012 period may predate it.
    const r = one('construction.candidates', 'candidates_period', '公示期：2012年3月1日至2012年3月2日');
    expect(r.outcome).toBe('uncertain');
    expect(r.reason).toContain('无法确认发布时条例 Art.54（2012-02-01起施行）已施行');
    expect(one('construction.candidates', 'candidates_period', '发布时间：2012-03-01\n公示期：2012年3月1日至2012年3月2日').outcome).toBe('violation');
    // Dated years after the rule, the notice was published after it too.
    expect(one('construction.candidates', 'candidates_period', '公示期：2025年3月10日至2025年3月12日').outcome).toBe('violation');
  });

  it('keeps labelled violations: the 2-, 4- and 19-day fixtures', () => {
    expect(one('construction.candidates', 'candidates_period', '公示期：2025年3月10日至2025年3月12日').outcome).toBe('violation');
    const tender = (accessEnd: string, deadline: string) =>
      `某工程施工招标公告\n发布时间：2025-03-04\n4.1凡有意参加投标者，请于2025年3月5日至${accessEnd}下载招标文件。\n5.1投标文件递交的截止时间（投标截止时间，下同）为${deadline}`;
    expect(one('construction.tender', 'document_access', tender('2025年3月9日', '2025年3月31日9时30分')).outcome).toBe('violation');
    expect(one('construction.tender', 'bid_window', tender('2025年3月10日', '2025年3月24日9时30分')).outcome).toBe('violation');
  });
});

describe('procurement.result and procurement.contract', () => {
  it.each([
    ['公告期限：自本公告发布之日起1个工作日。', 'ok'],
    ['公告期限为1个工作日', 'ok'],
    ['中标供应商：某公司', 'uncertain'],
  ])('%s → %s', (text, outcome) => {
    expect(one('procurement.result', 'gp_result_period', text).outcome).toBe(outcome);
  });

  it.each([
    // Signed Friday 09-26; 09-28 (Sunday) and 09-29 are the two working days after.
    ['合同签订日期：2025年9月26日\n合同公告日期：2025年9月29日', 'ok', 2],
    ['合同签订日期：2025年9月26日\n合同公告日期：2025年10月9日', 'violation', 4],
    ['合同签订日期：2025年9月30日\n合同公告日期：2025年10月9日', 'ok', 1],
    ['合同公告日期：2025年10月9日', 'uncertain', undefined],
  ])('%s → %s', (text, outcome, days) => {
    const r = one('procurement.contract', 'gp_contract_publish', text);
    expect(r.outcome).toBe(outcome);
    expect(r.days).toBe(days);
    expect(r.unit).toBe('working');
  });
});

describe('◐ rules never accuse', () => {
  it('land listing shorter than 10日 is advisory', () => {
    const r = one('land.transfer', 'land_listing', '挂牌开始时间：2025年3月3日9时00分\n挂牌截止时间：2025年3月12日15时00分');
    expect(r.outcome).toBe('uncertain');
    expect(r.severity).toBe('advisory');
    expect(r.days).toBe(9);
  });

  it('land notice 20日 before the listing', () => {
    const ok = one('land.transfer', 'land_notice', '发布时间：2025-02-10\n挂牌开始时间：2025年3月3日9时00分');
    expect(ok.outcome).toBe('ok');
    expect(ok.days).toBe(21);
    const short = one('land.transfer', 'land_notice', '发布时间：2025-02-20\n挂牌开始时间：2025年3月3日9时00分');
    expect(short.outcome).toBe('uncertain');
    expect(short.severity).toBe('advisory');
  });

  it('property disclosure applies to equity transfers only', () => {
    const lease = one('property.disclosure', 'property_disclosure', '资产招租公告\n发布时间：2025-03-03\n公告期：自本公告发布之日起至2025年3月10日');
    expect(lease.outcome).toBe('not_applicable');
    const transfer = one(
      'property.disclosure',
      'property_disclosure',
      '某公司股权转让信息披露公告\n发布时间：2025-03-03\n信息披露期：自本公告发布之日起至2025年3月17日',
    );
    expect(transfer.outcome).toBe('uncertain');
    expect(transfer.severity).toBe('advisory');
    expect(transfer.days).toBe(10);
  });
});

it('returns the dates it read and nothing to check for other types', () => {
  const res = check('construction.result', '发布时间：2026-03-16\n公示时间：2026年3月12日至2026年3月14日');
  expect(res.deadlines).toEqual([]);
  expect(res.publishedAt).toBe('2026-03-16');
  expect(res.dates.map((d) => d.key)).toEqual(['publishedAt', 'periodStart', 'periodEnd']);
});

it('stays linear on a long notice (20 000 dated lines)', () => {
  const text = Array.from({ length: 20_000 }, (_, i) => `第${i}项 公示期：2026年3月16日至2026年3月18日，公示期3日，评标日期：2026年3月11日`).join('\n');
  const t = Date.now();
  const res = checkDeadlines(textDoc(text), 'construction.candidates', '2026-03-16T18:00:00+08:00');
  expect(Date.now() - t).toBeLessThan(10_000);
  expect(res.deadlines.map((d) => d.outcome)).toEqual(['violation', 'ok']);
});
