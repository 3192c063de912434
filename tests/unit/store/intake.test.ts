import 'fake-indexeddb/auto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { analyzePageRead } from '../../../lib/capture/page-read';
import { db, LensDB, useDb } from '../../../lib/store/db';
import { intakePage, intakeReport } from '../../../lib/store/intake';
import { allReports } from '../../../lib/store/queries';
import { noticeText, pageStatus, visitsFor } from '../../../lib/store/visits';

const fixture = (f: string) => readFileSync(join(import.meta.dirname, '../../fixtures', f), 'utf8');
const at = '2025-06-09T18:00:00+08:00';
const later = '2025-06-12T09:00:00+08:00';
const CANDIDATES_URL = 'https://www.ggzy.gov.cn/c/1.html';
const RESULT_URL = 'https://www.ggzy.gov.cn/r/1.html';

/** A page read as the content script hands it over, analysed as the background does. */
function read(html: string, url: string, capturedAt = at) {
  return analyzePageRead({ html, url, capturedAt });
}

let n = 0;
beforeEach(() => {
  useDb(new LensDB(`intake-test-${++n}`));
});
afterEach(async () => {
  db().close();
  await db().delete();
});

describe('intake of an analysed page', () => {
  it('stores a notice, records the visit with its text, and decides the badge', async () => {
    const page = read(fixture('candidates-no-price.html'), CANDIDATES_URL);
    const res = await intakeReport({ ...page, tabId: 7 });
    expect(res.stored).toBe(true);
    expect(res.missing).toBeGreaterThan(0);
    expect(res.badge).toEqual({ text: String(res.missing), color: '#c62828' });
    const rows = await allReports();
    expect(rows.map((r) => r.report.url)).toEqual([CANDIDATES_URL]);
    expect(rows[0]?.missing).toBe(res.missing);
    const visits = await visitsFor(CANDIDATES_URL);
    expect(visits).toHaveLength(1);
    expect(visits[0]?.bodyFound).toBe(true);
    expect(await noticeText(page.report.textHash)).toBe(page.noticeText);
  });

  it('a reload a moment later is the same visit: no second row', async () => {
    const page = read(fixture('candidates-no-price.html'), CANDIDATES_URL);
    await intakeReport(page);
    expect((await intakeReport(page)).stored).toBe(false);
    expect(await allReports()).toHaveLength(1);
    expect(await visitsFor(CANDIDATES_URL)).toHaveLength(1);
  });

  it('gives ✓ to a notice with nothing missing', async () => {
    const res = await intakeReport(read(fixture('candidates-complete.html'), CANDIDATES_URL));
    expect(res.missing).toBe(0);
    expect(res.badge).toEqual({ text: '✓', color: '#2e7d32' });
  });

  it('cross-checks a result against the stored candidate notice of the same project', async () => {
    await intakeReport(read(fixture('candidates-complete.html'), CANDIDATES_URL));
    const other = fixture('result-complete.html').replaceAll('示例建设有限公司', '另一建设有限公司');
    const res = await intakeReport(read(other, RESULT_URL, later));
    expect(res.report.flags.map((f) => f.key)).toContain('crosscheck.winner_not_first');
    const stored = (await allReports()).find((r) => r.report.url === RESULT_URL);
    expect(stored?.report.flags.map((f) => f.key)).toContain('crosscheck.winner_not_first');
  });

  it('adds no cross-check flag without a stored candidate notice', async () => {
    const other = fixture('result-complete.html').replaceAll('示例建设有限公司', '另一建设有限公司');
    const res = await intakeReport(read(other, RESULT_URL, later));
    expect(res.report.flags.map((f) => f.key)).not.toContain('crosscheck.winner_not_first');
  });

  it('takes in a page as the content script hands it over: analysed, stored, badge decided', async () => {
    const res = await intakePage({ html: fixture('candidates-no-price.html'), url: CANDIDATES_URL, capturedAt: at, title: 't' }, 3);
    expect(res.report.noticeType).toBe('construction.candidates');
    expect(res.stored).toBe(true);
    expect(res.badge.text).toBe(String(res.missing));
    expect((await allReports())[0]?.report.textHash).toBe(res.report.textHash);
  });

  it('stores nothing for a page that is not a notice, and clears the badge', async () => {
    const res = await intakeReport(read(fixture('news-page.html'), 'https://www.ggzy.gov.cn/news/1.html'));
    expect(res).toMatchObject({ stored: false, missing: 0, badge: { text: '' } });
    expect(await allReports()).toEqual([]);
    expect(await visitsFor('https://www.ggzy.gov.cn/news/1.html')).toEqual([]);
  });

  it('logs a removal page at a known notice URL as an unread visit', async () => {
    await intakeReport(read(fixture('candidates-no-price.html'), CANDIDATES_URL));
    const gone = '<html><head><title>404</title></head><body><h1>404 页面不存在</h1></body></html>';
    const page = read(gone, CANDIDATES_URL, later);
    expect(page.removed).toBe(true);
    await intakeReport(page);
    const visits = await visitsFor(CANDIDATES_URL);
    expect(visits.at(-1)).toMatchObject({ unread: true, removed: true });
    expect((await pageStatus(CANDIDATES_URL)).unread?.removed).toBe(true);
  });
});
