import { useCallback, useEffect, useState } from 'preact/hooks';
import { CaptureList } from '../../components/CaptureList';
import { CaseList } from '../../components/CaseList';
import { LangToggle } from '../../components/LangToggle';
import { type ChainCheck, chainHead, verifyChain } from '../../lib/evidence/chain';
import { CaptureAlteredError, caseExport, type ExportFile, noticeExport, reportsCsvExport } from '../../lib/export/evidence-export';
import { t } from '../../lib/i18n';
import { sendMessage, type WriteResult } from '../../lib/messages';
import { type CaseSummary, listCases } from '../../lib/store/cases';
import { type CaptureSummary, custodyLog, listCaptures } from '../../lib/store/evidence';
import { requestPersistence, storagePersisted } from '../../lib/store/persist';
import { type PageStatus, pageStatus } from '../../lib/store/visits';
import { downloadBytes } from '../../lib/ui/download';
import { usePageLang } from '../../lib/ui/lang';

interface Data {
  cases: CaseSummary[];
  captures: CaptureSummary[];
  statuses: Record<string, PageStatus>;
  chain: { count: number; head: string; check: ChainCheck };
  /** The browser keeps this storage from eviction (undefined: it cannot say). */
  persisted: boolean | undefined;
}

type Message = { kind: 'ok' | 'error' | 'info'; text: string };

/**
 * Reads come straight from the extension's IndexedDB; writes go through the background. With evidence
 * stored, persistent storage is asked for (again, if the save did not get it: this page can ask, Chrome's
 * service worker cannot).
 */
async function loadData(): Promise<Data> {
  const [cases, captures, chain] = await Promise.all([listCases(), listCaptures(), custodyLog()]);
  const statuses: Record<string, PageStatus> = {};
  for (const url of new Set(captures.map((c) => c.url))) statuses[url] = await pageStatus(url);
  const persisted = captures.length > 0 ? await requestPersistence() : await storagePersisted();
  return {
    cases,
    captures,
    statuses,
    chain: { count: chain.length, head: chainHead(chain), check: await verifyChain(chain) },
    persisted,
  };
}

function writeError<T>(res: WriteResult<T>): string | undefined {
  if (res.ok) return undefined;
  return res.error === 'quota' ? t('storageFull') : t('writeFailed', res.message);
}

/** The evidence page: cases, captures, exports (bundle ZIPs, reports CSV) and the custody chain's state. */
export function App() {
  const [data, setData] = useState<Data>();
  const [busy, setBusy] = useState(false);
  const [message, setMessage] = useState<Message>();
  const { loadLang, toggleLang } = usePageLang('evidenceTitle');

  const reload = useCallback(async () => {
    try {
      setData(await loadData());
    } catch (err) {
      setMessage({ kind: 'error', text: t('writeFailed', String(err)) });
    }
  }, []);

  useEffect(() => {
    void (async () => {
      await loadLang();
      await reload();
    })();
  }, [reload, loadLang]);

  /** Run a write through the background, report a failure, reload on success. */
  const run = async <T,>(fn: () => Promise<WriteResult<T>>): Promise<boolean> => {
    setBusy(true);
    try {
      const res = await fn();
      const error = writeError(res);
      if (error) setMessage({ kind: 'error', text: error });
      else await reload();
      return !error;
    } catch (err) {
      setMessage({ kind: 'error', text: t('writeFailed', String(err)) });
      return false;
    } finally {
      setBusy(false);
    }
  };

  /** Build the file, log it in the custody chain, then offer it: an export that is not logged is not offered. */
  const exportFile = async (make: () => Promise<ExportFile>) => {
    setBusy(true);
    setMessage({ kind: 'info', text: t('exporting') });
    try {
      const file = await make();
      const logged = await sendMessage('recordExport', {
        file: file.fileName,
        sha256: file.sha256,
        note: file.note,
        ...(file.url ? { url: file.url } : {}),
      });
      if (!logged.ok) {
        setMessage({ kind: 'error', text: writeError(logged) ?? '' });
        return;
      }
      downloadBytes(file.bytes, file.fileName, file.mime);
      setMessage({ kind: 'ok', text: t('exportDone', [file.fileName, file.sha256, logged.value]) });
      await reload();
    } catch (err) {
      const text = err instanceof CaptureAlteredError ? t('captureAltered', err.captureId) : t('exportFailed', String(err));
      setMessage({ kind: 'error', text });
    } finally {
      setBusy(false);
    }
  };

  return (
    <main class="evidence-page" data-loaded={String(Boolean(data))}>
      <header class="bar">
        <h1>{t('evidenceTitle')}</h1>
        <LangToggle onToggle={toggleLang} />
      </header>
      {message && (
        <p class={`message message-${message.kind}`} data-testid="message" data-kind={message.kind} role="status">
          {message.text}
        </p>
      )}
      {data && (
        <>
          <section>
            <h2>{t('sectionCases')}</h2>
            <CaseList
              cases={data.cases}
              actions={{
                busy,
                onCreate: (name, notes) => run(() => sendMessage('createCase', { name, notes })),
                onUpdate: (id, patch) => run(() => sendMessage('updateCase', { id, ...patch })),
                onExport: (id) => void exportFile(() => caseExport(id)),
              }}
            />
          </section>
          <section>
            <h2>{t('sectionCaptures')}</h2>
            <CaptureList
              captures={data.captures}
              cases={data.cases}
              statuses={data.statuses}
              actions={{
                busy,
                onMove: (id, caseId) => void run(() => sendMessage('moveCapture', { id, caseId })),
                onExport: (url) => void exportFile(() => noticeExport(url)),
              }}
            />
          </section>
          <section>
            <h2>{t('labelExports')}</h2>
            <button type="button" disabled={busy} onClick={() => void exportFile(() => reportsCsvExport())} data-testid="export-csv">
              {t('exportCsv')}
            </button>
            <p class="muted small">{t('chainShared')}</p>
          </section>
          <section class="chain" data-testid="chain" data-ok={String(data.chain.check.ok)}>
            <h2>{t('labelChain')}</h2>
            <p>
              {data.chain.check.ok ? t('chainOk') : t('chainBroken', [data.chain.check.at, data.chain.check.problem])}
            </p>
            <p class="muted small">
              {t('custodyHead', [data.chain.count, data.chain.head])}
            </p>
          </section>
          <section class="storage" data-testid="storage-state" data-persisted={String(data.persisted)}>
            <h2>{t('labelStorage')}</h2>
            <p class={data.persisted ? '' : 'warn'}>
              {data.persisted === true
                ? t('storagePersistent')
                : data.persisted === false
                  ? t('storageNotPersistent')
                  : t('storagePersistUnknown')}
            </p>
          </section>
        </>
      )}
    </main>
  );
}
