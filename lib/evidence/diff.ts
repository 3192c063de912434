/** What changed in a notice between two captures ("内容已变更 / changed since …"), on normalised text. */
import { diffChars, diffLines } from 'diff';
import { normalizeNoticeText } from './hash';

/** A run of lines; a collapsed run of unchanged lines has text "" and `skipped` lines. */
export interface DiffHunk {
  type: 'add' | 'del' | 'same';
  text: string;
  /** Unchanged lines left out here (only on a collapsed 'same' hunk). */
  skipped?: number;
  /** For a 'del' directly followed by an 'add' (a changed paragraph): the character-level changes. */
  inline?: { type: 'add' | 'del' | 'same'; text: string }[];
}

/** Summary and hunks; added/removed count lines. */
export interface TextDiff {
  changed: boolean;
  added: number;
  removed: number;
  hunks: DiffHunk[];
}

/** Options of textDiff. */
export interface TextDiffOptions {
  /** Unchanged lines kept on each side of a change (default 2). */
  context?: number;
  /** Longest del+add pair (characters) that gets a character-level diff (default 4000). */
  inlineLimit?: number;
}

/** Line diff of two notice texts after normalizeNoticeText, with long unchanged runs collapsed. */
export function textDiff(oldText: string, newText: string, opts: TextDiffOptions = {}): TextDiff {
  const context = Math.max(0, opts.context ?? 2);
  const inlineLimit = opts.inlineLimit ?? 4000;
  const a = normalizeNoticeText(oldText);
  const b = normalizeNoticeText(newText);
  if (a === b) return { changed: false, added: 0, removed: 0, hunks: [] };

  const changes = diffLines(a === '' ? '' : `${a}\n`, b === '' ? '' : `${b}\n`);
  let added = 0;
  let removed = 0;
  const raw: { type: DiffHunk['type']; lines: string[] }[] = [];
  for (const c of changes) {
    const lines = c.value.replace(/\n$/, '').split('\n');
    const type = c.added ? 'add' : c.removed ? 'del' : 'same';
    if (type === 'add') added += lines.length;
    if (type === 'del') removed += lines.length;
    raw.push({ type, lines });
  }

  const hunks: DiffHunk[] = [];
  raw.forEach((r, i) => {
    if (r.type !== 'same') {
      hunks.push({ type: r.type, text: r.lines.join('\n') });
      return;
    }
    const first = i === 0;
    const last = i === raw.length - 1;
    const head = first ? 0 : context; // lines kept after the previous change
    const tail = last ? 0 : context; // lines kept before the next change
    if (r.lines.length <= head + tail + 1) {
      hunks.push({ type: 'same', text: r.lines.join('\n') });
      return;
    }
    if (head) hunks.push({ type: 'same', text: r.lines.slice(0, head).join('\n') });
    hunks.push({ type: 'same', text: '', skipped: r.lines.length - head - tail });
    if (tail) hunks.push({ type: 'same', text: r.lines.slice(-tail).join('\n') });
  });

  for (let i = 0; i + 1 < hunks.length; i++) {
    const del = hunks[i];
    const add = hunks[i + 1];
    if (del?.type === 'del' && add?.type === 'add' && del.text.length + add.text.length <= inlineLimit) {
      del.inline = add.inline = diffChars(del.text, add.text).map((c) => ({
        type: c.added ? 'add' : c.removed ? 'del' : 'same',
        text: c.value,
      }));
    }
  }
  return { changed: true, added, removed, hunks };
}
