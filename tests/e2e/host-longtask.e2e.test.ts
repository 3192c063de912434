/**
 * The extension must not jank the pages it runs in (issue 11): on a large notice page (~4 MB, a generated
 * table), the longest main-thread task the content script causes is measured with the page's own
 * PerformanceObserver('longtask'), registered before any content script can run. The analysis itself runs in
 * the service worker, so only the DOM serialisation and the message hand-over remain on the page's thread.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { analyze } from '../../lib/analyze';
import { type ExtensionBrowser, FIXTURES_DIR, launchExtension, type PageServer, servePages, storedReports, until } from './harness';

const BIG = '/inline/big-table.html';
/** Chrome calls a task over this long a long task; the target for what the extension causes on the page. */
const LONG_TASK_MS = 50;
/** Timer resolution between Date (capturedAt, in ms) and the page's performance clock. */
const CLOCK_SLACK_MS = 2;

/** The page's own observer: every long task with its wall-clock start, kept on window for the test to read. */
const OBSERVER = `<script>
window.__longtasks = [];
new PerformanceObserver((list) => {
  for (const e of list.getEntries()) window.__longtasks.push({ start: performance.timeOrigin + e.startTime, duration: e.duration });
}).observe({ type: 'longtask', buffered: true });
</script>`;

/** The candidates fixture with the observer first in <head> and a generated 开标记录-style table of ~4 MB. */
function bigTablePage(): string {
  const html = readFileSync(join(FIXTURES_DIR, 'candidates-no-price.html'), 'utf8');
  const rows: string[] = [];
  for (let i = 1; i <= 26_000; i++) {
    rows.push(
      `<tr><td>${i}</td><td>某某建设工程有限公司第${i}分公司</td><td>${(1_000_000 + i * 37.5).toFixed(2)}元</td><td>365日历天</td><td>合格</td><td>项目经理：张某${i}</td></tr>`,
    );
  }
  const table = `<h3>附：投标人名单</h3><table class="bidders"><tbody>${rows.join('')}</tbody></table>`;
  const withObserver = html.replace(/<head[^>]*>/i, (m) => `${m}${OBSERVER}`);
  return withObserver.replace(/<\/body>/i, `${table}</body>`);
}

type LongTask = { start: number; duration: number };

let browser: ExtensionBrowser;
let pages: PageServer;
let pageHtml: string;

beforeAll(async () => {
  pageHtml = bigTablePage();
  pages = await servePages(FIXTURES_DIR, { [BIG]: pageHtml });
  browser = await launchExtension();
  // A 4 MB page loads slowly on a busy machine.
  browser.context.setDefaultNavigationTimeout(120_000);
});

afterAll(async () => {
  await browser?.close();
  await pages?.close();
});

describe('the host page’s main thread', () => {
  it('reads a ~4 MB page in slices: the report is the one outerHTML gives, and the longest task is printed', { timeout: 240_000 }, async () => {
    const bytes = Buffer.byteLength(pageHtml);
    expect(bytes).toBeGreaterThan(3_000_000);
    const url = pages.url(BIG);
    const { page, tabId } = await browser.openTab(url);

    // The automatic check (document_idle) reads the page at the report's capturedAt and hands it over in
    // slices until the report is stored. Long tasks in that window are an upper bound: the page's own
    // loading work (layout of a 4 MB table) falls in it too.
    const popup = await browser.openPopup(tabId);
    const report = await until(async () => (await storedReports(popup)).find((r) => r.url === url), 'the stored report', 120_000);
    const storedSeenAt = Date.now();
    const readAt = Date.parse(report.capturedAt);
    const tasks = await page.evaluate(() => (window as unknown as { __longtasks: LongTask[] }).__longtasks);
    const automatic = tasks
      .filter((t) => t.start + t.duration + CLOCK_SLACK_MS >= readAt && t.start - CLOCK_SLACK_MS <= storedSeenAt)
      .reduce((max, t) => Math.max(max, t.duration), 0);

    // "检查此页" on the settled page: every long task from the click until the verdict is the extension's.
    await page.evaluate(() => {
      (window as unknown as { __longtasks: LongTask[] }).__longtasks.length = 0;
    });
    const button = popup.getByTestId('check-page');
    await button.click();
    // The popup already shows the stored report: the check is over when the button is enabled again.
    await popup.locator('[data-testid="check-page"][disabled]').waitFor({ timeout: 5_000 }).catch(() => undefined);
    await popup.locator('[data-testid="check-page"]:not([disabled])').waitFor({ timeout: 90_000 });
    expect(await popup.locator('main').getAttribute('data-view')).toBe('report');
    const onCheck = (await page.evaluate(() => (window as unknown as { __longtasks: LongTask[] }).__longtasks)).reduce(
      (max, t) => Math.max(max, t.duration),
      0,
    );

    // Printed, not asserted: on this shared 2-core machine a slice of a few milliseconds can stretch past
    // 50 ms of wall time when other work takes the CPU, so the figure is recorded (issue 11).
    console.log(
      `host_longtask_ms=${onCheck.toFixed(0)} (page ${(bytes / 1e6).toFixed(1)} MB; longest main-thread task from "检查此页" ` +
        `to its verdict, 0 = none over ${LONG_TASK_MS} ms; automatic check, upper bound with the page's own loading: ` +
        `${automatic.toFixed(0)} ms)`,
    );
    expect(report.noticeType).toBe('construction.candidates');
    // The page handed over in slices and chunks reads as the page's outerHTML in one piece does.
    const whole = await page.evaluate(() => document.documentElement.outerHTML);
    expect(analyze({ html: whole, url, capturedAt: report.capturedAt }).textHash).toBe(report.textHash);
    await popup.close();
    await page.close();
  });
});
