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
import type { PageRead } from '../lib/capture/page-read';
import { saveEvidenceFromTab } from '../lib/capture/save-evidence';
import { errorMessage, writeResult } from '../lib/errors';
import { toLocalIso } from '../lib/evidence/snapshot';
import { loggedEvidenceExport } from '../lib/export/logged-export';
import { setLang, t } from '../lib/i18n';
import type { CheckResult, ContentResult, SaveEvidenceResult } from '../lib/messages';
import { onMessage } from '../lib/messages';
import { createCase, updateCase } from '../lib/store/cases';
import { logExport, moveCapture } from '../lib/store/evidence';
import { type IntakeResult, intakePage, intakeSnapshot } from '../lib/store/intake';
import { dashboardNotices, evidenceOverview } from '../lib/store/overview';
import { recent } from '../lib/store/queries';
import { readSettings, writeSettings } from '../lib/store/settings';
import { tabReport } from '../lib/store/tab-report';

const CONTENT_SCRIPT = '/content-scripts/content.js';

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

/** Paint what intake (lib/store/intake) decided on the tab: nothing for a page that is not a notice. */
async function painted(res: IntakeResult, tabId: number | undefined): Promise<IntakeResult> {
  const notice = res.report.noticeType !== 'none';
  if (tabId !== undefined) await paintBadge(tabId, res.badge, notice ? res.report.url : undefined);
  return res;
}

/** A page the content script read: analysed and taken in here, off the page's thread. */
async function pageRead(page: PageRead, tabId: number | undefined): Promise<ContentResult> {
  try {
    const { report } = await painted(await intakePage(page, tabId), tabId);
    return report.noticeType === 'none' ? { noticeType: 'none' } : { noticeType: report.noticeType, report };
  } catch (err) {
    console.debug('[disclosure-lens] page not analysed', err);
    return { error: errorMessage(err) };
  }
}

/** Save a tab as evidence, then file its report and visit like any other check of the page. */
async function saveEvidence(tabId: number): Promise<SaveEvidenceResult> {
  const { result, snapshot } = await saveEvidenceFromTab(tabId);
  if (result.ok && snapshot) {
    await intakeSnapshot(snapshot, tabId)
      .then((res) => painted(res, tabId))
      .catch((err) => console.debug('[disclosure-lens] report not stored', err));
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
    return url ? tabReport(url) : {};
  });

  onMessage('saveEvidence', async ({ data: tabId }) => saveEvidence(tabId));

  onMessage('createCase', async ({ data }) =>
    writeResult(async () => {
      const id = await createCase(data.name, data.notes);
      if (id === undefined) throw new Error('a case needs a name');
      return id;
    }),
  );

  onMessage('updateCase', async ({ data }) => writeResult(() => updateCase(data.id, data)));

  onMessage('moveCapture', async ({ data }) => writeResult(() => moveCapture(data.id, data.caseId ?? undefined)));

  onMessage('evidenceOverview', async () => evidenceOverview());

  onMessage('exportEvidence', async ({ data }) => loggedEvidenceExport(data));

  onMessage('recordExport', async ({ data }) => writeResult(async () => (await logExport(data)).seq));

  browser.commands?.onCommand.addListener((command, tab) => {
    if (command === 'save-evidence') void saveEvidenceByCommand(tab);
  });

  onMessage('recentReports', async ({ data: limit }) => recent(limit));

  onMessage('allNotices', async () => dashboardNotices());

  onMessage('checkTab', async ({ data: tabId }) => checkTab(tabId));

  onMessage('getSettings', async () => readSettings());

  onMessage('setSettings', async ({ data }) => writeSettings(data));

  // A tab that starts loading a page leaves the old page's verdict behind; the new page reports afresh.
  browser.tabs.onUpdated.addListener((tabId, changeInfo) => {
    if (changeInfo.status === 'loading') void clearBadge(tabId);
  });
  browser.tabs.onRemoved.addListener((tabId) => {
    void tabPages.forget(tabId);
  });
});
