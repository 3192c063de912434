import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { analyze } from '../../lib/analyze';

const BAD = resolve(__dirname, '../fixtures/bad');
const at = '2025-06-16T18:00:00+08:00';
const url = 'https://ggzy.example.com/n/1';

function outcome(report: ReturnType<typeof analyze>, key: string) {
  return report.items.find((i) => i.key === key)?.outcome;
}

describe('analyze never throws and never accuses on bad input', () => {
  it('reads what it can of a page cut off mid-tag and calls the rest uncertain, not missing', () => {
    const report = analyze({ html: readFileSync(resolve(BAD, 'malformed.html'), 'utf8'), url, capturedAt: at });
    expect(report.noticeType).toBe('construction.candidates');
    expect(report.bodyIssue).toMatch(/截断|cut off/);
    expect(outcome(report, 'candidates.bid_price')).toBe('present');
    expect(report.items.some((i) => i.outcome === 'missing')).toBe(false);
    expect(outcome(report, 'candidates.objection')).toBe('uncertain');
  });

  it('reads labels and amounts written with U+3000, &nbsp;, zero-width spaces and full-width digits', () => {
    const report = analyze({ html: readFileSync(resolve(BAD, 'odd-spaces.html'), 'utf8'), url, capturedAt: at });
    expect(report.noticeType).toBe('construction.candidates');
    expect(report.items.filter((i) => i.outcome !== 'present').map((i) => i.key)).toEqual([]);
  });

  it('treats a frameset as a page whose notice was not read', () => {
    const report = analyze({ html: readFileSync(resolve(BAD, 'frameset.html'), 'utf8'), url, capturedAt: at });
    expect(report.bodyFound).toBe(false);
    expect(report.bodyIssue).toMatch(/框架|frame/);
  });

  it('survives 10,000-deep nesting and still finds the notice inside', () => {
    const depth = 10_000;
    const notice = '<h1>某某工程中标候选人公示</h1><p>第一中标候选人：示例建设有限公司，投标报价：1,234,567.00元，工期：180日历天。</p>'.repeat(3);
    const html = `<html><body>${'<div>'.repeat(depth)}${notice}${'</div>'.repeat(depth)}</body></html>`;
    const report = analyze({ html, url, capturedAt: at });
    expect(report.noticeType).toBe('construction.candidates');
    expect(outcome(report, 'candidates.bid_price')).toBe('present');
  });

  it('returns a report for a 5 MB page', () => {
    const row = '<tr><td>第一名</td><td>示例建设有限公司</td><td>1,234,567.00</td><td>合格</td></tr>';
    const html = `<html><head><title>中标候选人公示</title></head><body><table><tr><td>排名</td><td>单位名称</td><td>投标报价（元）</td></tr>${row.repeat(80_000)}</table></body></html>`;
    expect(html.length).toBeGreaterThan(5_000_000);
    const report = analyze({ html, url, capturedAt: at });
    expect(report.noticeType).toBe('construction.candidates');
    expect(report.items.length).toBeGreaterThan(0);
  });

  it.each([
    ['empty string', ''],
    ['garbage', '<<<>>><//\u0000\uFFFF<table><tr><td rowspan="99999" colspan="-3">x'],
    ['only an attachment link', '<a href="x.pdf">附件</a>'],
  ])('returns a report for %s', (_name, html) => {
    const report = analyze({ html, url, capturedAt: at });
    expect(report.engineVersion).toBeTruthy();
    expect(report.items.some((i) => i.outcome === 'missing')).toBe(false);
  });

  it('reads plain text with one table cell per line', () => {
    const text = [
      '示例道路工程', '中标候选人公示', '（公示期：', '2025', '年', '06', '月', '16', '日至', '2025', '年', '06', '月', '19', '日）',
      '中标候选人排序', '名称', '投标报价', '(元）', '第一名', '示例建设有限公司', '698757.43', '第二名', '青禾建工集团有限公司', '749038.72',
      '提出异议的渠道和方式', '投标人或者其他利害关系人对评标结果有异议的，应当在公示期内以书面形式向招标人（联系人：张工，联系电话：0571-88000001）提出。',
    ].join('\n');
    const report = analyze({ text, url, capturedAt: at });
    expect(report.noticeType).toBe('construction.candidates');
    expect(outcome(report, 'candidates.bid_price')).toBe('present');
    expect(outcome(report, 'candidates.objection')).toBe('present');
    expect(outcome(report, 'candidates.period')).toBe('present');
  });
});

describe('a page the reader could not make sense of', () => {
  it('calls items uncertain, not missing, when almost nothing was found', () => {
    const filler = '本站是市公共资源交易中心的信息发布平台，提供交易信息查询、办事指南与政策法规等服务内容。'.repeat(8);
    const html = `<html><head><title>某工程中标候选人公示</title></head><body><div>${filler}</div></body></html>`;
    const report = analyze({ html, url, capturedAt: at });
    expect(report.noticeType).toBe('construction.candidates');
    expect(report.items.filter((i) => i.outcome === 'missing')).toEqual([]);
    expect(report.items.every((i) => i.outcome === 'uncertain' || i.outcome === 'not_applicable')).toBe(true);
  });
});
