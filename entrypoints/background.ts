/**
 * Background: wiring only. It analyses the pages the content script reads (off the page's thread) and takes
 * them in (lib/store/intake), paints the badge intake decides, answers the popup, runs "检查此页", saves
 * evidence (popup button and keyboard command), and is the one path to storage for every extension page:
 * the dashboard's and evidence page's reads and every write.
 * Every handler is async (a native Promise), which the messaging layer needs to deliver the reply.
 */
import { browser } from 'wxt/browser';
import type { Badge } from '../lib/badge';
import { MAX_HTML_CHARS } from '../lib/capture/page-html';
import { PAGE_PORT, PageAssembly, type PagePortMessage } from '../lib/capture/page-port';
import { analyzePageRead, type PageRead } from '../lib/capture/page-read';
import { pageSaysRemoved } from '../lib/capture/removal';
import { saveEvidenceFromTab } from '../lib/capture/save-evidence';
import { latestNotices } from '../lib/dashboard/stats';
import { errorMessage, isQuotaError } from '../lib/errors';
import { toLocalIso } from '../lib/evidence/snapshot';
import { loggedEvidenceExport } from '../lib/export/logged-export';
import { setLang, t } from '../lib/i18n';
import type { CheckResult, ContentResult, Lang, SaveEvidenceResult, Settings, WriteResult } from '../lib/messages';
import { onMessage } from '../lib/messages';
import { createCase, updateCase } from '../lib/store/cases';
import { appendCustody, evidenceCountFor, listCaptures, moveCapture } from '../lib/store/evidence';
import { type IntakeInput, type IntakeResult, intakeReport } from '../lib/store/intake';
import { evidenceOverview } from '../lib/store/overview';
import { allReports, getSetting, latestForUrl, recent, setSetting } from '../lib/store/queries';
import { pageStatus } from '../lib/store/visits';

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

/** Paint the badge intake decided; a tab showing a notice is remembered for the popup. */
async function paintBadge(tabId: number, badge: Badge, url: string | undefined): Promise<void> {
  if (!url) {
    await clearBadge(tabId);
    return;
  }
  const action = toolbar();
  await tabPages.set(tabId, url);
  await action.setBadgeText({ tabId, text: badge.text });
  if (badge.color) await action.setBadgeBackgroundColor({ tabId, color: badge.color });
}

async function clearBadge(tabId: number): Promise<void> {
  await tabPages.forget(tabId);
  await toolbar()
    .setBadgeText({ tabId, text: '' })
    .catch(() => undefined); // the tab may be gone
}

/** Take in an analysed page (lib/store/intake) and paint the tab's badge: nothing for a page that is not a notice. */
async function intake(input: IntakeInput): Promise<IntakeResult> {
  const res = await intakeReport(input);
  const notice = res.report.noticeType !== 'none';
  if (input.tabId !== undefined) await paintBadge(input.tabId, res.badge, notice ? res.report.url : undefined);
  return res;
}

/** A page the content script read: analysed here, off the page's thread, then taken in. */
async function pageRead(page: PageRead, tabId: number | undefined): Promise<ContentResult> {
  try {
    const { report, noticeText, removed } = analyzePageRead(page);
    const res = await intake({ report, noticeText, ...(removed ? { removed } : {}), ...(tabId === undefined ? {} : { tabId }) });
    return res.report.noticeType === 'none' ? { noticeType: 'none' } : { noticeType: res.report.noticeType, report: res.report };
  } catch (err) {
    console.debug('[disclosure-lens] page not analysed', err);
    return { error: errorMessage(err) };
  }
}

/** Save a tab as evidence, then file its report and visit like any other check of the page. */
async function saveEvidence(tabId: number): Promise<SaveEvidenceResult> {
  const { result, snapshot } = await saveEvidenceFromTab(tabId);
  if (result.ok && snapshot) {
    const { report, noticeText } = snapshot;
    const removed = pageSaysRemoved(report, { title: report.title, text: noticeText });
    await intake({ report, noticeText, removed, tabId }).catch((err) => console.debug('[disclosure-lens] report not stored', err));
  }
  return result;
}

