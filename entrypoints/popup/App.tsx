import { useCallback, useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { formatTime } from '../../components/format';
import { LangToggle } from '../../components/LangToggle';
import { PageStatusNotice } from '../../components/PageStatusNotice';
import { RecentList } from '../../components/RecentList';
import { noticeTypeLabel, ReportView } from '../../components/ReportView';
import { t } from '../../lib/i18n';
import { type SaveEvidenceResult, sendMessage, type TabReport } from '../../lib/messages';
import { requestPersistence } from '../../lib/store/persist';
import type { ReportSummary } from '../../lib/store/queries';
import type { Report } from '../../lib/types';
import { usePageLang } from '../../lib/ui/lang';

const RECENT_LIMIT = 8;

/** The tab this popup speaks about: `?tabId=N` when given (tests, links), else the active tab. */
async function contextTabId(): Promise<number | undefined> {
  const param = new URLSearchParams(location.search).get('tabId');
  if (param && /^\d+$/.test(param)) return Number(param);
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  return tab?.id;
}

type View =
  | { kind: 'loading' }
  | { kind: 'report'; report: Report }
  | { kind: 'unchecked' }
  | { kind: 'none' }
  | { kind: 'error'; message: string };

/** What the last "保存证据" said; the screenshot note (English, as in the bundle manifest) only when there is none. */
function saveMessage(res: SaveEvidenceResult): { ok: boolean; text: string; note?: string; screenshot?: boolean } {
  if (!res.ok) return { ok: false, text: res.error === 'quota' ? t('storageFull') : t('evidenceFailed', res.message) };
  return {
    ok: true,
    text: t('evidenceSaved', [res.seq, formatTime(res.capturedAt)]),
    note: res.screenshot ? t('screenshotTaken') : t('screenshotNote', res.note ?? ''),
    screenshot: res.screenshot,
  };
}

/** Popup: this tab's verdict, "检查此页", "保存证据", silent edits, recently checked notices, language toggle. */
export function App() {
  const [tabId, setTabId] = useState<number>();
  const [view, setView] = useState<View>({ kind: 'loading' });
  const [recent, setRecent] = useState<ReportSummary[]>([]);
  const [checking, setChecking] = useState(false);
  const [saving, setSaving] = useState(false);
  const [saved, setSaved] = useState<ReturnType<typeof saveMessage>>();
  const [tabInfo, setTabInfo] = useState<TabReport>({});
  const { loadLang, toggleLang } = usePageLang('popupTitle');

  const loadRecent = useCallback(async () => {
    setRecent(await sendMessage('recentReports', RECENT_LIMIT));
  }, []);

  useEffect(() => {
    void (async () => {
      try {
        await loadLang();
        const id = await contextTabId();
        setTabId(id);
        if (id === undefined) setView({ kind: 'error', message: t('noTab') });
        else {
          const info = await sendMessage('getTabReport', id);
          setTabInfo(info);
          setView(info.stored ? { kind: 'report', report: info.stored.report } : { kind: 'unchecked' });
        }
        await loadRecent();
      } catch (err) {
        setView({ kind: 'error', message: t('checkFailed', String(err)) });
      }
    })();
  }, [loadRecent, loadLang]);

  const check = async () => {
    if (tabId === undefined) return;
    setChecking(true);
    try {
      const res = await sendMessage('checkTab', tabId);
      if (!res.ok) setView({ kind: 'error', message: t('checkFailed', res.error) });
      else if (res.noticeType === 'none' || !res.report) setView({ kind: 'none' });
      else setView({ kind: 'report', report: res.report });
      await loadRecent();
    } catch (err) {
      setView({ kind: 'error', message: t('checkFailed', String(err)) });
    } finally {
      setChecking(false);
    }
  };

  const save = async () => {
    if (tabId === undefined) return;
    setSaving(true);
    setSaved(undefined);
    try {
      const res = await sendMessage('saveEvidence', tabId);
      setSaved(saveMessage(res));
      // The background cannot ask for persistent storage from Chrome's service worker; this page can.
      if (res.ok) await requestPersistence();
      const info = await sendMessage('getTabReport', tabId);
      setTabInfo(info);
      if (res.ok && info.stored) setView({ kind: 'report', report: info.stored.report });
      await loadRecent();
    } catch (err) {
      setSaved({ ok: false, text: t('evidenceFailed', String(err)) });
    } finally {
      setSaving(false);
    }
  };

  const openEvidence = () => void browser.tabs.create({ url: browser.runtime.getURL('/evidence.html') });
  const openDashboard = () => void browser.tabs.create({ url: browser.runtime.getURL('/dashboard.html') });

  return (
    <main class="popup" data-view={view.kind}>
      <header class="bar">
        <h1>{t('popupTitle')}</h1>
        <LangToggle onToggle={toggleLang} />
      </header>
      <button
        type="button"
        class="check"
        onClick={check}
        disabled={checking || tabId === undefined}
        data-testid="check-page"
      >
        {checking ? t('checking') : t('checkPage')}
      </button>
      <div class="actions">
        <button type="button" onClick={save} disabled={saving || tabId === undefined} data-testid="save-evidence">
          {saving ? t('savingEvidence') : t('saveEvidence')}
        </button>
        <button type="button" onClick={openEvidence} data-testid="open-evidence">
          {t('openEvidence')}
        </button>
        <button type="button" onClick={openDashboard} data-testid="open-dashboard">
          {t('openDashboard')}
        </button>
      </div>
      {saved && (
        <div
          class={saved.ok ? 'saved' : 'warn'}
          data-testid="save-result"
          data-ok={String(saved.ok)}
          data-screenshot={String(Boolean(saved.screenshot))}
        >
          {saved.text}
          {saved.note && <div class="muted small">{saved.note}</div>}
        </div>
      )}
      {!saved && tabInfo.evidence && (
        <p class="muted small" data-testid="evidence-count">
          {t('evidenceCount', [tabInfo.evidence.count, tabInfo.evidence.lastAt ? formatTime(tabInfo.evidence.lastAt) : ''])}
        </p>
      )}
      <PageStatusNotice status={tabInfo.status} />

      {view.kind === 'loading' && <p class="muted">…</p>}
      {view.kind === 'unchecked' && <p class="muted">{t('noReport')}</p>}
      {view.kind === 'none' && (
        <p class="muted" data-notice-type="none">
          {noticeTypeLabel('none')}{t('colon')}{t('notNotice')}
        </p>
      )}
      {view.kind === 'error' && <p class="warn">{view.message}</p>}
      {view.kind === 'report' && <ReportView report={view.report} />}

      <h3>{t('sectionRecent')}</h3>
      <RecentList rows={recent} onOpen={(url) => void browser.tabs.create({ url })} />
    </main>
  );
}
