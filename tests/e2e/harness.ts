/// <reference types="chrome" />
/**
 * Launch Chromium with the built extension and serve local pages, for the e2e tests and `npm start`.
 *
 * Pages are served on 127.0.0.1 but opened under the platform host names the production manifest matches
 * (e.g. http://lens-test.ggzy.gov.cn:PORT/…): Chromium's --host-resolver-rules maps those names to 127.0.0.1, so
 * the tests exercise the real `content_scripts.matches` and no request leaves the machine.
 */
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize, resolve, sep } from 'node:path';
import { type BrowserContext, chromium, type Page, type Worker } from 'playwright-core';
import type { Report } from '../../lib/types';

export const ROOT = resolve(import.meta.dirname, '../..');
/** The production build (`npx wxt build`). */
export const EXT_DIR = join(ROOT, '.output/chrome-mv3');
export const FIXTURES_DIR = join(ROOT, 'tests/fixtures');
const PROFILES_DIR = join(ROOT, '.profiles');
/** The Chromium binary: CHROMIUM_PATH when set (README "Quick start"), else Debian's. */
export const CHROMIUM = process.env.CHROMIUM_PATH || '/usr/bin/chromium';

/** Host names mapped to 127.0.0.1; each falls under a pattern of lib/sites. */
export const LOCAL_HOSTS = {
  ggzy: 'lens-test.ggzy.gov.cn',
  ccgp: 'lens-test.ccgp.gov.cn',
  cebpubservice: 'lens-test.cebpubservice.com',
} as const;

const TYPES: Record<string, string> = {
  '.html': 'text/html',
  '.htm': 'text/html',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.gif': 'image/gif',
  '.svg': 'image/svg+xml',
  '.pdf': 'application/pdf',
  '.txt': 'text/plain; charset=utf-8',
};

function isUtf8(buf: Buffer): boolean {
  try {
    new TextDecoder('utf-8', { fatal: true }).decode(buf);
    return true;
  } catch {
    return false;
  }
}

/** A tiny static server on 127.0.0.1 (random port); `extra` answers chosen paths with inline HTML. */
export interface PageServer {
  server: Server;
  port: number;
  /** URL of a path under the given host name (default: the ggzy test host). */
  url(path: string, host?: string): string;
  close(): Promise<void>;
}

export async function servePages(dir: string, extra: Record<string, string> = {}): Promise<PageServer> {
  const root = resolve(dir);
  const server = createServer((req, res) => {
    const path = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
    const inline = extra[path];
    if (inline !== undefined) {
      res.writeHead(200, { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-store' });
      res.end(inline);
      return;
    }
    const file = normalize(join(root, path));
    if (!file.startsWith(root + sep) || !existsSync(file) || !statSync(file).isFile()) {
      res.writeHead(404, { 'content-type': 'text/plain; charset=utf-8' });
      res.end('not found');
      return;
    }
    const body = readFileSync(file);
    let type = TYPES[extname(file).toLowerCase()] ?? 'application/octet-stream';
    // Declare UTF-8 only when it is; otherwise the page's own <meta charset> (e.g. GBK) decides.
    if (type === 'text/html' && isUtf8(body)) type += '; charset=utf-8';
    res.writeHead(200, { 'content-type': type, 'cache-control': 'no-store' });
    res.end(body);
  });
  await new Promise<void>((ok) => server.listen(0, '127.0.0.1', ok));
  const { port } = server.address() as AddressInfo;
  return {
    server,
    port,
    url: (p, host = LOCAL_HOSTS.ggzy) => `http://${host}:${port}/${p.replace(/^\//, '')}`,
    close: () =>
      new Promise<void>((ok) => {
        server.closeAllConnections();
        server.close(() => ok());
      }),
  };
}

/** A running Chromium with the extension loaded. */
export interface ExtensionBrowser {
  context: BrowserContext;
  /** The extension's service worker (evaluate chrome.* APIs in it). */
  worker: Worker;
  extensionId: string;
  /** Open the popup page in a tab, speaking about `tabId`. */
  openPopup(tabId: number): Promise<Page>;
  /** Open a URL in a new tab; returns the page and its tab id. */
  openTab(url: string): Promise<{ page: Page; tabId: number }>;
  /** The toolbar badge text of a tab. */
  badgeText(tabId: number): Promise<string>;
  /**
   * Press the extension's toolbar button on a page's tab, as a user would: Chromium grants activeTab on that
   * tab (which captureVisibleTab needs). The page's URL must be unique among the open tabs.
   */
  clickAction(page: Page): Promise<void>;
  close(): Promise<void>;
}

export interface LaunchOptions {
  extDir?: string;
  headless?: boolean;
  /** Profile directory name under .profiles/ (a fresh one per launch by default). */
  profile?: string;
  /** Viewport of new pages. */
  viewport?: { width: number; height: number };
}

/** Launch Debian's Chromium with the built extension; test host names resolve to 127.0.0.1. */
export async function launchExtension(opts: LaunchOptions = {}): Promise<ExtensionBrowser> {
  const ext = opts.extDir ?? EXT_DIR;
  if (!existsSync(join(ext, 'manifest.json'))) throw new Error(`no built extension in ${ext}: run \`npx wxt build\``);
  if (!existsSync(CHROMIUM)) {
    throw new Error(`no Chromium at ${CHROMIUM}: \`apt-get install -y chromium\`, or set CHROMIUM_PATH to the binary`);
  }
  mkdirSync(PROFILES_DIR, { recursive: true });
  const profile = opts.profile ? join(PROFILES_DIR, opts.profile) : mkdtempSync(join(PROFILES_DIR, 'run-'));
  const hostRules = Object.values(LOCAL_HOSTS)
    .map((h) => `MAP ${h} 127.0.0.1`)
    .concat('EXCLUDE 127.0.0.1', 'EXCLUDE localhost')
    .join(', ');
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM,
    headless: opts.headless ?? true,
    locale: 'zh-CN',
    viewport: opts.viewport ?? { width: 1100, height: 800 },
    ignoreDefaultArgs: ['--disable-extensions'],
    args: [
      `--disable-extensions-except=${ext}`,
      `--load-extension=${ext}`,
      `--host-resolver-rules=${hostRules}`,
      '--disable-features=HttpsUpgrades,HttpsFirstBalancedModeAutoEnable',
      '--lang=zh-CN',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-dev-shm-usage',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
      // CDP's Extensions domain (clickAction): test browsers only.
      '--enable-unsafe-extension-debugging',
    ],
  });
  const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker', { timeout: 20_000 }));
  const extensionId = new URL(worker.url()).host;

  const tabIds = () => worker.evaluate(async () => (await chrome.tabs.query({})).map((t) => t.id ?? -1));

  // Without the "tabs" permission the extension cannot read other tabs' URLs, so a new tab is known by
  // the id that appears when it opens.
  const openTab = async (url: string): Promise<{ page: Page; tabId: number }> => {
    const before = new Set(await tabIds());
    const page = await context.newPage();
    const tabId = await until(async () => (await tabIds()).find((id) => id >= 0 && !before.has(id)), 'the new tab');
    await page.goto(url);
    return { page, tabId };
  };

  return {
    context,
    worker,
    extensionId,
    openTab,
    async openPopup(tabId) {
      const page = await context.newPage();
      await page.setViewportSize({ width: 380, height: 700 });
      await page.goto(`chrome-extension://${extensionId}/popup.html?tabId=${tabId}`);
      return page;
    },
    badgeText: (tabId) => worker.evaluate((id) => chrome.action.getBadgeText({ tabId: id }), tabId),
    async clickAction(page) {
      const browser = context.browser();
      if (!browser) throw new Error('clickAction: no browser-level CDP session');
      const cdp = await browser.newBrowserCDPSession();
      try {
        // Extensions.triggerAction wants the "tab" target, which has the page's URL but not its target id.
        const { targetInfos } = await cdp.send('Target.getTargets', { filter: [{ type: 'tab' }] });
        const tabs = targetInfos.filter((t) => t.url === page.url());
        if (tabs.length !== 1) throw new Error(`clickAction: ${tabs.length} tabs show ${page.url()}`);
        await cdp.send('Extensions.triggerAction', { id: extensionId, targetId: tabs[0]?.targetId as string });
      } finally {
        await cdp.detach();
      }
    },
    async close() {
      await context.close();
      if (!opts.profile) rmSync(profile, { recursive: true, force: true });
    },
  };
}

