import { t } from '../lib/i18n';
import type { CaseSummary } from '../lib/store/cases';
import type { CaptureSummary } from '../lib/store/evidence';
import type { PageStatus } from '../lib/store/visits';
import { formatTime } from './format';
import { noticeTypeLabel } from './ReportView';

/** What the capture list asks its page to do. */
export interface CaptureActions {
  busy: boolean;
  onMove(id: number, caseId: number | null): void;
  onExport(url: string): void;
}

function Hashes({ parts }: { parts: Record<string, string> }) {
  return (
    <details class="hashes">
      <summary>{t('labelHashes')}</summary>
      <dl>
        {Object.entries(parts).map(([name, hash]) => (
          <div key={name}>
            <dt>{name}</dt>
            <dd>
              <code>{hash}</code>
            </dd>
          </div>
        ))}
      </dl>
    </details>
  );
}

function CaptureRow({ c, cases, actions }: { c: CaptureSummary; cases: CaseSummary[]; actions: CaptureActions }) {
  return (
    <tr data-capture-id={c.id} data-case-id={c.caseId ?? ''}>
      <td title={c.capturedAtLocal}>{formatTime(c.capturedAt)}</td>
      <td>{noticeTypeLabel(c.noticeType)}</td>
      <td>{t('custodySeq', c.custodySeq)}</td>
      <td title={c.screenshotNote}>{c.hasScreenshot ? t('screenshotYes') : t('screenshotNo')}</td>
      <td>
        <Hashes parts={c.partsHashes} />
      </td>
      <td>
        <select
          aria-label={t('labelCase')}
          value={c.caseId === undefined ? '' : String(c.caseId)}
          disabled={actions.busy}
          onChange={(e) => {
            const v = e.currentTarget.value;
            actions.onMove(c.id, v === '' ? null : Number(v));
          }}
          data-testid="capture-case"
        >
          <option value="">{t('caseNone')}</option>
          {cases.map((k) => (
            <option key={k.id} value={String(k.id)}>
              {k.name}
            </option>
          ))}
        </select>
      </td>
    </tr>
  );
}

/** Saved captures grouped by notice (newest notice first): each capture's time, hashes and case; export per notice. */
export function CaptureList(props: {
  captures: CaptureSummary[];
  cases: CaseSummary[];
  statuses: Record<string, PageStatus>;
  actions: CaptureActions;
}) {
  const { captures, cases, statuses, actions } = props;
  if (captures.length === 0) return <p class="muted">{t('capturesEmpty')}</p>;
  const groups = new Map<string, CaptureSummary[]>();
  for (const c of captures) groups.set(c.url, [...(groups.get(c.url) ?? []), c]);
  const ordered = [...groups].sort(([, a], [, b]) => ((b.at(-1)?.capturedAt ?? '') < (a.at(-1)?.capturedAt ?? '') ? -1 : 1));
  return (
    <ul class="notices">
      {ordered.map(([url, list]) => {
        const latest = list.at(-1);
        const status = statuses[url];
        return (
          <li key={url} class="notice" data-url={url}>
            <div class="notice-head">
              <a href={url} target="_blank" rel="noreferrer">
                {latest?.title || url}
              </a>
              {status?.change && <span class="tag tag-bad">{t('statusChanged')}</span>}
              {status?.gone && <span class="tag tag-unsure">{t('statusGone')}</span>}
              {status?.unread && <span class="tag">{t('statusUnread')}</span>}
              <button type="button" disabled={actions.busy} onClick={() => actions.onExport(url)} data-testid="export-notice">
                {t('exportNotice')}
              </button>
            </div>
            <div class="url muted">{url}</div>
            <table class="captures">
              <thead>
                <tr>
                  <th>{t('labelCapturedAt')}</th>
                  <th>{t('labelNoticeType')}</th>
                  <th>{t('labelCustody')}</th>
                  <th>{t('labelScreenshot')}</th>
                  <th>{t('labelHashes')}</th>
                  <th>{t('labelCase')}</th>
                </tr>
              </thead>
              <tbody>
                {list.map((c) => (
                  <CaptureRow key={c.id} c={c} cases={cases} actions={actions} />
                ))}
              </tbody>
            </table>
          </li>
        );
      })}
    </ul>
  );
}
