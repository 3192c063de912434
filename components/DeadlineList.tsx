import { type MessageKey, t } from '../lib/i18n';
import type { DeadlineOutcome, DeadlineResult } from '../lib/types';
import { EngineText } from './EngineText';
import { formatNoticeDate } from './format';

const VERDICT: Record<DeadlineOutcome, MessageKey> = {
  ok: 'deadlineOk',
  violation: 'deadlineViolation',
  uncertain: 'deadlineUncertain',
  not_applicable: 'deadlineNotApplicable',
};
const MARK: Record<DeadlineOutcome, string> = { ok: '✓', violation: '✗', uncertain: '?', not_applicable: '–' };

function label(key: string): string {
  // deadline.candidates_period → deadline_candidates_period (message names cannot hold dots)
  const name = key.replace(/\./g, '_') as MessageKey;
  const s = t(name);
  return s === name ? key : s;
}

/** Time rules checked against the notice's dates: verdict, days counted, reason, source. */
export function DeadlineList({ deadlines }: { deadlines: DeadlineResult[] }) {
  return (
    <ul class="deadlines">
      {deadlines.map((d) => {
        const unit = t(d.unit === 'working' ? 'unitWorking' : 'unitCalendar');
        return (
          <li key={d.key} class={`deadline deadline-${d.outcome}`} data-key={d.key} data-outcome={d.outcome}>
            <div class="item-head">
              <span class={`mark mark-d-${d.outcome}`} title={t(VERDICT[d.outcome])}>
                {MARK[d.outcome]}
              </span>
              <span class="item-label">{label(d.key)}</span>
              <span class="tag">{t(VERDICT[d.outcome])}</span>
            </div>
            <div class="detail">
              {d.days === undefined
                ? t('deadlineRequired', [d.required, unit])
                : t('deadlineDays', [d.days, d.required, unit])}
              {d.from && d.to && ` (${formatNoticeDate(d.from)} – ${formatNoticeDate(d.to)})`}
            </div>
            {d.open && d.daysLeft !== undefined && <div class="note">{t('deadlineOpen', d.daysLeft)}</div>}
            {d.reason && (
              <div class="reason">
                {t('labelReason')}{t('colon')}
                <EngineText text={d.reason} />
              </div>
            )}
            {d.evidence?.map((q) => (
              <blockquote class="quote" key={q}>
                {q}
              </blockquote>
            ))}
            <div class="source">
              {t('labelSource')}{t('colon')}{d.source}
            </div>
          </li>
        );
      })}
    </ul>
  );
}
