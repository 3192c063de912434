import { t } from '../lib/i18n';
import type { FlagResult } from '../lib/types';
import { EngineText } from './EngineText';

/** Advisory flags (e.g. a discriminatory clause), each quoted with its reason and source. */
export function FlagList({ flags }: { flags: FlagResult[] }) {
  return (
    <ul class="flags">
      {flags.map((f, i) => (
        <li key={`${f.key}-${i}`} class={`flag flag-${f.severity}`} data-key={f.key}>
          <div class="item-head">
            <span class="mark mark-flag">!</span>
            <span class="item-label">
              <EngineText text={f.reason} />
            </span>
            <span class="tag">{t(f.severity === 'violation' ? 'severityViolation' : 'severityAdvisory')}</span>
          </div>
          <blockquote class="quote" title={f.path}>
            {f.text}
          </blockquote>
          <div class="source">
            {t('labelSource')}{t('colon')}{f.source}
          </div>
        </li>
      ))}
    </ul>
  );
}
