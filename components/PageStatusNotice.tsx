import { t } from '../lib/i18n';
import type { PageStatus } from '../lib/store/visits';
import { formatTime } from './format';
import { TextDiffView } from './TextDiffView';

/**
 * For a notice URL seen before: "内容已变更" with the diff; "公告已不可见" only when a removal page was seen on
 * two visits or more; otherwise, when the last visit did not read the notice, "本次未能读取" (a firewall or
 * rate-limit page, a server error, or a page drawn late is not a removal). Nothing when none applies.
 */
export function PageStatusNotice({ status }: { status?: PageStatus }) {
  if (status?.gone) {
    return (
      <div class="status status-gone" data-testid="notice-gone" role="alert">
        <strong>{t('goneSince', [formatTime(status.gone.since), status.gone.visits])}</strong>
        {status.gone.lastSeen && <div>{t('goneLastSeen', formatTime(status.gone.lastSeen))}</div>}
      </div>
    );
  }
  if (status?.unread) {
    const { unread } = status;
    return (
      <div class="status status-unread" data-testid="notice-unread" data-removed={String(unread.removed)} role="status">
        <strong>{t('unreadAt', formatTime(unread.at))}</strong>
        <div>{t(unread.removed ? 'unreadRemovedOnce' : 'unreadWhy')}</div>
        {unread.lastSeen && <div>{t('unreadLastSeen', formatTime(unread.lastSeen))}</div>}
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
