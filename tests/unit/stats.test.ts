import { describe, expect, it } from 'vitest';
import { filterSummary, noticesCsvExport, noticesJsonExport } from '../../lib/export/dashboard-export';
import { reportsToJson } from '../../lib/export/json';
import { captureDay, filterNotices } from '../../lib/dashboard/notice-filter';
import { countOutcomes } from '../../lib/report-counts';
import { latestNotices, latestPerUrl, siteCompliance } from '../../lib/dashboard/stats';
import type { DeadlineResult, ItemResult, Report } from '../../lib/types';

const A = 'http://www.ggzy.gov.cn/information/html/a/1.shtml';
const B = 'http://www.ggzy.gov.cn/information/html/a/2.shtml';
const C = 'http://www.ccgp-hunan.gov.cn/notice/3.html';

function item(key: string, outcome: ItemResult['outcome'], over: Partial<ItemResult> = {}): ItemResult {
  return { key, outcome, ...over };
}

function deadline(outcome: DeadlineResult['outcome']): DeadlineResult {
  return { key: 'deadline.candidates_period', outcome, unit: 'calendar', required: 3, source: '条例 Art.54' };
}

/** A hand-built report: only the fields the dashboard reads are chosen per test. */
function report(url: string, capturedAt: string, over: Partial<Report> = {}): Report {
  return {
    url,
    capturedAt,
    noticeType: 'construction.candidates',
    title: '某某道路工程中标候选人公示',
    items: [],
    deadlines: [],
    flags: [],
    dates: [],
    bodyFound: true,
    textHash: `sha256:${url}:${capturedAt}`,
    engineVersion: '0.1.0',
    ...over,
  };
}

let nextId = 0;
const row = (r: Report) => ({ id: ++nextId, report: r, missing: 0, uncertain: 0 });

// Notice A, first check: bid price and duration missing, candidate period too short.
const a1 = report(A, '2025-06-10T10:00:00+08:00', {
  items: [
    item('candidates.name', 'present'),
    item('candidates.bid_price', 'missing'),
    item('candidates.duration', 'missing'),
  ],
  deadlines: [deadline('violation')],
});
// Notice A re-checked later (the page was fixed in part): only the bid price is missing now.
const a2 = report(A, '2025-06-11T09:00:00+08:00', {
  items: [
    item('candidates.name', 'present'),
    item('candidates.bid_price', 'missing', { perParty: [{ party: '甲', outcome: 'missing' }, { party: '乙', outcome: 'missing' }] }),
    item('candidates.duration', 'present'),
    // Published before 令10 was in force: shown apart, not a violation.
    item('candidates.quality', 'missing', { notRequiredThen: true }),
  ],
  deadlines: [deadline('ok')],
});
// Notice B (same site): bid price missing, lead certificate uncertain, one deadline violation.
const b = report(B, '2025-06-12T08:00:00Z', {
  title: '另一道路工程中标候选人公示',
  items: [
    item('candidates.name', 'present'),
    item('candidates.bid_price', 'missing'),
    item('candidates.lead_certificate', 'uncertain'),
    item('candidates.objection', 'not_applicable'),
  ],
  deadlines: [deadline('violation'), deadline('uncertain')],
});
// Notice C (another site): a procurement result with everything present.
const c = report(C, '2025-06-01T12:00:00+08:00', {
  noticeType: 'procurement.result',
  title: '某某采购项目中标结果公告',
  items: [item('gpr.winner', 'present'), item('gpr.project_code', 'present')],
});

describe('latest check per URL', () => {
  it('keeps one row per URL, the latest, newest first', () => {
    const rows = [row(a2), row(c), row(a1), row(b)];
    expect(latestPerUrl(rows).map((r) => r.report)).toEqual([b, a2, c]);
  });

  it('breaks a tie of capture times by the later row id', () => {
    const first = { id: 1, report: a1 };
    const second = { id: 2, report: { ...a1, textHash: 'sha256:other' } };
    expect(latestPerUrl([second, first])[0]).toBe(second);
  });

  it('counts the checks of each URL and finds evidence of the same text', () => {
    const notices = latestNotices([row(a1), row(a2), row(b)], [{ url: A, textHash: a2.textHash, capturedAt: '2025-06-11T01:05:00Z' }]);
    expect(notices.map((n) => [n.report.url, n.host, n.visits, n.savedAt])).toEqual([
      [B, 'www.ggzy.gov.cn', 1, undefined],
      [A, 'www.ggzy.gov.cn', 2, '2025-06-11T01:05:00Z'],
    ]);
  });
});

