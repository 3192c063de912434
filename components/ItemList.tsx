import { pick, t } from '../lib/i18n';
import { ruleFor } from '../lib/rules/catalog';
import type { ItemResult } from '../lib/types';
import { EngineText } from './EngineText';
import { OutcomeMark } from './OutcomeMark';

/** Where an item key links to (its rule's explanation), when the page has one. */
export type RuleHref = (key: string) => string | undefined;

/** One required item: mark, label, quote or reason, per-candidate sub-findings and the legal source. */
function Item({ item, ruleHref }: { item: ItemResult; ruleHref?: RuleHref | undefined }) {
  const rule = ruleFor(item.key);
  const href = rule ? ruleHref?.(item.key) : undefined;
  return (
    <li class={`item item-${item.outcome}`} data-key={item.key} data-outcome={item.outcome}>
      <div class="item-head">
        <OutcomeMark outcome={item.outcome} />
        <span class="item-label">{rule ? pick(rule) : item.key}</span>
        {rule?.severity === 'advisory' && <span class="tag">{t('severityAdvisory')}</span>}
        {href && (
          <a class="rule-key" href={href} title={t('ruleLinkTitle')} data-testid="rule-link">
            <code>{item.key}</code>
          </a>
        )}
      </div>
      {item.notRequiredThen && <div class="note">{t('notRequiredThen')}</div>}
      {item.outcome === 'present' && item.evidence?.text && (
        <blockquote class="quote" title={item.evidence.path}>
          {item.evidence.text}
          {item.evidence.href && (
            <>
              {' '}
              <a href={item.evidence.href} target="_blank" rel="noreferrer">
                {t('labelAttachment')}
              </a>
            </>
          )}
        </blockquote>
      )}
      {item.reason && (
        <div class="reason">
          {t('labelReason')}{t('colon')}
          <EngineText text={item.reason} />
        </div>
      )}
      {item.perParty && item.perParty.length > 0 && (
        <ul class="parties" aria-label={t('perPartyTitle')}>
          {item.perParty.map((p) => (
            <li key={p.party} data-party={p.party} data-outcome={p.outcome}>
              <OutcomeMark outcome={p.outcome} /> <span class="party">{p.party}</span>
              {p.evidence && <span class="party-evidence">{t('colon')}{p.evidence}</span>}
            </li>
          ))}
        </ul>
      )}
      {rule && (
        <div class="source">
          {t('labelSource')}{t('colon')}{rule.source}
        </div>
      )}
    </li>
  );
}

/** The required items of a notice, in the report's order; with `ruleHref`, each key links to its rule. */
export function ItemList({ items, ruleHref }: { items: ItemResult[]; ruleHref?: RuleHref | undefined }) {
  return (
    <ul class="items">
      {items.map((item) => (
        <Item key={item.key} item={item} ruleHref={ruleHref} />
      ))}
    </ul>
  );
}
