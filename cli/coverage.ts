/** `npm run coverage`: share of real notice URLs the extension checks by itself, and after the gov.cn opt-in. */
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { coverageOf, manifestUrls } from '../lib/sites/coverage';

const SHARED = resolve(import.meta.dirname, '../../shared');

/** One line per manifest (corpus, pool): URLs, default coverage, opt-in coverage, mirrors, uncovered hosts. */
export function coverageLines(): string[] {
  const lines: string[] = [];
  for (const set of ['corpus', 'pool']) {
    const file = resolve(SHARED, set, 'MANIFEST.tsv');
    if (!existsSync(file)) {
      lines.push(`coverage ${set}: skipped (no ${file})`);
      continue;
    }
    const c = coverageOf(manifestUrls(readFileSync(file, 'utf8')));
    const pct = (n: number) => (c.urls ? ((100 * n) / c.urls).toFixed(1) : 'na');
    const left = [...c.uncovered].map(([h, n]) => `${h}×${n}`).join(', ');
    lines.push(
      `coverage ${set}: ${c.urls} publisher URLs; by default ${pct(c.byDefault)}%, with the gov.cn opt-in ${pct(c.withOptIn)}%; ${c.mirrors} on mirror sites apart${left ? `; not covered: ${left}` : ''}`,
    );
  }
  return lines;
}

if (process.argv[1] === import.meta.filename) for (const line of coverageLines()) console.log(line);
