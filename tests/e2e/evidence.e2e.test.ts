import { mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { strFromU8, unzipSync } from 'fflate';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sha256Hex } from '../../lib/evidence/hash';
import { verifyBundle } from '../../lib/evidence/verify';
import { type ExtensionBrowser, FIXTURES_DIR, launchExtension, type PageServer, ROOT, servePages, until } from './harness';

const SCREENSHOTS = join(ROOT, 'screenshots');
const CANDIDATES = readFileSync(join(FIXTURES_DIR, 'candidates-no-price.html'), 'utf8');
const EDITED = '/inline/edited.html';
/** Served pages by path, read at each request: a test changes a page between two visits. */
const live: Record<string, string> = {};
const NOT_FOUND = '<!DOCTYPE html><html><head><meta charset="utf-8"><title>404</title></head><body><h1>404 页面不存在</h1><p>您访问的页面不存在或已被删除。</p></body></html>';
const RATE_LIMITED = '<!DOCTYPE html><html><head><meta charset="utf-8"><title>访问过于频繁</title></head><body><div>您的访问过于频繁，请稍后再试。</div></body></html>';

/** Move every recorded visit of a URL an hour back (in an extension page): the next visit is a separate one. */
function backdateVisits(page: Page, url: string): Promise<number> {
  return page.evaluate(
    (u) =>
      new Promise<number>((ok, fail) => {
        const req = indexedDB.open('disclosure-lens');
        req.onerror = () => fail(req.error);
        req.onsuccess = () => {
          const tx = req.result.transaction('visits', 'readwrite');
          const store = tx.objectStore('visits');
          let moved = 0;
          const all = store.getAll();
          all.onsuccess = () => {
            for (const v of all.result as { url: string; capturedAt: string }[]) {
              if (v.url !== u) continue;
              store.put({ ...v, capturedAt: new Date(Date.parse(v.capturedAt) - 3_600_000).toISOString() });
              moved++;
            }
          };
          tx.oncomplete = () => {
            req.result.close();
            ok(moved);
          };
          tx.onerror = () => fail(tx.error);
        };
      }),
    url,
  );
}

let browser: ExtensionBrowser;
let pages: PageServer;

beforeAll(async () => {
  mkdirSync(SCREENSHOTS, { recursive: true });
  pages = await servePages(FIXTURES_DIR, live);
  browser = await launchExtension();
});

afterAll(async () => {
  await browser?.close();
  await pages?.close();
});

/** The evidence page, opened from the popup's "证据与案件" button. */
async function openEvidencePage(popup: Page): Promise<Page> {
  const [page] = await Promise.all([browser.context.waitForEvent('page'), popup.getByTestId('open-evidence').click()]);
  await page.locator('main[data-loaded="true"]').waitFor();
  return page;
}

/** Click an export button, take the download, return its bytes and file name. */
async function download(page: Page, click: () => Promise<void>): Promise<{ bytes: Uint8Array; name: string }> {
  const [dl] = await Promise.all([page.waitForEvent('download'), click()]);
  const path = await dl.path();
  return { bytes: new Uint8Array(readFileSync(path)), name: dl.suggestedFilename() };
}

/** Custody entries, read from the extension's IndexedDB in an extension page. */
function custody(page: Page): Promise<{ seq: number; kind: string; partsHashes: Record<string, string> }[]> {
  return page.evaluate(
    () =>
      new Promise((ok, fail) => {
        const req = indexedDB.open('disclosure-lens');
        req.onerror = () => fail(req.error);
        req.onsuccess = () => {
          const all = req.result.transaction('custody').objectStore('custody').getAll();
          all.onsuccess = () => {
            req.result.close();
            ok(all.result);
          };
        };
      }),
  );
}

