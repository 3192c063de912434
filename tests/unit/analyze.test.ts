import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { analyze } from '../../lib/analyze';
import type { Outcome, Report } from '../../lib/types';

const FIXTURES = resolve(__dirname, '../fixtures');

function run(file: string, capturedAt = '2025-06-03T18:00:00+08:00'): Report {
  const html = readFileSync(resolve(FIXTURES, file), 'utf8');
  return analyze({ html, url: `https://ggzy.example.com/${file}`, capturedAt });
}

function outcomes(report: Report): Record<string, Outcome> {
  return Object.fromEntries(report.items.map((i) => [i.key, i.outcome]));
}

const CANDIDATE_KEYS = [
  'candidates.ranking', 'candidates.name', 'candidates.bid_price', 'candidates.quality', 'candidates.duration',
  'candidates.evaluation', 'candidates.project_lead', 'candidates.lead_certificate', 'candidates.lead_performance',
  'candidates.qualification', 'candidates.objection', 'candidates.period',
];

function allPresentExcept(missing: Record<string, Outcome> = {}): Record<string, Outcome> {
  return Object.fromEntries(CANDIDATE_KEYS.map((k) => [k, missing[k] ?? 'present']));
}

describe('analyze: construction candidate notices', () => {
  it('finds every item of a complete candidate list, each with a quote and where it is', () => {
    const report = run('candidates-complete.html');
    expect(report.noticeType).toBe('construction.candidates');
    expect(report.bodyFound).toBe(true);
    expect(outcomes(report)).toEqual(allPresentExcept());
    for (const item of report.items) {
      expect(item.evidence?.text, item.key).toBeTruthy();
      expect(item.evidence?.path, item.key).toBeTruthy();
    }
    const price = report.items.find((i) => i.key === 'candidates.bid_price');
    expect(price?.evidence?.text).toContain('12,345,678.90');
  });

  it('reports bid prices missing, naming every candidate, when the notice gives none', () => {
    const report = run('candidates-no-price.html', '2025-06-10T18:00:00+08:00');
    expect(outcomes(report)).toEqual(allPresentExcept({ 'candidates.bid_price': 'missing' }));
    const price = report.items.find((i) => i.key === 'candidates.bid_price');
    expect(price?.reason).toMatch(/未见|not found/);
  });

  it('reports the objection channel missing when the notice gives no way to object', () => {
    const report = run('candidates-no-objection.html', '2025-07-08T18:00:00+08:00');
    expect(outcomes(report)).toEqual(allPresentExcept({ 'candidates.objection': 'missing' }));
  });

  it('judges bid prices per candidate in a transposed table', () => {
    const report = run('candidates-transposed.html', '2025-06-20T18:00:00+08:00');
    expect(outcomes(report)).toEqual(allPresentExcept());
    const price = report.items.find((i) => i.key === 'candidates.bid_price');
    const lacking = price?.perParty?.filter((p) => p.outcome === 'missing').map((p) => p.party);
    expect(lacking).toHaveLength(1);
    expect(lacking?.[0]).toContain('样本绿化工程有限公司');
  });

  it('reads candidates given in free text', () => {
    const report = run('candidates-free-text.html');
    expect(outcomes(report)).toEqual(allPresentExcept());
  });

  it('never accuses when the content is in an attachment: every item uncertain with the link', () => {
    const report = run('candidates-attachment.html', '2025-06-12T18:00:00+08:00');
    expect(report.noticeType).toBe('construction.candidates');
    expect(new Set(report.items.map((i) => i.outcome))).toEqual(new Set(['uncertain']));
    expect(report.items[0]?.evidence?.href).toBe('/files/hxr.pdf');
  });
});

describe('analyze: construction tender and result notices', () => {
  it('finds every item of a complete tender notice', () => {
    const report = run('tender-complete.html', '2025-08-04T18:00:00+08:00');
    expect(report.noticeType).toBe('construction.tender');
    expect(new Set(Object.values(outcomes(report)))).toEqual(new Set(['present']));
    expect(report.flags).toEqual([]);
  });

  it('reports funding, joint bids and the objection contact missing when absent', () => {
    const o = outcomes(run('tender-missing-items.html', '2025-08-12T18:00:00+08:00'));
    expect(o['tender.funding']).toBe('missing');
    expect(o['tender.joint_bid']).toBe('missing');
    expect(o['tender.objection_contact']).toBe('missing');
    expect(o['tender.conditions']).toBe('present');
    expect(o['tender.document_access']).toBe('present');
  });

  it('flags discriminatory clauses as advisory, quoting each clause', () => {
    const report = run('tender-discriminatory.html', '2025-09-01T18:00:00+08:00');
    const keys = report.flags.map((f) => f.key).sort();
    expect(keys).toEqual(['flag.local_presence', 'flag.local_record', 'flag.registration_first', 'flag.size_threshold']);
    for (const f of report.flags) {
      expect(f.severity).toBe('advisory');
      expect(f.text.length).toBeGreaterThan(4);
    }
    expect(run('tender-windows-ok.html', '2025-09-01T18:00:00+08:00').flags).toEqual([]);
  });

  it('reports the winning price missing on a result notice without one', () => {
    expect(outcomes(run('result-complete.html', '2025-06-09T18:00:00+08:00'))).toEqual({
      'result.winner': 'present',
      'result.price': 'present',
      'result.project_lead': 'present',
    });
    expect(outcomes(run('result-no-price.html', '2025-06-16T18:00:00+08:00'))['result.price']).toBe('missing');
  });
});

describe('analyze: pages that are not notices we check', () => {
  it.each(['news-page.html', 'list-page.html', 'kaibiao-jilu.html', 'bad/frameset.html'])('%s is none, with no items', (file) => {
    const report = run(file);
    expect(report.noticeType).toBe('none');
    expect(report.items).toEqual([]);
  });

  it('classifies procurement notices as procurement, not construction', () => {
    expect(run('procurement-tender.html').noticeType).toBe('procurement.tender');
    expect(run('procurement-result.html').noticeType).toBe('procurement.result');
  });
});
