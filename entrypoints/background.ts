/**
 * Background: stores reports, keeps the per-tab badge, answers the popup, runs "检查此页".
 * Every handler is async (a native Promise), which the messaging layer needs to deliver the reply.
 */
import { browser } from 'wxt/browser';
import type { CheckResult, ContentResult, Lang, Settings } from '../lib/messages';
import { onMessage } from '../lib/messages';
import { countOutcomes, getSetting, latestForUrl, recent, saveReport, setSetting } from '../lib/store/queries';
import type { Report } from '../lib/types';

const CONTENT_SCRIPT = '/content-scripts/content.js';
const LANGS: readonly Lang[] = ['zh', 'en'];

/** The toolbar action: `action` in MV3, `browserAction` in Firefox MV2. */
function toolbar() {
  return browser.action ?? browser.browserAction;
}

/**
 * The page each tab last reported. Without the "tabs" permission a tab's URL is only readable after the
 * user invokes the extension on it (activeTab), so the popup finds a tab's report through this map.
 * Kept in storage.session (survives service-worker restarts, cleared with the browser session).
 */
const tabPages = {
  key: (tabId: number) => `tab:${tabId}`,
  memory: new Map<number, string>(),
  async set(tabId: number, url: string) {
    this.memory.set(tabId, url);
    await browser.storage.session?.set({ [this.key(tabId)]: url }).catch(() => undefined);
  },
  async get(tabId: number): Promise<string | undefined> {
    const got = await browser.storage.session?.get(this.key(tabId)).catch(() => undefined);
    const url = got?.[this.key(tabId)];
    return typeof url === 'string' ? url : this.memory.get(tabId);
  },
  async forget(tabId: number) {
    this.memory.delete(tabId);
    await browser.storage.session?.remove(this.key(tabId)).catch(() => undefined);
  },
};

async function setBadge(tabId: number, report: Report): Promise<number> {
  const { missing } = countOutcomes(report);
  const action = toolbar();
  await tabPages.set(tabId, report.url);
  await action.setBadgeText({ tabId, text: missing > 0 ? String(missing) : '✓' });
  await action.setBadgeBackgroundColor({ tabId, color: missing > 0 ? '#c62828' : '#2e7d32' });
  return missing;
}

async function clearBadge(tabId: number): Promise<void> {
  await tabPages.forget(tabId);
  await toolbar()
    .setBadgeText({ tabId, text: '' })
    .catch(() => undefined); // the tab may be gone
}

async function storeReport(report: Report, tabId?: number): Promise<{ stored: boolean; missing: number }> {
  if (report.noticeType === 'none') {
    if (tabId !== undefined) await clearBadge(tabId);
    return { stored: false, missing: 0 };
  }
  const { stored } = await saveReport(report, tabId);
  const missing = tabId === undefined ? countOutcomes(report).missing : await setBadge(tabId, report);
  return { stored, missing };
}

async function checkTab(tabId: number): Promise<CheckResult> {
  try {
    const [first] = await browser.scripting.executeScript({ target: { tabId }, files: [CONTENT_SCRIPT] });
    const result = first?.result as ContentResult | undefined;
    if (!result) return { ok: false, error: 'no result from the page' };
    if (result.error || !result.noticeType) return { ok: false, error: result.error ?? 'page not read' };
    if (result.noticeType === 'none') {
      await clearBadge(tabId);
      return { ok: true, noticeType: 'none' };
    }
    return { ok: true, noticeType: result.noticeType, ...(result.report ? { report: result.report } : {}) };
  } catch (err) {
    return { ok: false, error: err instanceof Error ? err.message : String(err) };
  }
}

async function readSettings(): Promise<Settings> {
  const lang = await getSetting<Lang>('lang', 'zh');
  return { lang: LANGS.includes(lang) ? lang : 'zh' };
}

export default defineBackground(() => {
  onMessage('reportAnalyzed', async ({ data, sender }) => storeReport(data, sender.tab?.id));

  onMessage('getTabReport', async ({ data: tabId }) => {
    const tab = await browser.tabs.get(tabId).catch(() => undefined);
    const url = tab?.url || (await tabPages.get(tabId));
    if (!url) return {};
    const stored = await latestForUrl(url);
    return stored ? { url, stored } : { url };
  });

  onMessage('recentReports', async ({ data: limit }) => recent(limit));

  onMessage('checkTab', async ({ data: tabId }) => checkTab(tabId));

  onMessage('getSettings', async () => readSettings());

  onMessage('setSettings', async ({ data }) => {
    if (data.lang && LANGS.includes(data.lang)) await setSetting('lang', data.lang);
    return readSettings();
  });

  // A tab that starts loading a page leaves the old page's verdict behind; the new page reports afresh.
  browser.tabs.onUpdated.addListener((tabId, changeInfo) => {
    if (changeInfo.status === 'loading') void clearBadge(tabId);
  });
  browser.tabs.onRemoved.addListener((tabId) => {
    void tabPages.forget(tabId);
  });
});
