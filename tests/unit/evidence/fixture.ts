/** Hand-built reports and snapshots for the evidence tests (the analyzer is not needed here). */
import { createSnapshot, type EvidenceSnapshot } from '../../../lib/evidence/snapshot';
import type { Report } from '../../../lib/types';

/** A candidate-publicity report with one of each outcome, a deadline and a flag. */
export function sampleReport(over: Partial<Report> = {}): Report {
  return {
    url: 'https://ggzy.example.gov.cn/jyxx/zbgs/20240501/123456.html',
    capturedAt: '2024-05-01T02:30:00.000Z',
    noticeType: 'candidate_publicity',
    title: '某某道路改造工程中标候选人公示',
    projectCode: 'JSGC-2024-0001',
    publishedAt: '2024-04-30',
    items: [
      { key: 'candidates.names', outcome: 'present', evidence: { text: '第一中标候选人：某某建设有限公司', path: 'table#1 r2' } },
      { key: 'candidates.price', outcome: 'present', evidence: { text: '投标报价：5,000,000.00元' } },
      { key: 'objection.channel', outcome: 'missing', reason: '未找到异议渠道 <script>alert(1)</script>' },
      { key: 'candidates.performance', outcome: 'uncertain', reason: '详见附件', evidence: { text: '详见附件', href: 'https://ggzy.example.gov.cn/a.pdf' } },
      { key: 'candidates.ranking', outcome: 'not_applicable' },
    ],
    deadlines: [
      {
        key: 'deadline.candidates_period',
        outcome: 'violation',
        unit: 'calendar',
        required: 3,
        days: 2,
        from: '2024-04-30',
        to: '2024-05-01',
        evidence: ['公示期：2024年4月30日至2024年5月1日'],
        source: '令16 Art.54',
      },
    ],
    flags: [{ key: 'flag.local_preference', severity: 'advisory', text: '须在本市注册', reason: '可能排斥外地投标人', source: '令10' }],
    dates: [{ key: 'published', value: '2024-04-30', quote: '发布时间：2024-04-30' }],
    bodyFound: true,
    textHash: 'a'.repeat(64),
    engineVersion: '0.1.0-test',
    ...over,
  };
}

/** The page and text the sample report was made from. */
export const SAMPLE_HTML =
  '<!doctype html><html><head><meta charset="gb2312"><title>中标候选人公示</title></head><body><div class="content"><p>第一中标候选人：某某建设有限公司</p><p>投标报价：5,000,000.00元</p></div></body></html>';
export const SAMPLE_TEXT = '第一中标候选人：某某建设有限公司\n投标报价：5,000,000.00元';

/** A snapshot of the sample notice; a PNG signature stands in for a screenshot when asked. */
export function sampleSnapshot(over: { report?: Partial<Report>; screenshot?: boolean; url?: string } = {}): EvidenceSnapshot {
  const report = sampleReport({ ...over.report, ...(over.url ? { url: over.url } : {}) });
  return createSnapshot({
    url: report.url,
    capturedAt: report.capturedAt,
    extensionVersion: '0.1.0',
    html: SAMPLE_HTML,
    noticeText: SAMPLE_TEXT,
    report,
    ...(over.screenshot
      ? { screenshotPng: new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 1, 2, 3]) }
      : { screenshotNote: 'not captured: command-line capture has no browser' }),
  });
}
