import { currentLang, t } from '../lib/i18n';
import type { ItemCount, SiteCompliance } from '../lib/dashboard/stats';
import type { RuleHref } from './ItemList';
import { noticeTypeLabel } from './ReportView';

const percent = (share: number) => `${Math.round(share * 100)}%`;

/** Present / missing / uncertain as one stacked bar (widths are shares of the required items). */
function ShareBar({ site }: { site: SiteCompliance }) {
  if (site.required === 0) return null;
  return (
    <div class="share-bar" aria-hidden="true">
      <span class="share-present" style={{ width: percent(site.share.present) }} />
      <span class="share-missing" style={{ width: percent(site.share.missing) }} />
      <span class="share-uncertain" style={{ width: percent(site.share.uncertain) }} />
    </div>
  );
}

/** An item with its Chinese label (English beside it in the English UI), key and count, linked to its rule. */
function ItemCountList({
  items,
  ruleHref,
  testId,
  countClass,
}: {
  items: ItemCount[];
  ruleHref: RuleHref;
  testId: string;
  countClass: string;
}) {
  return (
    <ol class="item-counts" data-testid={testId}>
      {items.map((m) => {
        const href = ruleHref(m.key);
        return (
          <li key={m.key} data-key={m.key} data-count={m.count}>
            <span class="item-zh">{m.labelZh}</span>
            {currentLang() === 'en' && m.labelEn !== m.labelZh && <span class="muted small"> {m.labelEn}</span>}{' '}
            {href ? (
              <a class="rule-key" href={href} title={t('ruleLinkTitle')}>
                <code>{m.key}</code>
              </a>
            ) : (
              <code>{m.key}</code>
            )}{' '}
            <span class={countClass}>{t('timesInNotices', m.count)}</span>
          </li>
        );
      })}
    </ol>
  );
}

/**
 * Per-site compliance: notices by type, shares of required items present / missing / uncertain, deadline
 * violations, the items missing most often; items not yet required at publication shown apart.
 */
export function SiteComplianceTable({
  sites,
  ruleHref,
  onShowSite,
}: {
  sites: SiteCompliance[];
  ruleHref: RuleHref;
  onShowSite?: (host: string) => void;
}) {
  if (sites.length === 0) return <p class="muted">{t('sitesEmpty')}</p>;
  return (
    <table class="grid sites" data-testid="site-table">
      <thead>
        <tr>
          <th>{t('colSite')}</th>
          <th class="num">{t('colNoticeCount')}</th>
          <th>{t('colByType')}</th>
          <th>{t('colRequiredItems')}</th>
          <th class="num">{t('colDeadlineViolations')}</th>
          <th>{t('colTopMissing')}</th>
        </tr>
      </thead>
      <tbody>
        {sites.map((s) => (
          <tr key={s.host} data-host={s.host} class="site">
            <td>
              <strong class="host">{s.host || '—'}</strong>
              {onShowSite && (
                <div>
                  <button type="button" class="link" onClick={() => onShowSite(s.host)} data-testid="show-site">
                    {t('showSiteNotices')}
                  </button>
                </div>
              )}
            </td>
            <td class="num" data-testid="site-notices">
              {s.notices}
            </td>
            <td>
              <ul class="by-type">
                {Object.entries(s.byType)
                  .sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))
                  .map(([type, n]) => (
                    <li key={type} data-type={type}>
                      {noticeTypeLabel(type)} <span class="muted">×{n}</span>
                    </li>
                  ))}
              </ul>
            </td>
            <td class="shares" data-testid="site-shares" data-present={s.present} data-missing={s.missing} data-uncertain={s.uncertain}>
              <ShareBar site={s} />
              <div class="count-good">{t('shareCount', [`✓ ${t('outcomePresent')}`, s.present, percent(s.share.present)])}</div>
              <div class="count-bad">{t('shareCount', [`✗ ${t('outcomeMissing')}`, s.missing, percent(s.share.missing)])}</div>
              <div class="count-unsure">
                {t('shareCount', [`? ${t('outcomeUncertain')}`, s.uncertain, percent(s.share.uncertain)])}
              </div>
              <div class="muted small">
                {t('requiredTotal', s.required)} · {t('noticesWithMissing', s.noticesWithMissing)}
              </div>
            </td>
            <td class="num" data-testid="site-deadline-violations" data-count={s.deadlineViolations}>
              <span class={s.deadlineViolations > 0 ? 'count-bad' : 'count-good'}>{s.deadlineViolations}</span>
              {s.deadlineViolations > 0 && <div class="muted small">{t('noticesWithViolation', s.noticesWithDeadlineViolation)}</div>}
            </td>
            <td>
              {s.topMissing.length > 0 ? (
                <ItemCountList items={s.topMissing} ruleHref={ruleHref} testId="site-top-missing" countClass="count-bad" />
              ) : (
                <span class="muted">{t('noneMissing')}</span>
              )}
              {s.notRequiredThen.length > 0 && (
                <div class="not-then" data-testid="site-not-required-then">
                  <div class="muted small">{t('colNotRequiredThen')}</div>
                  <ItemCountList items={s.notRequiredThen} ruleHref={ruleHref} testId="site-not-then-items" countClass="muted" />
                </div>
              )}
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
