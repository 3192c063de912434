/** Test helper: a NoticeDoc from plain text, one line per text line (as crawler .txt files are). */
import type { NoticeDoc } from '../../../lib/page/doc';
import { normalizeLine } from '../../../lib/page/normalize';

/** Split text into normalised, non-empty lines and wrap them as a NoticeDoc. */
export function textDoc(text: string, title?: string): NoticeDoc {
  const lines = text
    .split(/\r?\n/)
    .map((t) => normalizeLine(t))
    .filter((t) => t.length > 0)
    .map((t, i) => ({ text: t, path: `line ${i + 1}` }));
  const doc: NoticeDoc = {
    lines,
    text: lines.map((l) => l.text).join('\n'),
    tables: [],
    attachments: [],
    bodyFound: lines.length > 0,
  };
  if (title !== undefined) doc.title = title;
  return doc;
}
