/**
 * Background: stores reports and visits, keeps the per-tab badge, answers the popup, runs "检查此页",
 * saves evidence (popup button and keyboard command), makes every write of the evidence page and gives the
 * dashboard every stored notice.
 * Every handler is async (a native Promise), which the messaging layer needs to deliver the reply.
 */
import { browser } from 'wxt/browser';
import { pageSaysRemoved } from '../lib/capture/removal';
import { saveEvidenceFromTab } from '../lib/capture/save-evidence';
import { toLocalIso } from '../lib/evidence/snapshot';
import { setLang, t } from '../lib/i18n';
import type { CheckResult, ContentResult, Lang, SaveEvidenceResult, Settings, WriteResult } from '../lib/messages';
import { onMessage } from '../lib/messages';
import { createCase, updateCase } from '../lib/store/cases';
import { errorMessage, isQuotaError } from '../lib/errors';
import { appendCustody, evidenceCountFor, listCaptures, moveCapture } from '../lib/store/evidence';
import { countOutcomes } from '../lib/report-counts';
import { allReports, candidateNoticeFor, getSetting, latestForUrl, recent, saveReport, setSetting } from '../lib/store/queries';
import { latestNotices } from '../lib/dashboard/stats';
import { crossCheckResult } from '../lib/crosscheck';
import { pageStatus, recordVisit, storeNoticeText } from '../lib/store/visits';
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

/**
 * The badge: the number of missing items, ✓ when none, and nothing when no item was checked (a notice
 * type without a rule set, e.g. housing.construction: no verdict, so no ✓).
 */
async function setBadge(tabId: number, report: Report): Promise<number> {
  const { missing } = countOutcomes(report.items);
  const action = toolbar();
  await tabPages.set(tabId, report.url);
  if (report.items.length === 0) {
    await action.setBadgeText({ tabId, text: '' });
    return missing;
  }
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

/**
 * Log the visit (silent-edit and removal detection); `removed`: the page said the notice was removed. Store
 * the text when given and wanted. Returns whether the store still wants this version's text. A failure
 * here never fails the check that triggered it.
 */
async function recordRead(report: Report, removed: boolean | undefined, text?: string): Promise<boolean> {
  try {
    const { wantText } = await recordVisit({ ...report, ...(removed ? { removed } : {}) });
    if (!wantText || text === undefined) return wantText;
    await storeNoticeText(report.textHash, text);
    return false;
  } catch (err) {
    console.debug('[disclosure-lens] visit not recorded', err);
    return false;
  }
}

/**
 * A result notice is compared with the stored candidate notice of the same project and lot (条例 Art.55);
 * not at all when which candidate notice that is is not clear.
 */
async function withCrossChecks(report: Report): Promise<Report> {
  if (report.noticeType !== 'construction.result' || !report.projectCode) return report;
  const candidates = await candidateNoticeFor(report.projectCode, report.title);
  if (!candidates) return report;
  const flags = crossCheckResult(report, candidates).filter((f) => !report.flags.some((g) => g.key === f.key));
  return flags.length > 0 ? { ...report, flags: [...report.flags, ...flags] } : report;
}

async function storeReport(
  report: Report,
  tabId: number | undefined,
  removed: boolean | undefined,
): Promise<{ stored: boolean; missing: number; wantText?: boolean }> {
  if (report.noticeType === 'none') {
    if (tabId !== undefined) await clearBadge(tabId);
    await recordRead(report, removed);
    return { stored: false, missing: 0 };
  }
  report = await withCrossChecks(report);
  const { stored } = await saveReport(report, tabId);
  const missing = tabId === undefined ? countOutcomes(report.items).missing : await setBadge(tabId, report);
  const wantText = await recordRead(report, removed);
  return { stored, missing, ...(wantText ? { wantText } : {}) };
}

/** Save a tab as evidence, then file its report and visit like any other check of the page. */
async function saveEvidence(tabId: number): Promise<SaveEvidenceResult> {
  const { result, snapshot } = await saveEvidenceFromTab(tabId);
  if (result.ok && snapshot) {
    const { report, noticeText } = snapshot;
    const removed = pageSaysRemoved(report, { title: report.title, text: noticeText });
    await storeReport(report, tabId, removed).catch((err) => console.debug('[disclosure-lens] report not stored', err));
    await recordRead(report, removed, noticeText);
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
    if (result.noticeType === 'none') {
      await clearBadge(tabId);
      return { ok: true, noticeType: 'none' };
    }
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
  onMessage('reportAnalyzed', async ({ data, sender }) => storeReport(data.report, sender.tab?.id, data.removed));

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

  onMessage('notNotice', async ({ data }) => {
    await recordRead(data.report, data.removed);
  });

  onMessage('noticeText', async ({ data }) => storeNoticeText(data.textHash, data.text).catch(() => false));

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
