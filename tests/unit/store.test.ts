import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { LensDB, SCHEMA, useDb } from '../../lib/store/db';
import { allReports, candidateNoticeFor, getSetting, latestForUrl, recent, saveReport, setSetting } from '../../lib/store/queries';
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