/** Wait until `fn` returns a truthy value (polling), or fail after `timeoutMs`. */
export async function until<T>(fn: () => Promise<T>, what: string, timeoutMs = 15_000): Promise<NonNullable<T>> {
  const end = Date.now() + timeoutMs;
  let last: T | undefined;
  while (Date.now() < end) {
    last = await fn();
    if (last) return last as NonNullable<T>;
    await new Promise((r) => setTimeout(r, 150));
  }
  throw new Error(`timed out waiting for ${what} (last: ${JSON.stringify(last)})`);
}

/** Stored notice rows (url, noticeType, missing) read from the extension's IndexedDB in an extension page. */
export async function storedRows(page: Page): Promise<{ url: string; noticeType: string; missing: number }[]> {
  return page.evaluate(async () => {
    // Do not create the database by looking for it.
    if (!(await indexedDB.databases()).some((d) => d.name === 'disclosure-lens')) return [];
    return new Promise<{ url: string; noticeType: string; missing: number }[]>((ok, fail) => {
        const req = indexedDB.open('disclosure-lens');
        req.onerror = () => fail(req.error);
        req.onsuccess = () => {
          const db = req.result;
          if (!db.objectStoreNames.contains('notices')) {
            db.close();
            ok([]);
            return;
          }
          const all = db.transaction('notices').objectStore('notices').getAll();
          all.onsuccess = () => {
            db.close();
            ok(all.result.map((r) => ({ url: r.url, noticeType: r.noticeType, missing: r.missing })));
          };
          all.onerror = () => fail(all.error);
        };
      });
  });
}

/** Every stored report (newest last), read from the extension's IndexedDB in an extension page. */
export async function storedReports(page: Page): Promise<Report[]> {
  return page.evaluate(async () => {
    if (!(await indexedDB.databases()).some((d) => d.name === 'disclosure-lens')) return [];
    return new Promise<Report[]>((ok, fail) => {
      const req = indexedDB.open('disclosure-lens');
      req.onerror = () => fail(req.error);
      req.onsuccess = () => {
        const db = req.result;
        if (!db.objectStoreNames.contains('notices')) {
          db.close();
          ok([]);
          return;
        }
        const all = db.transaction('notices').objectStore('notices').getAll();
        all.onsuccess = () => {
          db.close();
          ok(all.result.map((r) => r.report));
        };
        all.onerror = () => fail(all.error);
      };
    });
  });
}
