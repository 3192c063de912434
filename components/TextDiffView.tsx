import { t } from '../lib/i18n';
import type { DiffHunk, TextDiff } from '../lib/evidence/diff';

/** A changed paragraph with the changed characters marked: the old side shows deletions, the new additions. */
function InlineHunk({ hunk }: { hunk: DiffHunk }) {
  const side = hunk.type === 'del' ? 'del' : 'add';
  return (
    <div class={`diff-line diff-${side}`}>
      {(hunk.inline ?? [])
        .filter((p) => p.type === 'same' || p.type === side)
        .map((p, i) => {
          if (p.type === 'same') return <span key={i}>{p.text}</span>;
          return p.type === 'del' ? <del key={i}>{p.text}</del> : <ins key={i}>{p.text}</ins>;
        })}
    </div>
  );
}

/** A readable line diff of two notice versions: removed lines struck through, added lines marked, unchanged runs folded. */
export function TextDiffView({ diff }: { diff: TextDiff }) {
  return (
    <div class="diff" data-testid="text-diff" data-added={diff.added} data-removed={diff.removed}>
      <p class="diff-summary">{t('diffSummary', [diff.added, diff.removed])}</p>
      <div class="diff-body">
        {diff.hunks.map((h, i) => {
          if (h.skipped) {
            return (
              <div key={i} class="diff-line diff-skip">
                {t('diffSkipped', h.skipped)}
              </div>
            );
          }
          if (h.inline && h.type !== 'same') return <InlineHunk key={i} hunk={h} />;
          return (
            <div key={i} class={`diff-line diff-${h.type}`}>
              {h.type === 'del' ? <del>{h.text}</del> : h.type === 'add' ? <ins>{h.text}</ins> : h.text}
            </div>
          );
        })}
      </div>
    </div>
  );
}
