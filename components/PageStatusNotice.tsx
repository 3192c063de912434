import { t } from '../lib/i18n';
import type { PageStatus } from '../lib/store/visits';
import { formatTime } from './format';
import { TextDiffView } from './TextDiffView';

/** "内容已变更" with the diff, or "公告已不可见", for a notice URL seen before; nothing when neither. */
export function PageStatusNotice({ status }: { status?: PageStatus }) {
  if (status?.gone) {
    return (
      <div class="status status-gone" data-testid="notice-gone" role="alert">
        <strong>{t('goneSince', formatTime(status.gone.since))}</strong>
        {status.gone.lastSeen && <div>{t('goneLastSeen', formatTime(status.gone.lastSeen))}</div>}
      </div>
    );
  }
  if (status?.change) {
    const { change } = status;
    return (
      <div class="status status-changed" data-testid="notice-changed" role="alert">
        <strong>{t('changedSince', formatTime(change.since))}</strong>
        {change.diff ? <TextDiffView diff={change.diff} /> : <p class="muted">{t('changedNoDiff')}</p>}
      </div>
    );
  }
  return null;
}