describe('countOutcomes', () => {
  it('puts items not yet required at publication apart from every outcome', () => {
    expect(countOutcomes(a2.items)).toEqual({ present: 2, missing: 1, uncertain: 0, notApplicable: 0, notRequiredThen: 1 });
    expect(countOutcomes(b.items)).toEqual({ present: 1, missing: 1, uncertain: 1, notApplicable: 1, notRequiredThen: 0 });
  });
});

describe('siteCompliance', () => {
  const sites = siteCompliance([row(a1), row(a2), row(b), row(c)]);
  const ggzy = sites[0];

  it('groups by host, most notices first, a re-checked notice counted once', () => {
    expect(sites.map((s) => [s.host, s.notices])).toEqual([
      ['www.ggzy.gov.cn', 2],
      ['www.ccgp-hunan.gov.cn', 1],
    ]);
    expect(ggzy?.byType).toEqual({ 'construction.candidates': 2 });
    expect(sites[1]?.byType).toEqual({ 'procurement.result': 1 });
  });

  it('counts required items of the latest checks only, with their shares', () => {
    // a2: 2 present, 1 missing (quality apart); b: 1 present, 1 missing, 1 uncertain (N/A not required).
    expect(ggzy).toMatchObject({ required: 6, present: 3, missing: 2, uncertain: 1, noticesWithMissing: 2 });
    expect(ggzy?.share.present).toBeCloseTo(0.5);
    expect(ggzy?.share.missing).toBeCloseTo(2 / 6);
    expect(ggzy?.share.uncertain).toBeCloseTo(1 / 6);
    expect(sites[1]).toMatchObject({ required: 2, present: 2, missing: 0, noticesWithMissing: 0 });
    expect(sites[1]?.share).toEqual({ present: 1, missing: 0, uncertain: 0 });
  });

  it('counts deadline violations of the latest checks (a1 is superseded by a2)', () => {
    expect(ggzy).toMatchObject({ deadlineViolations: 1, noticesWithDeadlineViolation: 1 });
    expect(sites[1]?.deadlineViolations).toBe(0);
  });

  it('lists the most frequently missing items with Chinese label, key and count', () => {
    expect(ggzy?.topMissing).toEqual([{ key: 'candidates.bid_price', labelZh: '投标报价', labelEn: 'Bid prices', count: 2 }]);
    // duration was missing only in the superseded check
    expect(ggzy?.topMissing.some((m) => m.key === 'candidates.duration')).toBe(false);
    expect(sites[1]?.topMissing).toEqual([]);
  });

  it('shows items not required at publication apart, never as missing', () => {
    expect(ggzy?.notRequiredThen).toEqual([{ key: 'candidates.quality', labelZh: '质量', labelEn: 'Quality', count: 1 }]);
    expect(ggzy?.topMissing.some((m) => m.key === 'candidates.quality')).toBe(false);
  });

  it('orders ties by key, keeps the top N and reads unknown keys bare', () => {
    const many = [
      report('http://x.ggzy.gov.cn/1', '2025-01-01T00:00:00Z', {
        items: [item('candidates.period', 'missing'), item('candidates.objection', 'missing'), item('x.unknown', 'missing')],
      }),
      report('http://x.ggzy.gov.cn/2', '2025-01-02T00:00:00Z', { items: [item('candidates.period', 'missing')] }),
    ].map(row);
    const [site] = siteCompliance(many, { topMissing: 2 });
    expect(site?.topMissing.map((m) => [m.key, m.count])).toEqual([
      ['candidates.period', 2],
      ['candidates.objection', 1],
    ]);
    expect(siteCompliance(many)[0]?.topMissing.at(-1)).toEqual({ key: 'x.unknown', labelZh: 'x.unknown', labelEn: 'x.unknown', count: 1 });
    expect(site?.lastCheckedAt).toBe('2025-01-02T00:00:00Z');
  });

  it('is empty for no rows and has zero shares without required items', () => {
    expect(siteCompliance([])).toEqual([]);
    const [site] = siteCompliance([row(report('http://y.gov.cn/1', '2025-01-01T00:00:00Z'))]);
    expect(site).toMatchObject({ host: 'y.gov.cn', required: 0, share: { present: 0, missing: 0, uncertain: 0 } });
  });
});

