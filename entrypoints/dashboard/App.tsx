import { useCallback, useEffect, useMemo, useState } from 'preact/hooks';
import { LangToggle } from '../../components/LangToggle';
import { NoticeFilters } from '../../components/NoticeFilters';
import { NoticeTable } from '../../components/NoticeTable';
import { RuleCatalog, ruleFromHash, ruleHash } from '../../components/RuleCatalog';
import { SiteComplianceTable } from '../../components/SiteComplianceTable';
import { noticesCsvExport, noticesJsonExport } from '../../lib/export/dashboard-export';
import type { ExportFile } from '../../lib/export/export-file';
import { t } from '../../lib/i18n';
import { sendMessage } from '../../lib/messages';
import { NOTICE_TYPES } from '../../lib/rules/catalog';
import { filterNotices, type NoticeFilter } from '../../lib/dashboard/notice-filter';
import { type LatestNotice, siteCompliance } from '../../lib/dashboard/stats';
import { downloadBytes } from '../../lib/ui/download';
import { usePageLang } from '../../lib/ui/lang';

type Message = { kind: 'ok' | 'error' | 'info'; text: string };

const TYPE_ORDER = NOTICE_TYPES.map((type) => type.key);

/** Notice types present, in catalogue order (unknown keys last). */
function typesOf(notices: readonly LatestNotice[]): string[] {
  const rank = (k: string) => (TYPE_ORDER.includes(k) ? TYPE_ORDER.indexOf(k) : TYPE_ORDER.length);
  return [...new Set(notices.map((n) => n.report.noticeType))].sort((a, b) => rank(a) - rank(b) || a.localeCompare(b));
}

/**
 * The dashboard, for inspectors: per-site compliance, every stored notice with filters and its report, the
 * rule catalogue (`#rule=<key>`), CSV and JSON exports of what the filters show. Reads through the background.
 */
export function App() {
  const [notices, setNotices] = useState<LatestNotice[]>();
  const [filter, setFilter] = useState<NoticeFilter>({ outcome: 'all' });
  const [rule, setRule] = useState(() => ruleFromHash(location.hash));
  const [rulesOpen, setRulesOpen] = useState(() => location.hash === '#rules' || Boolean(ruleFromHash(location.hash)));
  const [busy, setBusy] = useState(false);
  const [message, setMessage] = useState<Message>();
  const { loadLang, toggleLang } = usePageLang('dashboardTitle');

  const reload = useCallback(async () => {
    try {
      setNotices(await sendMessage('allNotices', undefined));
    } catch (err) {
      setMessage({ kind: 'error', text: t('loadFailed', String(err)) });
    }
  }, []);

  useEffect(() => {
    void (async () => {
      await loadLang();
      await reload();
    })();
    // Back to this tab after checking more notices: show them.
    const onVisible = () => {
      if (document.visibilityState === 'visible') void reload();
    };
    const onHash = () => {
      const key = ruleFromHash(location.hash);
      setRule(key);
      if (key || location.hash === '#rules') setRulesOpen(true);
    };
    document.addEventListener('visibilitychange', onVisible);
    window.addEventListener('hashchange', onHash);
    return () => {
      document.removeEventListener('visibilitychange', onVisible);
      window.removeEventListener('hashchange', onHash);
    };
  }, [reload, loadLang]);

  // A rule link scrolls to its rule once the catalogue is open.
  useEffect(() => {
    if (!rule || !rulesOpen) return;
    document.getElementById(`rule-${rule}`)?.scrollIntoView({ block: 'center' });
  }, [rule, rulesOpen]);

  const all = useMemo(() => notices ?? [], [notices]);
  const sites = useMemo(() => siteCompliance(all), [all]);
  const shown = useMemo(() => filterNotices(all, filter), [all, filter]);
  const hosts = useMemo(() => sites.map((s) => s.host).sort(), [sites]);
  const types = useMemo(() => typesOf(all), [all]);

  const showSite = (host: string) => {
    setFilter({ ...filter, host });
    document.getElementById('notices')?.scrollIntoView();
  };

  /** Build the file, log it in the custody chain, then offer it (like the evidence page's exports). */
  const exportFile = async (make: () => Promise<ExportFile>) => {
    if (shown.length === 0) {
      setMessage({ kind: 'info', text: t('exportNothing') });
      return;
    }
    setBusy(true);
    setMessage({ kind: 'info', text: t('exporting') });
    try {
      const file = await make();
      const logged = await sendMessage('recordExport', { file: file.fileName, sha256: file.sha256, note: file.note });
      if (!logged.ok) {
        setMessage({ kind: 'error', text: logged.error === 'quota' ? t('storageFull') : t('writeFailed', logged.message) });
        return;
      }
      downloadBytes(file.bytes, file.fileName, file.mime);
      setMessage({ kind: 'ok', text: t('exportDone', [file.fileName, file.sha256, logged.value]) });
    } catch (err) {
      setMessage({ kind: 'error', text: t('exportFailed', String(err)) });
    } finally {
      setBusy(false);
    }
  };

  return (
    <main class="dashboard-page" data-loaded={String(Boolean(notices))}>
      <header class="bar">
        <h1>{t('dashboardTitle')}</h1>
        <nav class="nav">
          <a href="#sites">{t('sectionSites')}</a>
          <a href="#notices">{t('sectionNotices')}</a>
          <a href="#rules">{t('sectionRules')}</a>
        </nav>
        <LangToggle onToggle={toggleLang} />
      </header>
      <p class="muted small">{t('dashboardIntro')}</p>
      {message && (
        <p class={`message message-${message.kind}`} data-testid="message" data-kind={message.kind} role="status">
          {message.text}
        </p>
      )}
      {notices && (
        <>
          <section id="sites">
            <h2>{t('sectionSites')}</h2>
            <SiteComplianceTable sites={sites} ruleHref={ruleHash} onShowSite={showSite} />
          </section>
          <section id="notices">
            <h2>{t('sectionNotices')}</h2>
            <NoticeFilters filter={filter} hosts={hosts} types={types} onChange={setFilter} />
            <div class="list-bar">
              <span class="muted" data-testid="notices-shown" data-shown={shown.length} data-total={all.length}>
                {t('noticesShown', [shown.length, all.length])}
              </span>
              <button
                type="button"
                disabled={busy}
                onClick={() => void exportFile(() => noticesCsvExport(shown, filter))}
                data-testid="export-csv"
              >
                {t('exportFilteredCsv')}
              </button>
              <button
                type="button"
                disabled={busy}
                onClick={() => void exportFile(() => noticesJsonExport(shown, filter))}
                data-testid="export-json"
              >
                {t('exportFilteredJson')}
              </button>
            </div>
            <NoticeTable notices={shown} ruleHref={ruleHash} />
          </section>
        </>
      )}
      <details
        id="rules"
        class="rules-section"
        open={rulesOpen}
        onToggle={(e) => setRulesOpen((e.currentTarget as HTMLDetailsElement).open)}
      >
        <summary>
          <h2>{t('sectionRules')}</h2>
        </summary>
        <RuleCatalog selected={rule} />
      </details>
    </main>
  );
}
