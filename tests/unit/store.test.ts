import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { LensDB, SCHEMA, useDb } from '../../lib/store/db';
import { lotDesignation } from '../../lib/lot';
import {
  allReports,
  candidateNoticeFor,
  getSetting,
  latestForUrl,
  NOTICE_RETENTION,
  recent,
  saveReport,
  setSetting,
} from '../../lib/store/queries';
import type { Report } from '../../lib/types';

function report(over: Partial<Report> = {}): Report {
  return {
    url: 'http://www.ggzy.gov.cn/information/html/a/1.shtml',
    capturedAt: '2025-03-04T02:00:00.000Z',
    noticeType: 'construction.candidates',
    title: '某某道路工程中标候选人公示',
    projectCode: 'E1101000001',
    publishedAt: '2025-03-03',
    items: [
      { key: 'candidates.name', outcome: 'present', evidence: { text: '第一中标候选人：甲公司', path: 'table#1 r2' } },
      {
        key: 'candidates.bid_price',
        outcome: 'missing',
        perParty: [
          { party: '甲公司', outcome: 'missing' },
          { party: '乙公司', outcome: 'missing' },
        ],
      },
      { key: 'candidates.lead_certificate', outcome: 'uncertain', reason: '详见附件' },
      { key: 'candidates.quality', outcome: 'missing', notRequiredThen: true },
    ],
    deadlines: [
      {
        key: 'deadline.candidates_period',
        outcome: 'violation',
        unit: 'calendar',
        required: 3,
        days: 2,
        from: '2025-03-03',
        to: '2025-03-05',
        evidence: ['公示期：2025年3月3日至2025年3月5日'],
        source: '条例 Art.54',
      },
    ],
    flags: [],
    dates: [{ key: 'published', value: '2025-03-03', quote: '发布时间：2025-03-03' }],
    bodyFound: true,
    textHash: 'sha256:abc',
    engineVersion: '0.1.0',
    ...over,
  };
}

let n = 0;
let current: LensDB;
beforeEach(() => {
  current = new LensDB(`test-${++n}`);
  useDb(current);
});
afterEach(async () => {
  await current.delete();
});

