import { describe, expect, it } from 'vitest';
import { catalogLabels, escapeHtml, renderCaseIndexHtml, renderReportHtml } from '../../../lib/export/report-html';
import { RULES } from '../../../lib/rules/catalog';
import { sampleReport } from './fixture';

describe('report.html', () => {
  it('escapes everything the page supplied', () => {
    expect(escapeHtml(`<a href="x">'&'</a>`)).toBe('&lt;a href=&quot;x&quot;&gt;&#39;&amp;&#39;&lt;/a&gt;');
    const html = renderReportHtml(sampleReport({ title: '<img src=x onerror=alert(1)>', url: 'javascript:alert(1)' }));
    expect(html).not.toContain('<img src=x');
    expect(html).not.toContain('href="javascript:');
  });

  it('labels items from the rule catalogue, Chinese then English', () => {
    const rule = RULES[0];
    if (!rule) return;
    expect(catalogLabels(rule.key)).toEqual({ zh: rule.labelZh, en: rule.labelEn });
    const html = renderReportHtml(sampleReport({ items: [{ key: rule.key, outcome: 'missing' }] }));
    expect(html).toContain(`${escapeHtml(rule.labelZh)} <span class="en">${escapeHtml(rule.labelEn)}</span>`);
    // Unknown keys print bare.
    expect(renderReportHtml(sampleReport())).toContain('<code>objection.channel</code>');
  });

  it('shows every outcome symbol, the screenshot or why not, and file digests', () => {
    const html = renderReportHtml(sampleReport(), {
      screenshotNote: 'not captured: command-line capture has no browser',
      files: [{ path: 'page.html', sha256: 'b'.repeat(64), size: 10 }],
    });
    for (const s of ['✓</span> 已公示', '✗</span> 未公示', '?</span> 无法确定', '—</span> 不适用', '✗</span> 违反']) expect(html).toContain(s);
    expect(html).toContain('not captured: command-line capture has no browser');
    expect(html).toContain('b'.repeat(64));
    expect(html).toContain('@media print');
  });

  it('never counts an item not yet required at publication as 未公示', () => {
    const base = sampleReport();
    const report = sampleReport({ items: [...base.items, { key: 'candidates.quality', outcome: 'missing', notRequiredThen: true }] });
    const html = renderReportHtml(report);
    expect(html).toContain('✗ 未公示 <span class="en">missing</span> 1</span>');
    expect(html).toContain('发布时未要求 <span class="en">not required then</span> 1</span>');
    expect(html).toContain('<tr class="not-required-then">');
    expect(html).toContain('页面上：未公示');
    const index = renderCaseIndexHtml([{ folder: '01-x', report, capturedAtLocal: '2024-05-01T10:30:00+08:00' }]);
    expect(index).toContain('✗ 1 ·');
  });

  it('links each notice from the case index', () => {
    const html = renderCaseIndexHtml([{ folder: '01-x', report: sampleReport(), capturedAtLocal: '2024-05-01T10:30:00+08:00' }], {
      caseName: '<案卷>',
    });
    expect(html).toContain('href="01-x/report.html"');
    expect(html).toContain('&lt;案卷&gt;');
  });
});
