/** `npm run bench`: engine speed over the fixtures and the corpus, a worst-case page, and bundle sizes. */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { extname, join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { analyze } from '../lib/analyze';
import { coverageLines } from './coverage';
import { defaultCorpusDir } from './eval-core';

const repo = resolve(import.meta.dirname, '..');

function files(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .map((f) => join(dir, f))
    .filter((f) => /\.(html|txt)$/.test(f) && statSync(f).isFile());
}

function timeOne(file: string, rounds: number): number {
  const content = readFileSync(file, 'utf8');
  const input = extname(file) === '.txt' ? { text: content } : { html: content };
  const times: number[] = [];
  for (let i = 0; i < rounds; i++) {
    const t = performance.now();
    analyze({ ...input, url: 'https://ggzy.gov.cn/bench', capturedAt: '2025-06-03T18:00:00+08:00' });
    times.push(performance.now() - t);
  }
  return times.sort((a, b) => a - b)[Math.floor(rounds / 2)] as number;
}

function summary(name: string, list: string[]): void {
  if (list.length === 0) {
    console.log(`${name}: none found`);
    return;
  }
  const times = list.map((f) => timeOne(f, 5)).sort((a, b) => a - b);
  const bytes = list.reduce((n, f) => n + statSync(f).size, 0);
  const total = times.reduce((a, b) => a + b, 0);
  const pct = (p: number) => (times[Math.min(times.length - 1, Math.floor(p * times.length))] as number).toFixed(1);
  console.log(
    `${name}: ${list.length} pages, ${(bytes / 1024).toFixed(0)} KiB; per page median ${pct(0.5)} ms, p95 ${pct(0.95)} ms, max ${pct(1)} ms; ${((bytes / 1024 / 1024) / (total / 1000)).toFixed(2)} MiB/s`,
  );
}

for (const line of coverageLines()) console.log(line);
summary('fixtures', files(resolve(repo, 'tests/fixtures')));
summary('corpus', files(defaultCorpusDir()));

const row = '<tr><td>第一名</td><td>示例建设有限公司</td><td>1,234,567.00</td><td>合格</td></tr>';
const big = `<html><head><title>中标候选人公示</title></head><body><table><tr><td>排名</td><td>单位名称</td><td>投标报价（元）</td></tr>${row.repeat(85_000)}</table></body></html>`;
let t = performance.now();
analyze({ html: big, url: 'https://ggzy.gov.cn/big', capturedAt: '2025-06-03T18:00:00+08:00' });
console.log(`worst case: ${(big.length / 1e6).toFixed(1)} MB table page in ${(performance.now() - t).toFixed(0)} ms`);
const deep = `<html><body>${'<div>'.repeat(10_000)}<p>某工程中标候选人公示</p>${'</div>'.repeat(10_000)}</body></html>`;
t = performance.now();
analyze({ html: deep, url: 'https://ggzy.gov.cn/deep', capturedAt: '2025-06-03T18:00:00+08:00' });
console.log(`worst case: 10,000-deep nesting in ${(performance.now() - t).toFixed(0)} ms`);

for (const build of ['chrome-mv3', 'firefox-mv2']) {
  const dir = resolve(repo, '.output', build);
  if (!existsSync(dir)) {
    console.log(`${build}: not built (npm run build${build.startsWith('firefox') ? ':firefox' : ''})`);
    continue;
  }
  const js = readdirSync(dir, { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.js'));
  const sizes = js.map((f) => {
    const buf = readFileSync(join(dir, f));
    return `${f} ${(buf.length / 1024).toFixed(0)} KiB (gzip ${(gzipSync(buf).length / 1024).toFixed(0)} KiB)`;
  });
  console.log(`${build}:\n  ${sizes.join('\n  ')}`);
}