/** The keyboard command has no popup to answer in: the badge says 存 (or !) for a moment, the tooltip says why. */
async function saveEvidenceByCommand(tab?: { id?: number }): Promise<void> {
  const tabId = tab?.id ?? (await browser.tabs.query({ active: true, currentWindow: true }))[0]?.id;
  if (tabId === undefined) return;
  const res = await saveEvidence(tabId);
  setLang((await readSettings()).lang);
  const action = toolbar();
  const before = await action.getBadgeText({ tabId }).catch(() => '');
  const title = res.ok
    ? t('evidenceSavedTitle', [res.seq, toLocalIso(res.capturedAt)])
    : t(res.error === 'quota' ? 'storageFull' : 'evidenceFailed', res.message);
  await action.setTitle({ tabId, title }).catch(() => undefined);
  await action.setBadgeText({ tabId, text: t(res.ok ? 'badgeSaved' : 'badgeFailed') }).catch(() => undefined);
  setTimeout(() => void action.setBadgeText({ tabId, text: before }).catch(() => undefined), 3000);
}

/** Run a write for the evidence page; a full disk is told apart from other failures. */
async function write<T>(fn: () => Promise<T>): Promise<WriteResult<T>> {
  try {
    return { ok: true, value: await fn() };
  } catch (err) {
    return { ok: false, error: isQuotaError(err) ? 'quota' : 'store', message: errorMessage(err) };
  }
}

async function checkTab(tabId: number): Promise<CheckResult> {
  try {
    const [first] = await browser.scripting.executeScript({ target: { tabId }, files: [CONTENT_SCRIPT] });
    const result = first?.result as ContentResult | undefined;
    if (!result) return { ok: false, error: 'no result from the page' };
    if (result.error || !result.noticeType) return { ok: false, error: result.error ?? 'page not read' };
    if (result.noticeType === 'none') return { ok: true, noticeType: 'none' };
    return { ok: true, noticeType: result.noticeType, ...(result.report ? { report: result.report } : {}) };
  } catch (err) {
    return { ok: false, error: errorMessage(err) };
  }
}

async function readSettings(): Promise<Settings> {
  const lang = await getSetting<Lang>('lang', 'zh');
  return { lang: LANGS.includes(lang) ? lang : 'zh' };
}

export default defineBackground(() => {
  // The content script hands a page over in chunks on a port; the answer goes back on it.
  browser.runtime.onConnect.addListener((port) => {
    if (port.name !== PAGE_PORT) return;
    const assembly = new PageAssembly(MAX_HTML_CHARS);
    port.onMessage.addListener(async (msg: unknown) => {
      const page = assembly.take(msg as PagePortMessage);
      if (page) port.postMessage(await pageRead(page, port.sender?.tab?.id));
    });
  });

  onMessage('getTabReport', async ({ data: tabId }) => {
    const tab = await browser.tabs.get(tabId).catch(() => undefined);
    const url = tab?.url || (await tabPages.get(tabId));
    if (!url) return {};
    const [stored, status, evidence] = await Promise.all([latestForUrl(url), pageStatus(url), evidenceCountFor(url)]);
    return {
      url,
      ...(stored ? { stored } : {}),
      ...(status.change || status.gone || status.unread ? { status } : {}),
      ...(evidence.count ? { evidence } : {}),
    };
  });

  onMessage('saveEvidence', async ({ data: tabId }) => saveEvidence(tabId));

  onMessage('createCase', async ({ data }) =>
    write(async () => {
      const id = await createCase(data.name, data.notes);
      if (id === undefined) throw new Error('a case needs a name');
      return id;
    }),
  );

  onMessage('updateCase', async ({ data }) => write(() => updateCase(data.id, data)));

  onMessage('moveCapture', async ({ data }) => write(() => moveCapture(data.id, data.caseId ?? undefined)));

  onMessage('evidenceOverview', async () => evidenceOverview());

  onMessage('exportEvidence', async ({ data }) => loggedEvidenceExport(data));

  onMessage('recordExport', async ({ data }) =>
    write(async () => {
      const entry = await appendCustody({
        kind: 'export',
        at: new Date().toISOString(),
        ...(data.url ? { url: data.url } : {}),
        partsHashes: { [data.file]: data.sha256 },
        ...(data.note ? { note: data.note } : {}),
      });
      return entry.seq;
    }),
  );

  browser.commands?.onCommand.addListener((command, tab) => {
    if (command === 'save-evidence') void saveEvidenceByCommand(tab);
  });

  onMessage('recentReports', async ({ data: limit }) => recent(limit));

  onMessage('allNotices', async () => {
    const [reports, captures] = await Promise.all([allReports(), listCaptures()]);
    return latestNotices(reports, captures);
  });

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