describe('notice filter', () => {
  const notices = latestNotices([row(a1), row(a2), row(b), row(c)]);
  const urls = (f: Parameters<typeof filterNotices>[1]) => filterNotices(notices, f).map((n) => n.report.url);

  it('filters by site, type and outcome', () => {
    expect(urls({})).toEqual([B, A, C]);
    expect(urls({ host: 'www.ccgp-hunan.gov.cn' })).toEqual([C]);
    expect(urls({ noticeType: 'construction.candidates' })).toEqual([B, A]);
    expect(urls({ outcome: 'missing' })).toEqual([B, A]);
    expect(urls({ outcome: 'complete' })).toEqual([C]);
    expect(urls({ outcome: 'all' })).toEqual([B, A, C]);
  });

  it('filters by capture day in China time, inclusive', () => {
    expect(captureDay('2025-06-11T16:30:00Z')).toBe('2025-06-12');
    expect(captureDay('not a date')).toBe('');
    expect(urls({ from: '2025-06-11', to: '2025-06-11' })).toEqual([A]);
    expect(urls({ from: '2025-06-12' })).toEqual([B]);
    expect(urls({ to: '2025-06-01' })).toEqual([C]);
  });

  it('searches titles case-insensitively, the URL standing in for a missing title', () => {
    expect(urls({ text: '采购' })).toEqual([C]);
    expect(urls({ text: '  道路工程 ' })).toEqual([B, A]);
    const untitled = latestNotices([row(report('http://z.ggzy.gov.cn/ABC.html', '2025-01-01T00:00:00Z', { title: undefined }))]);
    expect(filterNotices(untitled, { text: 'abc' })).toHaveLength(1);
  });
});

describe('dashboard exports', () => {
  const notices = latestNotices([row(a2), row(b)], [{ url: B, textHash: b.textHash, capturedAt: '2025-06-12T08:01:00Z' }]);
  const now = new Date('2025-06-20T02:30:00Z');

  it('writes the shown notices as CSV with the evidence time, and notes the filter', async () => {
    const file = await noticesCsvExport(notices, { outcome: 'missing', text: ' 道路 ', host: '' }, now);
    const text = new TextDecoder('utf-8', { ignoreBOM: true }).decode(file.bytes);
    expect(file.fileName).toBe('disclosure-lens-notices-20250620-1030.csv');
    expect(text.startsWith('\uFEFF')).toBe(true);
    expect(text.split('\r\n').filter(Boolean)).toHaveLength(3);
    expect(text).toContain('投标报价');
    expect(text).toContain('2025-06-12T16:01:00+08:00');
    expect(file.note).toBe('dashboard CSV, 2 notice(s), filter: outcome=missing, text=道路');
    expect(file.sha256).toMatch(/^[0-9a-f]{64}$/);
  });

  it('writes the reports as JSON, exactly as stored', async () => {
    const file = await noticesJsonExport(notices, { outcome: 'all' }, now);
    const doc = JSON.parse(new TextDecoder().decode(file.bytes));
    expect(doc).toMatchObject({ format: 'disclosure-lens/reports', version: 1, count: 2, exportedAt: now.toISOString() });
    expect(doc.exportedAtLocal).toBe('2025-06-20T10:30:00+08:00');
    expect(doc.filter).toEqual({});
    expect(doc.reports).toEqual([b, a2]);
    expect(file.note).toBe('dashboard JSON, 2 notice(s)');
    expect(JSON.parse(reportsToJson([]))).toMatchObject({ count: 0, reports: [] });
    expect(filterSummary({ outcome: 'all', from: '2025-01-01' })).toEqual({ from: '2025-01-01' });
  });
});
