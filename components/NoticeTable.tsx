import { Fragment } from 'preact';
import { useState } from 'preact/hooks';
import { t } from '../lib/i18n';
import { countOutcomes } from '../lib/report-counts';
import type { LatestNotice } from '../lib/dashboard/stats';
import { formatTime } from './format';
import type { RuleHref } from './ItemList';
import { noticeTypeLabel, ReportView } from './ReportView';

/** One notice: title linking to its page, type, check time, ✓ ✗ ? counts; the full report when expanded. */
function NoticeRow({ notice, ruleHref }: { notice: LatestNotice; ruleHref: RuleHref }) {
  const [open, setOpen] = useState(false);
  const { report } = notice;
  const tally = countOutcomes(report.items);
  return (
    <Fragment>
      <tr
        class={`notice-row${open ? ' open' : ''}`}
        data-url={report.url}
        data-host={notice.host}
        data-notice-type={report.noticeType}
        data-missing={tally.missing}
      >
        <td>
          <a href={report.url} target="_blank" rel="noreferrer" class="notice-title">
            {report.title || report.url}
          </a>
          <div class="muted small">
            {notice.host}
            {report.projectCode && ` · ${report.projectCode}`}
            {notice.visits > 1 && ` · ${t('checkedTimes', notice.visits)}`}
            {notice.savedAt && (
              <>
                {' · '}
                <span class="tag">{t('evidenceSavedTag')}</span>
              </>
            )}
          </div>
        </td>
        <td>{noticeTypeLabel(report.noticeType)}</td>
        <td class="nowrap">{formatTime(report.capturedAt)}</td>
        <td class="counts nowrap" data-testid="notice-counts" title={t('colCounts')}>
          <span class="count-good">✓ {tally.present}</span> <span class={tally.missing > 0 ? 'count-bad' : 'muted'}>✗ {tally.missing}</span>{' '}
          <span class={tally.uncertain > 0 ? 'count-unsure' : 'muted'}>? {tally.uncertain}</span>
        </td>
        <td>
          <button type="button" aria-expanded={open} onClick={() => setOpen(!open)} data-testid="toggle-detail">
            {open ? t('hideDetail') : t('showDetail')}
          </button>
        </td>
      </tr>
      {open && (
        <tr class="detail-row" data-url={report.url}>
          <td colSpan={5}>
            <ReportView report={report} ruleHref={ruleHref} />
          </td>
        </tr>
      )}
    </Fragment>
  );
}

/** The stored notices (latest check of each URL) as a table; each row expands to its report. */
export function NoticeTable({ notices, ruleHref }: { notices: LatestNotice[]; ruleHref: RuleHref }) {
  if (notices.length === 0) return <p class="muted" data-testid="notices-empty">{t('noticesEmpty')}</p>;
  return (
    <table class="grid notices" data-testid="notice-table">
      <thead>
        <tr>
          <th>{t('colTitle')}</th>
          <th>{t('labelNoticeType')}</th>
          <th>{t('labelCheckedAt')}</th>
          <th title={t('colCounts')}>✓ ✗ ?</th>
          <th />
        </tr>
      </thead>
      <tbody>
        {notices.map((n) => (
          <NoticeRow key={n.report.url} notice={n} ruleHref={ruleHref} />
        ))}
      </tbody>
    </table>
  );
}
