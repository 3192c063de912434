import { t } from '../lib/i18n';
import type { ReportSummary } from '../lib/store/queries';
import { formatTime } from './format';
import { noticeTypeLabel } from './ReportView';

/** Recently checked notices, newest first; each opens its page. */
export function RecentList({ rows, onOpen }: { rows: ReportSummary[]; onOpen?: (url: string) => void }) {
  if (rows.length === 0) return <p class="muted">{t('recentEmpty')}</p>;
  return (
    <ul class="recent">
      {rows.map((r) => (
        <li key={r.id} data-url={r.url} data-missing={r.missing}>
          <a
            href={r.url}
            target="_blank"
            rel="noreferrer"
            onClick={(e) => {
              if (onOpen) {
                e.preventDefault();
                onOpen(r.url);
              }
            }}
          >
            {r.title || r.url}
          </a>
          <div class="recent-meta">
            <span>{noticeTypeLabel(r.noticeType)}</span>
            <span class={r.missing > 0 ? 'count-bad' : 'count-good'}>✗ {r.missing}</span>
            <span class="count-unsure">? {r.uncertain}</span>
            <span class="muted">{formatTime(r.capturedAt)}</span>
          </div>
        </li>
      ))}
    </ul>
  );
}