describe('evidence in Chromium', () => {
  it('saves a notice from the popup with a screenshot, and its ZIP from the evidence page verifies', async () => {
    const url = pages.url('candidates-no-price.html?evidence');
    const { page, tabId } = await browser.openTab(url);
    await until(async () => browser.badgeText(tabId), 'the badge');
    // The user clicks the toolbar button on the notice: that grants activeTab, which the screenshot needs.
    await browser.clickAction(page);
    const popup = await browser.openPopup(tabId);
    await popup.locator('main[data-view="report"]').waitFor();
    // The popup here is a tab of its own: bring the notice back to the front, where captureVisibleTab looks.
    await page.bringToFront();
    await popup.getByTestId('save-evidence').click();
    const result = popup.getByTestId('save-result');
    await result.waitFor();
    expect(await result.getAttribute('data-ok')).toBe('true');
    expect(await result.textContent()).toContain('证据已保存');
    expect(await result.getAttribute('data-screenshot')).toBe('true');
    await popup.screenshot({ path: join(SCREENSHOTS, 'popup-evidence-saved.png'), fullPage: true });

    const evidence = await openEvidencePage(popup);
    const notice = evidence.locator(`li.notice[data-url="${url}"]`);
    await notice.waitFor();
    // With evidence stored, the page says whether the browser keeps the storage from eviction.
    const storage = evidence.getByTestId('storage-state');
    expect(['true', 'false', 'undefined']).toContain(await storage.getAttribute('data-persisted'));
    expect(await storage.textContent()).toMatch(/存储已持久化|存储未持久化|浏览器未说明存储是否已持久化/);
    const zip = await download(evidence, () => notice.getByTestId('export-notice').click());
    expect(zip.name).toMatch(/^evidence-lens-test\.ggzy\.gov\.cn-\d{8}-\d{4}\.zip$/);

    const verdict = await verifyBundle(zip.bytes);
    expect(verdict.problems).toEqual([]);
    expect(verdict.ok).toBe(true);
    const files = unzipSync(zip.bytes);
    const manifest = JSON.parse(strFromU8(files['manifest.json'] as Uint8Array));
    expect(manifest.notices).toHaveLength(1);
    expect(manifest.notices[0]).toMatchObject({
      url,
      noticeType: 'construction.candidates',
      screenshot: 'screenshot.png',
      screenshotNote: 'full-page capture not available in this browser',
      custodySeq: 1,
    });
    expect(manifest.notices[0].capturedAtLocal).toMatch(/\+08:00$/);
    expect([...(files['screenshot.png'] as Uint8Array).slice(0, 4)]).toEqual([0x89, 0x50, 0x4e, 0x47]);
    expect(strFromU8(files['notice.txt'] as Uint8Array)).toContain('样板市政建设有限公司');
    expect(strFromU8(files['page.html'] as Uint8Array)).toContain('<!DOCTYPE html PUBLIC');

    // The export is logged in the custody chain with the hash of the very file downloaded.
    await evidence.locator('[data-testid="message"][data-kind="ok"]').waitFor();
    const log = await custody(evidence);
    expect(log.at(-1)).toMatchObject({ kind: 'export', partsHashes: { [zip.name]: await sha256Hex(zip.bytes) } });
    await evidence.close();
    await popup.close();
    await page.close();
  });

  it('files a capture in a case and exports the case; without activeTab the missing screenshot is explained', async () => {
    const url = pages.url('tender-complete.html?case');
    const { page, tabId } = await browser.openTab(url);
    await until(async () => browser.badgeText(tabId), 'the badge');
    const popup = await browser.openPopup(tabId);
    await popup.locator('main[data-view="report"]').waitFor();
    await page.bringToFront();
    await popup.getByTestId('save-evidence').click();
    await popup.getByTestId('save-result').waitFor();
    expect(await popup.getByTestId('save-result').getAttribute('data-screenshot')).toBe('false');
    expect(await popup.getByTestId('save-result').textContent()).toContain('visible-area screenshot not captured');

    const evidence = await openEvidencePage(popup);
    await evidence.getByTestId('new-case-name').fill('滨河路排水工程');
    await evidence.getByTestId('new-case-notes').fill('投诉材料');
    await evidence.getByTestId('create-case').click();
    const caseItem = evidence.locator('li.case[data-case-id]').first();
    await caseItem.waitFor();
    const caseId = await caseItem.getAttribute('data-case-id');
    const row = evidence.locator(`li.notice[data-url="${url}"] tr[data-capture-id]`);
    await row.getByTestId('capture-case').selectOption(caseId as string);
    await evidence.locator(`li.notice[data-url="${url}"] tr[data-case-id="${caseId}"]`).waitFor();

    const zip = await download(evidence, () => caseItem.getByTestId('export-case').click());
    expect(await verifyBundle(zip.bytes)).toMatchObject({ ok: true, problems: [] });
    const manifest = JSON.parse(strFromU8(unzipSync(zip.bytes)['manifest.json'] as Uint8Array));
    expect(manifest).toMatchObject({ caseName: '滨河路排水工程', notes: '投诉材料' });
    expect(manifest.notices[0].screenshot).toMatch(/^visible-area screenshot not captured/);
    expect((await custody(evidence)).map((e) => e.kind)).toContain('note'); // the move into the case

    const csv = await download(evidence, () => evidence.getByTestId('export-csv').click());
    expect(strFromU8(csv.bytes)).toContain(url);
    expect((await custody(evidence)).at(-1)?.kind).toBe('export');
    await evidence.screenshot({ path: join(SCREENSHOTS, 'evidence-page.png'), fullPage: true });
    await evidence.close();
    await popup.close();
    await page.close();
  });

  it('shows a silent edit with its diff, then a notice that disappeared', async () => {
    live[EDITED] = CANDIDATES;
    const url = pages.url(EDITED);
    const { page, tabId } = await browser.openTab(url);
    await until(async () => browser.badgeText(tabId), 'the badge');

    // The publisher shortens the objection period without a correction notice.
    live[EDITED] = CANDIDATES.replace('2025年6月10日至2025年6月13日', '2025年6月10日至2025年6月11日');
    await page.reload();
    const popup = await browser.openPopup(tabId);
    const changed = popup.getByTestId('notice-changed');
    await until(async () => {
      await popup.reload();
      await popup.locator('main:not([data-view="loading"])').waitFor();
      return (await changed.count()) > 0;
    }, 'the change to show');
    expect(await changed.textContent()).toContain('内容已变更');
    expect(await changed.locator('.diff-del').first().textContent()).toContain('2025年6月13日');
    expect(await changed.locator('.diff-add').first().textContent()).toContain('2025年6月11日');
    await popup.screenshot({ path: join(SCREENSHOTS, 'popup-silent-edit.png'), fullPage: true });

    /** Reload the popup until the status `testId` shows with data-removed = `removed` (when given). */
    const statusShows = (testId: string, removed?: boolean) =>
      until(async () => {
        await popup.reload();
        await popup.locator('main:not([data-view="loading"])').waitFor();
        const el = popup.getByTestId(testId);
        if ((await el.count()) === 0) return false;
        return removed === undefined || (await el.getAttribute('data-removed')) === String(removed);
      }, `${testId} to show`);

    // A rate-limit page is no removal: "not read this time".
    live[EDITED] = RATE_LIMITED;
    await page.reload();
    await statusShows('notice-unread', false);
    expect(await popup.getByTestId('notice-unread').textContent()).toContain('本次未能读取');
    expect(await popup.getByTestId('notice-gone').count()).toBe(0);

    // Then the page is taken down: a removal page once is still only "not read this time".
    live[EDITED] = NOT_FOUND;
    await page.reload();
    await statusShows('notice-unread', true);
    expect(await popup.getByTestId('notice-gone').count()).toBe(0);
    await popup.screenshot({ path: join(SCREENSHOTS, 'popup-notice-unread.png') });

    // Seen again on a later visit (the earlier ones moved an hour back): gone.
    expect(await backdateVisits(popup, url)).toBeGreaterThan(0);
    await page.reload();
    await statusShows('notice-gone');
    expect(await popup.getByTestId('notice-gone').textContent()).toContain('公告已不可见');
    await popup.screenshot({ path: join(SCREENSHOTS, 'popup-notice-gone.png') });
    await popup.close();
    await page.close();
  });
});
