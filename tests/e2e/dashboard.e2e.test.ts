import { mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { strFromU8 } from 'fflate';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  type ExtensionBrowser,
  FIXTURES_DIR,
  LOCAL_HOSTS,
  launchExtension,
  type PageServer,
  ROOT,
  servePages,
  until,
} from './harness';

const SCREENSHOTS = join(ROOT, 'screenshots');

let browser: ExtensionBrowser;
let pages: PageServer;

beforeAll(async () => {
  mkdirSync(SCREENSHOTS, { recursive: true });
  pages = await servePages(FIXTURES_DIR);
  browser = await launchExtension();
});

afterAll(async () => {
  await browser?.close();
  await pages?.close();
});

/** Click an export button, take the download, return its text and file name. */
async function download(page: Page, testId: string): Promise<{ text: string; name: string }> {
  const [dl] = await Promise.all([page.waitForEvent('download'), page.getByTestId(testId).click()]);
  const bytes = new Uint8Array(readFileSync(await dl.path()));
  return { text: strFromU8(bytes), name: dl.suggestedFilename() };
}

/** The URLs of the notice rows the table shows, once it shows `count` of them. */
async function rowUrls(page: Page, count: number): Promise<string[]> {
  const rows = page.locator('tr.notice-row');
  await until(async () => (await rows.count()) === count, `${count} notice row(s)`);
  return Promise.all((await rows.all()).map(async (r) => (await r.getAttribute('data-url')) as string));
}

