import { useCallback, useEffect, useState } from 'preact/hooks';
import { CaptureList } from '../../components/CaptureList';
import { CaseList } from '../../components/CaseList';
import { LangToggle } from '../../components/LangToggle';
import { base64ToBytes } from '../../lib/base64';
import { t } from '../../lib/i18n';
import { type EvidenceExportRequest, type ExportResult, sendMessage, type WriteResult } from '../../lib/messages';
import type { EvidenceOverview } from '../../lib/store/overview';
import { requestPersistence, storagePersisted } from '../../lib/store/persist';
import { downloadBytes } from '../../lib/ui/download';
import { usePageLang } from '../../lib/ui/lang';

interface Data extends EvidenceOverview {
  /** The browser keeps this storage from eviction (undefined: it cannot say). */
  persisted: boolean | undefined;
}

type Message = { kind: 'ok' | 'error' | 'info'; text: string };

/**
 * Reads and writes go through the background, like every extension page's. With evidence stored, persistent
 * storage is asked for (again, if the save did not get it: this page can ask, Chrome's service worker cannot).
 */
async function loadData(): Promise<Data> {
  const overview = await sendMessage('evidenceOverview', undefined);
  const persisted = overview.captures.length > 0 ? await requestPersistence() : await storagePersisted();
  return { ...overview, persisted };
}

function writeError<T>(res: WriteResult<T>): string | undefined {
  if (res.ok) return undefined;
  return res.error === 'quota' ? t('storageFull') : t('writeFailed', res.message);
}

/** Why an export was refused, in the page's words. */
function exportError(res: Extract<ExportResult, { ok: false }>): string {
  if (res.error === 'altered') return t('captureAltered', res.captureId ?? '?');
  if (res.error === 'export') return t('exportFailed', res.message);
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

  /** The background builds the file and logs it in the custody chain; only a logged export is offered. */
  const exportFile = async (request: EvidenceExportRequest) => {
    setBusy(true);
    setMessage({ kind: 'info', text: t('exporting') });
    try {
      const res = await sendMessage('exportEvidence', request);
      if (!res.ok) {
        setMessage({ kind: 'error', text: exportError(res) });
        return;
      }
      const file = res.value;
      downloadBytes(base64ToBytes(file.base64), file.fileName, file.mime);
      setMessage({ kind: 'ok', text: t('exportDone', [file.fileName, file.sha256, file.seq]) });
      await reload();
    } catch (err) {
      setMessage({ kind: 'error', text: t('exportFailed', String(err)) });
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
                onExport: (id) => void exportFile({ kind: 'case', id }),
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
                onExport: (url) => void exportFile({ kind: 'notice', url }),
              }}
            />
          </section>
          <section>
            <h2>{t('labelExports')}</h2>
            <button type="button" disabled={busy} onClick={() => void exportFile({ kind: 'reportsCsv' })} data-testid="export-csv">
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
