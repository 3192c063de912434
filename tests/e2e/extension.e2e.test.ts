import { mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { analyze } from '../../lib/analyze';
import {
  EXT_DIR,
  type ExtensionBrowser,
  FIXTURES_DIR,
  launchExtension,
  type PageServer,
  ROOT,
  servePages,
  storedRows,
  until,
} from './harness';

const SCREENSHOTS = join(ROOT, 'screenshots');
const CANDIDATES = 'candidates-no-price.html';
const NEWS = 'news-page.html';
const HOST_THROWS = '/inline/host-throws.html';
/** A notice type with no rule set yet (保障性安居工程建设信息, housing.construction). */
const HOUSING = '/inline/housing-construction.html';
const HOUSING_HTML =
  '<!DOCTYPE html><html><head><meta charset="utf-8"><title>2025年某某区保障性安居工程建设信息公开</title></head><body><div class="article">' +
  '<h1>2025年某某区保障性安居工程建设信息公开</h1><p>项目名称：某某区棚户区改造安置房建设项目</p><p>建设地点：某某区某某路</p>' +
  '<p>建设规模：住宅1200套，总建筑面积12万平方米。</p><p>开工时间：2025年3月1日，计划竣工时间：2026年12月31日。</p>' +
  '<p>建设单位：某某区城市建设投资有限公司</p><p>施工单位：某某建设集团有限公司</p><p>发布时间：2025年3月5日</p></div></body></html>';

/** The candidates fixture with the host page's own scripts: one throws first, a later one sets the title. */
function hostThrowsPage(): string {
  const html = readFileSync(join(FIXTURES_DIR, CANDIDATES), 'utf8');
  const early = `<script>throw new Error('host');</script>`;
  const late = `<script>document.title = 'host-ok';</script>`;
  const withEarly = /<head[^>]*>/i.test(html) ? html.replace(/<head[^>]*>/i, (m) => `${m}${early}`) : early + html;
  return /<\/body>/i.test(withEarly) ? withEarly.replace(/<\/body>/i, `${late}</body>`) : withEarly + late;
}

/**
 * "检查此页" injects the content script, which needs host access to the tab: activeTab, granted when the
 * user opens the popup from the toolbar (a test cannot click the toolbar), or host_permissions for the site.
 */
const manifest = JSON.parse(readFileSync(join(EXT_DIR, 'manifest.json'), 'utf8')) as { host_permissions?: string[] };
const canCheckWithoutGesture = manifest.host_permissions?.includes('*://*.ggzy.gov.cn/*') ?? false;

let browser: ExtensionBrowser;
let pages: PageServer;

beforeAll(async () => {
  mkdirSync(SCREENSHOTS, { recursive: true });
  pages = await servePages(FIXTURES_DIR, { [HOST_THROWS]: hostThrowsPage(), [HOUSING]: HOUSING_HTML });
  browser = await launchExtension();
});

afterAll(async () => {
  await browser?.close();
  await pages?.close();
});

describe('extension in Chromium', () => {
  it('stores a candidate notice that lacks bid prices and shows 投标报价 as missing', async () => {
    const url = pages.url(CANDIDATES);
    const { page, tabId } = await browser.openTab(url);

    const badge = await until(async () => browser.badgeText(tabId), 'the badge');
    expect(badge).toMatch(/^[1-9]\d*$/);

    const popup = await browser.openPopup(tabId);
    const rows = await until(async () => (await storedRows(popup)).filter((r) => r.url === url), 'the stored report');
    expect(rows).toHaveLength(1);
    expect(rows[0]?.noticeType).toBe('construction.candidates');
    expect(String(rows[0]?.missing)).toBe(badge);

    const item = popup.locator('[data-key="candidates.bid_price"]');
    await item.waitFor();
    expect(await item.getAttribute('data-outcome')).toBe('missing');
    expect(await item.locator('.item-head .mark').textContent()).toBe('✗');
    expect(await item.locator('.item-label').textContent()).toBe('投标报价');
    expect(await item.locator('.source').textContent()).toContain('97号');
    // The engine's reason ("中文 / English") shows in the UI language, the other one on hover.
    const reason = item.locator('.reason .engine-text');
    expect(await reason.textContent()).toBe('正文已读，未见此项');
    expect(await reason.getAttribute('title')).toBe('body read, item not found');
    expect(await popup.locator('.notice-type strong').textContent()).toBe('中标候选人公示');
    await popup.locator(`.recent li[data-url="${url}"]`).waitFor();
    await popup.screenshot({ path: join(SCREENSHOTS, 'popup-candidates-no-price.png'), fullPage: true });

    // The language toggle switches the labels to English and back.
    await popup.getByTestId('lang-toggle').click();
    expect(await item.locator('.item-label').textContent()).toBe('Bid prices');
    expect(await reason.textContent()).toBe('body read, item not found');
    expect(await reason.getAttribute('title')).toBe('正文已读，未见此项');
    expect(await popup.locator('.deadline .reason').first().textContent()).not.toMatch(/[\u4e00-\u9fff]/);
    await popup.screenshot({ path: join(SCREENSHOTS, 'popup-candidates-no-price-en.png'), fullPage: true });
    await popup.getByTestId('lang-toggle').click();
    expect(await item.locator('.item-label').textContent()).toBe('投标报价');

    await popup.close();
    await page.close();
  });

  it('leaves a news page alone: no badge, nothing stored', async () => {
    // Precondition from the engine (unit-tested there): tell an engine regression apart from an extension one.
    const html = readFileSync(join(FIXTURES_DIR, NEWS), 'utf8');
    const engineType = analyze({ html, url: pages.url(NEWS), capturedAt: new Date().toISOString() }).noticeType;
    expect(engineType, `the engine classifies ${NEWS} as ${engineType}`).toBe('none');

    // The tab shows a notice first: its badge must not stay on the news page that follows.
    const { page, tabId } = await browser.openTab(pages.url(CANDIDATES));
    await until(async () => browser.badgeText(tabId), 'the badge of the notice');
    const url = pages.url(NEWS);
    await page.goto(url);
    // A positive control opened after the news page: once it is stored, the news page's check (same
    // trigger, document_idle) has run too; a short grace covers its message.
    const control = await browser.openTab(pages.url(`${CANDIDATES}?control`));
    await until(async () => browser.badgeText(control.tabId), 'the control badge');
    await new Promise((r) => setTimeout(r, 1000));

    expect(await browser.badgeText(tabId)).toBe('');
    const popup = await browser.openPopup(tabId);
    await popup.locator('main:not([data-view="loading"])').waitFor();
    expect(await popup.locator('main').getAttribute('data-view')).toBe('unchecked'); // not the notice before
    expect((await storedRows(popup)).filter((r) => r.url === url)).toEqual([]);
    await popup.screenshot({ path: join(SCREENSHOTS, 'popup-news-page.png'), fullPage: true });
    await popup.close();
    await control.page.close();
    await page.close();
  });

  it('gives no ✓ to a notice type without a rule set: an empty badge and "no rule set for this type"', async () => {
    const url = pages.url(HOUSING);
    const engine = analyze({ html: HOUSING_HTML, url, capturedAt: new Date().toISOString() });
    expect([engine.noticeType, engine.items.length], 'the engine reads it as housing.construction, no items').toEqual(['housing.construction', 0]);
    const { page, tabId } = await browser.openTab(url);
    const popup = await browser.openPopup(tabId);
    await until(async () => (await storedRows(popup)).some((r) => r.url === url), 'the stored report');
    expect(await browser.badgeText(tabId)).toBe('');
    await popup.reload();
    await popup.locator('main[data-view="report"]').waitFor();
    expect(await popup.getByTestId('no-rules').textContent()).toContain('暂无该类公告的核查规则');
    expect(await popup.locator('.summary-good').count()).toBe(0);
    await popup.close();
    await page.close();
  });

  it('neither breaks nor is broken by a page whose own scripts throw', async () => {
    // The fixture's own scripts already fail (their libraries are not served): note those errors first.
    const errorsOf = async (url: string) => {
      const errors: string[] = [];
      browser.context.once('page', (p) => p.on('pageerror', (e) => errors.push(e.message)));
      const opened = await browser.openTab(url);
      await opened.page.waitForLoadState('load');
      return { ...opened, errors };
    };
    const baseline = await errorsOf(pages.url(`${CANDIDATES}?baseline`));
    await baseline.page.close();
    const url = pages.url(HOST_THROWS);
    const { page, tabId, errors: pageErrors } = await errorsOf(url);

    expect(await page.title()).toBe('host-ok'); // the page's later script still ran
    const badge = await until(async () => browser.badgeText(tabId), 'the badge');
    expect(badge).toMatch(/^[1-9]\d*$/);
    const popup = await browser.openPopup(tabId);
    const rows = await until(async () => (await storedRows(popup)).filter((r) => r.url === url), 'the stored report');
    expect(rows).toHaveLength(1);
    expect(pageErrors[0]).toBe('host');
    expect(pageErrors.slice(1).sort()).toEqual(baseline.errors.sort()); // only the page's own errors
    expect(await page.evaluate(() => Object.keys(window).filter((k) => /lens|disclosure/i.test(k)))).toEqual([]);
    await popup.close();
    await page.close();
  });

  it.skipIf(!canCheckWithoutGesture)('"检查此页" re-runs the check: a verdict for a notice and for a news page', async () => {
    const notice = await browser.openTab(pages.url(`${CANDIDATES}?recheck`));
    await until(async () => browser.badgeText(notice.tabId), 'the badge');
    const popup = await browser.openPopup(notice.tabId);
    await popup.locator('main[data-view="report"]').waitFor();
    const before = (await storedRows(popup)).length;
    await popup.getByTestId('check-page').click();
    await until(async () => (await popup.getByTestId('check-page').isEnabled()) || undefined, 'the check to end');
    expect(await popup.locator('main').getAttribute('data-view')).toBe('report');
    expect(await popup.locator('[data-key="candidates.bid_price"]').getAttribute('data-outcome')).toBe('missing');
    expect((await storedRows(popup)).length).toBe(before); // the same text a moment later: no second row

    const news = await browser.openTab(pages.url(`${NEWS}?recheck`));
    await popup.goto(`chrome-extension://${browser.extensionId}/popup.html?tabId=${news.tabId}`);
    await popup.getByTestId('check-page').click();
    await popup.locator('main[data-view="none"]').waitFor();
    expect(await browser.badgeText(news.tabId)).toBe('');
    await popup.close();
    await news.page.close();
    await notice.page.close();
  });
});