describe('store', () => {
  it('round-trips a report unchanged', async () => {
    const r = report();
    const { stored } = await saveReport(r, 7);
    expect(stored).toBe(true);
    const back = await latestForUrl(r.url);
    expect(back?.report).toEqual(r);
    // counts ignore items not required at publication
    expect(back?.missing).toBe(1);
    expect(back?.uncertain).toBe(1);
    expect((await allReports()).map((s) => s.report)).toEqual([r]);
  });

  it('orders recent() newest first, whatever offset the time was written with', async () => {
    await saveReport(report({ url: 'http://a.ccgp.gov.cn/1', capturedAt: '2025-03-04T10:00:00+08:00' })); // 02:00Z
    await saveReport(report({ url: 'http://a.ccgp.gov.cn/2', capturedAt: '2025-03-04T03:00:00.000Z' }));
    await saveReport(report({ url: 'http://a.ccgp.gov.cn/3', capturedAt: '2025-03-04T09:30:00+08:00' })); // 01:30Z
    const rows = await recent(10);
    expect(rows.map((r) => r.url)).toEqual(['http://a.ccgp.gov.cn/2', 'http://a.ccgp.gov.cn/1', 'http://a.ccgp.gov.cn/3']);
    expect(rows[0]).toMatchObject({ host: 'a.ccgp.gov.cn', missing: 1, uncertain: 1, title: '某某道路工程中标候选人公示' });
    expect(await recent(1)).toHaveLength(1);
  });

  it('keeps one row when the same text is read again a moment later, a new row otherwise', async () => {
    const r = report();
    await saveReport(r);
    expect((await saveReport({ ...r, capturedAt: '2025-03-04T02:01:00.000Z' })).stored).toBe(false);
    expect((await saveReport({ ...r, capturedAt: '2025-03-04T02:02:00.000Z', textHash: 'sha256:def' })).stored).toBe(true);
    expect((await saveReport({ ...r, capturedAt: '2025-03-05T02:00:00.000Z' })).stored).toBe(true);
    expect(await recent(10)).toHaveLength(3);
    expect((await latestForUrl(r.url))?.report.capturedAt).toBe('2025-03-05T02:00:00.000Z');
  });

  it('finds the latest candidate notice of a project for the result cross-check', async () => {
    await saveReport(report({ url: 'http://www.ggzy.gov.cn/c/old', capturedAt: '2025-03-01T02:00:00.000Z' }));
    await saveReport(report({ url: 'http://www.ggzy.gov.cn/c/new', capturedAt: '2025-03-04T02:00:00.000Z' }));
    await saveReport(report({ url: 'http://www.ggzy.gov.cn/c/other', projectCode: 'E9999' }));
    expect((await candidateNoticeFor('E1101000001'))?.url).toBe('http://www.ggzy.gov.cn/c/new');
    expect(await candidateNoticeFor('E0000')).toBeUndefined();
  });

  it('cross-checks a result only against the candidate notice of its own 标段/包', async () => {
    const code = 'E1101000001';
    await saveReport(report({ url: 'http://www.ggzy.gov.cn/c/1', title: '某某道路工程第一标段中标候选人公示' }));
    await saveReport(report({ url: 'http://www.ggzy.gov.cn/c/2', title: '某某道路工程第二标段中标候选人公示' }));
    // A re-check of lot 1 a day later: still one notice.
    await saveReport(report({ url: 'http://www.ggzy.gov.cn/c/1', title: '某某道路工程第一标段中标候选人公示', capturedAt: '2025-03-05T02:00:00.000Z' }));
    expect((await candidateNoticeFor(code, '某某道路工程第二标段中标结果公告'))?.url).toBe('http://www.ggzy.gov.cn/c/2');
    expect((await candidateNoticeFor(code, '某某道路工程1标段中标结果公示'))?.url).toBe('http://www.ggzy.gov.cn/c/1');
    // Several lots share the code and the result names none, or one that is not stored: no cross-check.
    expect(await candidateNoticeFor(code, '某某道路工程中标结果公告')).toBeUndefined();
    expect(await candidateNoticeFor(code)).toBeUndefined();
    expect(await candidateNoticeFor(code, '某某道路工程第三标段中标结果公告')).toBeUndefined();
  });

  it('skips the cross-check when the only candidate notice is of another lot, or two of one lot differ', async () => {
    await saveReport(report({ url: 'http://www.ggzy.gov.cn/c/1', title: '某某工程第一标段中标候选人公示' }));
    expect(await candidateNoticeFor('E1101000001', '某某工程第二标段中标结果公告')).toBeUndefined();
    // One notice and a result that names no lot: as before, that notice.
    expect((await candidateNoticeFor('E1101000001', '某某工程中标结果公告'))?.url).toBe('http://www.ggzy.gov.cn/c/1');
    await saveReport(report({ url: 'http://www.ggzy.gov.cn/c/1b', title: '某某工程第一标段中标候选人公示（重新公示）' }));
    expect(await candidateNoticeFor('E1101000001', '某某工程第一标段中标结果公告')).toBeUndefined();
  });

  it('matches lots written by 标段(包)编号', async () => {
    const code = 'E3201000001';
    const lot1 = '某某工程（标段(包)编号：E3201000001001）中标候选人公示';
    const lot2 = '某某工程（标段(包)编号：E3201000001002）中标候选人公示';
    await saveReport(report({ url: 'http://www.ggzy.gov.cn/d/1', projectCode: code, title: lot1 }));
    await saveReport(report({ url: 'http://www.ggzy.gov.cn/d/2', projectCode: code, title: lot2 }));
    expect((await candidateNoticeFor(code, '某某工程（标段（包）编号：e3201000001002）中标结果公告'))?.url).toBe('http://www.ggzy.gov.cn/d/2');
  });

  it('reads the 标段/包 a title names', () => {
    expect(lotDesignation('某某道路工程第一标段中标候选人公示')).toBe('lot:1');
    expect(lotDesignation('某某道路工程1标段中标结果')).toBe('lot:1');
    expect(lotDesignation('某某道路工程一标段')).toBe('lot:1');
    expect(lotDesignation('某采购项目第01包成交公告')).toBe('lot:1');
    expect(lotDesignation('某采购项目包2成交公告')).toBe('lot:2');
    expect(lotDesignation('某某工程施工3标中标候选人公示')).toBe('lot:3');
    expect(lotDesignation('某某工程第十二标段')).toBe('lot:12');
    expect(lotDesignation('某采购项目A包')).toBe('lot:A');
    expect(lotDesignation('某某工程第一标段、第二标段')).toBe('lot:1,lot:2');
    expect(lotDesignation('某工程（标段(包)编号：e3201000001001）')).toBe('code:E3201000001001');
    // No lot: "第一中标候选人", a count of lots, a code ending in digits, no title.
    expect(lotDesignation('某某工程第一中标候选人公示')).toBeUndefined();
    expect(lotDesignation('某某工程共3个标段招标公告')).toBeUndefined();
    expect(lotDesignation('E1101000001001标段')).toBeUndefined();
    expect(lotDesignation(undefined)).toBeUndefined();
  });

  it('keeps the latest checks of each URL and in all; evidence, custody and cases are never pruned', async () => {
    expect(NOTICE_RETENTION).toEqual({ perUrl: 20, total: 5000 });
    await current.cases.add({ name: '案卷', notes: '', createdAt: '2025-01-01T00:00:00.000Z' });
    await current.custody.add({ seq: 1, kind: 'note', at: '2025-01-01T00:00:00.000Z', prevHash: '', entryHash: 'x' } as never);
    await current.evidence.add({ url: 'http://www.ggzy.gov.cn/a', capturedAt: '2025-01-01T00:00:00.000Z' } as never);
    const day = (d: number) => new Date(Date.UTC(2025, 0, 1 + d, 2)).toISOString();
    const a = 'http://www.ggzy.gov.cn/a';
    for (let d = 0; d < 23; d++) await saveReport(report({ url: a, capturedAt: day(d), textHash: `sha256:${d}` }));
    const ofA = await current.notices.where('url').equals(a).sortBy('capturedAt');
    expect(ofA).toHaveLength(20);
    expect(ofA[0]?.capturedAt).toBe(day(3));
    expect(ofA.at(-1)?.capturedAt).toBe(day(22));
    // A tighter overall limit: the oldest rows of any URL go first; the row just saved always stays.
    const limits = { perUrl: 20, total: 5 };
    await saveReport(report({ url: 'http://www.ggzy.gov.cn/b', capturedAt: day(-10) }), undefined, limits);
    expect(await current.notices.count()).toBe(5);
    expect((await current.notices.orderBy('capturedAt').toArray()).map((r) => r.capturedAt)).toEqual([day(-10), day(19), day(20), day(21), day(22)]);
    await saveReport(report({ url: 'http://www.ggzy.gov.cn/c', capturedAt: day(30) }), undefined, limits);
    expect((await current.notices.orderBy('capturedAt').toArray()).map((r) => r.url.slice(-1))).toEqual(['a', 'a', 'a', 'a', 'c']);
    expect([await current.cases.count(), await current.custody.count(), await current.evidence.count()]).toEqual([1, 1, 1]);
  });

  it('keeps settings', async () => {
    expect(await getSetting('lang', 'zh')).toBe('zh');
    await setSetting('lang', 'en');
    expect(await getSetting('lang', 'zh')).toBe('en');
  });

  it('declares versions in ascending order, v1 with the notices indexes', () => {
    const versions = SCHEMA.map((v) => v.version);
    expect(versions).toEqual([...versions].sort((a, b) => a - b));
    expect(SCHEMA[0]?.stores.notices).toContain('[url+capturedAt]');
    expect(current.tables.map((t) => t.name).sort()).toEqual(['cases', 'custody', 'evidence', 'noticeTexts', 'notices', 'settings', 'visits']);
  });
});
