import { existsSync, readFileSync } from 'node:fs';
import { extname, join, resolve } from 'node:path';
import * as cheerio from 'cheerio';
import { describe, expect, it } from 'vitest';
import { NOTICE_TYPES, rulesForType } from '../../lib/rules/catalog';

interface Verdict {
  file: string;
  key: string;
  predictedType: string;
  correct: boolean;
  cause: string;
  quote: string;
}

interface Tally {
  missing: number;
  true: number;
  false: number;
  precision: number;
}

interface PoolAudit {
  engineCommit: string;
  ranAt: string;
  capturedAtRule: string;
  summary: {
    files: number;
    missingVerdicts: number;
    true: number;
    false: number;
    precision: number;
    byType: Record<string, Tally>;
    byKey: Record<string, Tally>;
    falseByCause: Record<string, number>;
  };
  types: { file: string; manifestKind: string; predicted: string; readerType: string }[];
  verdicts: Verdict[];
}

const AUDIT = resolve(__dirname, '../pool-audit.json');
const POOL = resolve(__dirname, '../../../shared/pool');
const audit = JSON.parse(readFileSync(AUDIT, 'utf8')) as PoolAudit;
const FALSE_CAUSES = ['present', 'out_of_scope', 'deferred', 'cut_off', 'not_applicable'];
const TYPE_KEYS = new Set(NOTICE_TYPES.map((t) => t.key));

const round3 = (n: number) => Math.round(n * 1000) / 1000;

// Whitespace and the " | " cell separators of the text captures are layout, not wording.
const normalise = (s: string) => s.replace(/[\s|]+/g, '');

const texts = new Map<string, string>();

function noticeText(file: string): string {
  const cached = texts.get(file);
  if (cached !== undefined) return cached;
  const text = readNotice(file);
  texts.set(file, text);
  return text;
}

function readNotice(file: string): string {
  const raw = readFileSync(join(POOL, file), 'utf8');
  if (extname(file) === '.txt') return raw;
  const $ = cheerio.load(raw);
  $('script,style').remove();
  return $.root().text();
}

function check(tally: Tally | undefined, verdicts: Verdict[], name: string): void {
  const t = verdicts.filter((v) => v.correct).length;
  expect(tally, name).toEqual({ missing: verdicts.length, true: t, false: verdicts.length - t, precision: round3(t / verdicts.length) });
}

describe('pool audit of the first run (tests/pool-audit.json)', () => {
  it('gives every verdict a key of its predicted type and a cause that fits its outcome', () => {
    for (const v of audit.verdicts) {
      const keys = rulesForType(v.predictedType).map((r) => r.key);
      expect(keys, `${v.file} ${v.key}`).toContain(v.key);
      if (v.correct) expect(v.cause, `${v.file} ${v.key}`).toBe('absent');
      else expect(FALSE_CAUSES, `${v.file} ${v.key}`).toContain(v.cause);
      expect(v.quote.length, `${v.file} ${v.key} quote`).toBeGreaterThan(0);
      expect(v.quote.length, `${v.file} ${v.key} quote`).toBeLessThanOrEqual(80);
    }
  });

  it('has summary figures that add up: precision = true / (true + false), per type and per key too', () => {
    const { summary, verdicts } = audit;
    const t = verdicts.filter((v) => v.correct).length;
    expect(summary.missingVerdicts).toBe(verdicts.length);
    expect(summary.true).toBe(t);
    expect(summary.false).toBe(verdicts.length - t);
    expect(summary.precision).toBe(round3(summary.true / (summary.true + summary.false)));
    const falseCount = Object.values(summary.falseByCause).reduce((a, b) => a + b, 0);
    expect(falseCount).toBe(summary.false);
    for (const [type, tally] of Object.entries(summary.byType)) check(tally, verdicts.filter((v) => v.predictedType === type), type);
    for (const [key, tally] of Object.entries(summary.byKey)) check(tally, verdicts.filter((v) => v.key === key), key);
    expect(Object.keys(summary.byKey).length).toBe(new Set(verdicts.map((v) => v.key)).size);
  });

  it('gives a reader type from rules.md for every audited file', () => {
    expect(audit.types.length).toBe(audit.summary.files);
    for (const t of audit.types) expect(TYPE_KEYS, t.file).toContain(t.readerType);
    const files = new Set(audit.types.map((t) => t.file));
    for (const v of audit.verdicts) expect(files, v.file).toContain(v.file);
  });

  const poolPresent = existsSync(join(POOL, 'MANIFEST.tsv'));
  if (!poolPresent) console.warn(`pool audit quotes skipped: no pool at ${POOL} (put ../shared/pool beside the repo)`);
  it.skipIf(!poolPresent)('quotes every item marked present verbatim from its notice', () => {
    for (const v of audit.verdicts.filter((x) => x.cause === 'present')) {
      expect(normalise(noticeText(v.file)), `${v.file} ${v.key}: "${v.quote}"`).toContain(normalise(v.quote));
    }
  });
});