describe('dashboard in Chromium', () => {
  it('shows per-site compliance, filters notices, links rules and exports what it shows', async () => {
    const noPrice = pages.url('candidates-no-price.html');
    const complete = pages.url('candidates-complete.html');
    const tabs: { page: Page; tabId: number }[] = [];
    for (const url of [noPrice, complete]) {
      const tab = await browser.openTab(url);
      await until(async () => browser.badgeText(tab.tabId), `the badge of ${url}`);
      tabs.push(tab);
    }

    // The popup's 「总览」 opens the dashboard in a tab.
    const popup = await browser.openPopup(tabs[0]?.tabId as number);
    await popup.locator('main[data-view="report"]').waitFor();
    expect(await popup.getByTestId('open-dashboard').textContent()).toBe('总览');
    const [opened] = await Promise.all([browser.context.waitForEvent('page'), popup.getByTestId('open-dashboard').click()]);
    await opened.waitForURL(`chrome-extension://${browser.extensionId}/dashboard.html`);
    await opened.close();
    await popup.close();

    const dash = await browser.context.newPage();
    await dash.setViewportSize({ width: 1280, height: 900 });
    await dash.goto(`chrome-extension://${browser.extensionId}/dashboard.html`);
    await dash.locator('main[data-loaded="true"]').waitFor();
    expect(await dash.title()).toBe('核查总览');

    // One site, two notices; 投标报价 is the item it misses, in one notice.
    const site = dash.locator(`tr.site[data-host="${LOCAL_HOSTS.ggzy}"]`);
    expect(await dash.locator('tr.site').count()).toBe(1);
    expect(await site.getByTestId('site-notices').textContent()).toBe('2');
    expect(await site.locator('li[data-type="construction.candidates"]').textContent()).toContain('中标候选人公示');
    const bidPrice = site.locator('[data-testid="site-top-missing"] li[data-key="candidates.bid_price"]');
    expect(await bidPrice.locator('.item-zh').textContent()).toBe('投标报价');
    expect(await bidPrice.getAttribute('data-count')).toBe('1');
    expect(await bidPrice.textContent()).toContain('candidates.bid_price');
    expect(Number(await site.getByTestId('site-shares').getAttribute('data-missing'))).toBeGreaterThanOrEqual(1);

    // Every notice, newest first; "has missing items" keeps the one without prices.
    expect(await rowUrls(dash, 2)).toEqual([complete, noPrice]);
    expect(await dash.getByTestId('notices-shown').getAttribute('data-total')).toBe('2');
    await dash.getByTestId('filter-outcome').selectOption('missing');
    expect(await rowUrls(dash, 1)).toEqual([noPrice]);
    expect(await dash.getByTestId('notices-shown').textContent()).toBe('显示 1 则，共 2 则');
    await dash.getByTestId('filter-outcome').selectOption('complete');
    expect(await rowUrls(dash, 1)).toEqual([complete]);
    await dash.getByTestId('filter-outcome').selectOption('missing');
    await dash.getByTestId('filter-text').fill('不存在的标题');
    await dash.getByTestId('notices-empty').waitFor();
    await dash.getByTestId('filter-text').fill('');
    expect(await rowUrls(dash, 1)).toEqual([noPrice]);

    // The row links to the notice and expands to its report.
    const row = dash.locator(`tr.notice-row[data-url="${noPrice}"]`);
    expect(await row.locator('a.notice-title').getAttribute('href')).toBe(noPrice);
    await row.getByTestId('toggle-detail').click();
    const detail = dash.locator(`tr.detail-row[data-url="${noPrice}"]`);
    const item = detail.locator('li.item[data-key="candidates.bid_price"]');
    expect(await item.getAttribute('data-outcome')).toBe('missing');
    expect(await item.locator('.item-label').textContent()).toBe('投标报价');
    await dash.screenshot({ path: join(SCREENSHOTS, 'dashboard.png'), fullPage: true });

    // Exports: what the filter shows, CSV and JSON.
    const csv = await download(dash, 'export-csv');
    expect(csv.name).toMatch(/^disclosure-lens-notices-\d{8}-\d{4}\.csv$/);
    expect(csv.text).toContain(noPrice);
    expect(csv.text).not.toContain(complete);
    expect(csv.text).toContain('投标报价');
    await dash.locator('[data-testid="message"][data-kind="ok"]').waitFor();
    const json = await download(dash, 'export-json');
    expect(json.name).toMatch(/^disclosure-lens-notices-\d{8}-\d{4}\.json$/);
    const doc = JSON.parse(json.text);
    expect(doc).toMatchObject({ format: 'disclosure-lens/reports', count: 1, filter: { outcome: 'missing' } });
    expect(doc.reports[0]).toMatchObject({ url: noPrice, noticeType: 'construction.candidates' });

    // The item's key links to its rule in the catalogue section.
    await item.getByTestId('rule-link').click();
    await until(async () => (await dash.evaluate(() => location.hash)) === '#rule=candidates.bid_price', 'the rule hash');
    const rule = dash.locator('tr.rule[data-key="candidates.bid_price"]');
    await until(async () => (await rule.getAttribute('data-selected')) === 'true' && (await rule.isVisible()), 'the selected rule');
    const ruleText = await rule.textContent();
    for (const s of ['投标报价', 'Bid prices', '97号', '违规']) expect(ruleText).toContain(s);
    expect(await dash.locator('tr.rule').count()).toBeGreaterThan(50);

    // English labels on demand; the missing item keeps its Chinese label beside the English one.
    await dash.getByTestId('lang-toggle').click();
    expect(await dash.locator('#sites h2').textContent()).toBe('Compliance by site');
    expect(await bidPrice.textContent()).toContain('Bid prices');
    expect(await bidPrice.locator('.item-zh').textContent()).toBe('投标报价');
    await dash.getByTestId('lang-toggle').click();

    // A rule link opened directly shows its rule.
    const direct = await browser.context.newPage();
    await direct.goto(`chrome-extension://${browser.extensionId}/dashboard.html#rule=candidates.objection`);
    await direct.locator('tr.rule[data-key="candidates.objection"][data-selected="true"]').waitFor({ state: 'visible' });
    await direct.close();

    await dash.close();
    for (const tab of tabs) await tab.page.close();
  });
});
