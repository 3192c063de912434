/**
 * `npm run eval:cut [-- DIR…] [--text]`: cut each real notice at 45/60/75/90% of its length and count the
 * `missing` verdicts the cut page gets that the whole page does not (issue: a page cut short never accuses).
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { extname, join, relative, resolve } from 'node:path';
import { analyze } from '../lib/analyze';
import { parseArgs } from './args';

/** Where the cut points fall, as shares of the page's length. */
export const CUT_POINTS = [0.45, 0.6, 0.75, 0.9] as const;

/** One accusation a cut page makes that its whole page does not. */
export interface NewMissing {
  file: string;
  cut: number;
  key: string;
}

function noticeFiles(dir: string, withText: boolean): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .map((f) => join(dir, f))
    .filter((f) => (f.endsWith('.html') || (withText && f.endsWith('.txt'))) && statSync(f).isFile())
    .sort();
}

function missingKeys(content: string, isText: boolean, url: string): Set<string> {
  const capturedAt = '2026-06-01T18:00:00+08:00';
  const report = isText ? analyze({ text: content, url, capturedAt }) : analyze({ html: content, url, capturedAt });
  return new Set(report.items.filter((i) => i.outcome === 'missing').map((i) => i.key));
}

/** Cut every notice of `dirs` at each cut point; returns how many cut pages were read and the new accusations. */
export function cutEval(dirs: readonly string[], withText = false): { pages: number; cutPages: number; newMissing: NewMissing[] } {
  let pages = 0;
  const newMissing: NewMissing[] = [];
  for (const dir of dirs) {
    for (const file of noticeFiles(dir, withText)) {
      const content = readFileSync(file, 'utf8');
      const isText = extname(file) === '.txt';
      const url = `https://ggzy.gov.cn/cut/${relative(dir, file)}`;
      const whole = missingKeys(content, isText, url);
      pages++;
      for (const cut of CUT_POINTS) {
        const part = content.slice(0, Math.floor(content.length * cut));
        for (const key of missingKeys(part, isText, url)) if (!whole.has(key)) newMissing.push({ file: relative(dir, file), cut, key });
      }
    }
  }
  return { pages, cutPages: pages * CUT_POINTS.length, newMissing };
}

if (process.argv[1] === import.meta.filename) {
  const args = parseArgs(process.argv.slice(2), ['text']);
  const shared = resolve(import.meta.dirname, '../../shared');
  const dirs = args.positional.length > 0 ? args.positional : [join(shared, 'corpus'), join(shared, 'pool')];
  const { pages, cutPages, newMissing } = cutEval(dirs, args.flags.has('text'));
  for (const m of newMissing) console.log(`${m.file}\tcut ${Math.round(m.cut * 100)}%\t${m.key}`);
  const files = new Set(newMissing.map((m) => `${m.file}@${m.cut}`)).size;
  console.log(`cut-eval: pages=${pages} cut_pages=${cutPages} cut_pages_with_new_missing=${files} new_missing=${newMissing.length}`);
}
