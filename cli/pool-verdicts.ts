/** `npm run pool:verdicts [-- DIR]`: each pool notice's predicted type and every `missing` verdict, as JSON. */
import { existsSync, readFileSync } from 'node:fs';
import { dirname, extname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { analyze } from '../lib/analyze';

/** Used when neither the URL nor the file name shows the publication day (the pool was collected around then). */
const FALLBACK_CAPTURED_AT = '2026-06-01T18:00:00+08:00';

interface PoolRow {
  file: string;
  kind: string;
  url: string;
}

interface FileVerdicts {
  file: string;
  manifestKind: string;
  predicted: string;
  capturedAt: string;
  capturedAtFrom: 'url' | 'fallback';
  bodyIssue?: string;
  missing: { key: string; reason?: string }[];
}

function readManifest(dir: string): PoolRow[] {
  const [header, ...lines] = readFileSync(join(dir, 'MANIFEST.tsv'), 'utf8').split('\n').filter(Boolean);
  const cols = (header ?? '').split('\t');
  const at = (name: string) => cols.indexOf(name);
  return lines.map((line) => {
    const cells = line.split('\t');
    return { file: cells[at('file')] ?? '', kind: cells[at('kind')] ?? '', url: cells[at('original_url')] ?? '' };
  });
}

/** The publication day a URL or file name shows (/20260326/, 2026-03-26 or 2026-03/26), else the fallback. */
function capturedAtFor(url: string, file: string): { capturedAt: string; from: 'url' | 'fallback' } {
  const m = /(?:^|[^0-9])(20[12][0-9])[-/]?([01][0-9])[-/]?([0-3][0-9])(?:[^0-9]|$)/.exec(`${url} ${file}`);
  if (m && Number(m[2]) >= 1 && Number(m[2]) <= 12 && Number(m[3]) >= 1 && Number(m[3]) <= 31) {
    return { capturedAt: `${m[1]}-${m[2]}-${m[3]}T18:00:00+08:00`, from: 'url' };
  }
  return { capturedAt: FALLBACK_CAPTURED_AT, from: 'fallback' };
}

function verdicts(dir: string, row: PoolRow): FileVerdicts {
  const content = readFileSync(join(dir, row.file), 'utf8');
  const { capturedAt, from } = capturedAtFor(row.url, row.file);
  const url = row.url || `file://${row.file}`;
  const report =
    extname(row.file) === '.txt' ? analyze({ text: content, url, capturedAt }) : analyze({ html: content, url, capturedAt });
  return {
    file: row.file,
    manifestKind: row.kind,
    predicted: report.noticeType,
    capturedAt,
    capturedAtFrom: from,
    ...(report.bodyIssue ? { bodyIssue: report.bodyIssue } : {}),
    missing: report.items.filter((i) => i.outcome === 'missing').map((i) => ({ key: i.key, reason: i.reason })),
  };
}

const repo = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const dir = resolve(process.argv[2] ?? resolve(repo, '../shared/pool'));
if (!existsSync(join(dir, 'MANIFEST.tsv'))) {
  console.error(`no pool at ${dir} (expected MANIFEST.tsv); pass a directory: npm run pool:verdicts -- DIR`);
  process.exit(2);
}
console.log(JSON.stringify(readManifest(dir).map((row) => verdicts(dir, row)), null, 2));
