import { t } from '../lib/i18n';
import { NOTICE_TYPES, RULES, ruleFor } from '../lib/rules/catalog';
import { noticeTypeLabel } from './ReportView';

const RULE_HASH = '#rule=';

/** The dashboard link of a rule: `#rule=<key>` (undefined for a key the catalogue does not know). */
export function ruleHash(key: string): string | undefined {
  return ruleFor(key) ? `${RULE_HASH}${encodeURIComponent(key)}` : undefined;
}

/** The rule key a location hash points at (`#rule=<key>`), if any. */
export function ruleFromHash(hash: string): string | undefined {
  if (!hash.startsWith(RULE_HASH)) return undefined;
  try {
    return decodeURIComponent(hash.slice(RULE_HASH.length)) || undefined;
  } catch {
    return undefined;
  }
}

/** The notice types that have rules, in catalogue order. */
const TYPES_WITH_RULES = NOTICE_TYPES.filter((type) => RULES.some((r) => r.type === type.key));

/**
 * Every rule of the catalogue, by notice type: key, labels (zh and en), source, severity, date in force.
 * `selected` (from `#rule=<key>`) is highlighted; an unknown key is said to be unknown.
 */
export function RuleCatalog({ selected }: { selected?: string | undefined }) {
  return (
    <div class="rules" data-testid="rule-catalog">
      <p class="muted small">{t('rulesIntro')}</p>
      {selected && !ruleFor(selected) && (
        <p class="warn" data-testid="rule-unknown">
          {t('ruleUnknown', selected)}
        </p>
      )}
      {TYPES_WITH_RULES.map((type) => (
        <section key={type.key} class="rule-type" data-type={type.key}>
          <h3>
            {noticeTypeLabel(type.key)} <code class="muted small">{type.key}</code>
          </h3>
          <table class="grid">
            <thead>
              <tr>
                <th>{t('ruleKey')}</th>
                <th>{t('ruleLabel')}</th>
                <th>{t('labelSource')}</th>
                <th>{t('ruleSeverity')}</th>
                <th>{t('ruleSince')}</th>
              </tr>
            </thead>
            <tbody>
              {RULES.filter((r) => r.type === type.key).map((r) => (
                <tr
                  key={r.key}
                  id={`rule-${r.key}`}
                  class={r.key === selected ? 'rule selected' : 'rule'}
                  data-key={r.key}
                  data-selected={String(r.key === selected)}
                >
                  <td>
                    <a href={ruleHash(r.key)}>
                      <code>{r.key}</code>
                    </a>
                  </td>
                  <td>
                    <div>{r.labelZh}</div>
                    <div class="muted small">{r.labelEn}</div>
                  </td>
                  <td class="rule-source">{r.source}</td>
                  <td>
                    <span class={r.severity === 'violation' ? 'tag tag-bad' : 'tag'}>
                      {t(r.severity === 'violation' ? 'severityViolation' : 'severityAdvisory')}
                    </span>
                  </td>
                  <td class="small">{r.since ?? '—'}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </section>
      ))}
    </div>
  );
}
