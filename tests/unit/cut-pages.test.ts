import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cutEval } from '../../cli/cut-eval';
import { analyze } from '../../lib/analyze';
import { CUT_OFF_REASON } from '../../lib/page/cut-off';

const REPO = resolve(__dirname, '../..');
const OWN = ['tests/fixtures', 'tests/holdout', 'tests/holdout2', 'tests/holdout3'].map((d) => join(REPO, d));
const SHARED = ['corpus', 'pool'].map((d) => resolve(REPO, '../shared', d));
const ceilings = JSON.parse(readFileSync(join(REPO, 'tests/cut-baseline.json'), 'utf8')) as { ownText: number; sharedText: number };
const capturedAt = '2026-06-01T18:00:00+08:00';

/** A small seeded generator (mulberry32): the same cut points on every run. */
function seeded(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function missing(html: string): Set<string> {
  return new Set(analyze({ html, url: 'https://ggzy.gov.cn/cut', capturedAt }).items.filter((i) => i.outcome === 'missing').map((i) => i.key));
}

describe('a page cut short never accuses', () => {
  it('our HTML notices cut at 45, 60, 75 and 90% get no missing that the whole page does not get', () => {
    expect(cutEval(OWN).newMissing).toEqual([]);
  });

  it('our HTML notices cut at random points (seeded) get no new missing', () => {
    const random = seeded(20261202);
    const files = OWN.flatMap((d) => readdirSync(d, { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.html')).map((f) => join(d, f)));
    const found: string[] = [];
    for (const file of files) {
      const html = readFileSync(file, 'utf8');
      const whole = missing(html);
      for (let k = 0; k < 3; k++) {
        const at = Math.floor(html.length * (0.2 + 0.78 * random()));
        for (const key of missing(html.slice(0, at))) if (!whole.has(key)) found.push(`${file}@${at}: ${key}`);
      }
    }
    expect(found).toEqual([]);
  });

  it('says the page may be cut off, and makes items it cannot see uncertain', () => {
    const html = readFileSync(join(REPO, 'tests/fixtures/candidates-complete.html'), 'utf8');
    const report = analyze({ html: html.slice(0, Math.floor(html.length * 0.5)), url: 'https://ggzy.gov.cn/cut', capturedAt });
    expect(report.bodyIssue).toBe(CUT_OFF_REASON);
    expect(report.items.filter((i) => i.outcome === 'missing')).toEqual([]);
    expect(report.items.some((i) => i.outcome === 'uncertain' && i.reason === CUT_OFF_REASON)).toBe(true);
  });

  it(`our plain-text notices cut short stay at or under ${ceilings.ownText} new missing verdicts`, () => {
    expect(cutEval(OWN, true).newMissing.length).toBeLessThanOrEqual(ceilings.ownText);
  });

  const shared = SHARED.filter((d) => existsSync(d));
  if (shared.length < SHARED.length) console.warn(`cut-page figures over real notices skipped: no ${SHARED.join(' / ')}`);
  it.skipIf(shared.length < SHARED.length)(
    `real notices (../shared corpus and pool): HTML cuts get none, text cuts at most ${ceilings.sharedText}`,
    () => {
      expect(cutEval(shared).newMissing).toEqual([]);
      expect(cutEval(shared, true).newMissing.length).toBeLessThanOrEqual(ceilings.sharedText);
    },
    120_000,
  );
});
