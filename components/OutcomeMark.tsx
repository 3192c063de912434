import { t } from '../lib/i18n';
import type { Outcome } from '../lib/types';

const MARK: Record<Outcome, string> = { present: '✓', missing: '✗', uncertain: '?', not_applicable: '–' };
const LABEL = {
  present: 'outcomePresent',
  missing: 'outcomeMissing',
  uncertain: 'outcomeUncertain',
  not_applicable: 'outcomeNotApplicable',
} as const;

/** ✓ ✗ ? – for an item outcome, with its name for screen readers and tooltips. */
export function OutcomeMark({ outcome }: { outcome: Outcome }) {
  const label = t(LABEL[outcome]);
  return (
    <span class={`mark mark-${outcome}`} title={label} aria-label={label} role="img">
      {MARK[outcome]}
    </span>
  );
}
