/**
 * The date reader against the labelled real notices in /work/shared/corpus (never copied into the
 * repo). Plain-text files only, split into lines as the crawler wrote them; HTML files need the page
 * reader and are covered by its own tests. Skips when the corpus is not there.
 */
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { checkDeadlines } from '../../../lib/deadlines/checks';
import { readDates } from '../../../lib/extract/notice-dates';
import { textDoc } from './text-doc';

const here = path.dirname(fileURLToPath(import.meta.url));
const CORPUS = process.env.CORPUS_DIR ?? path.resolve(here, '../../../../shared/corpus');
const hasCorpus = fs.existsSync(path.join(CORPUS, 'labels.json'));

interface Label {
  noticeType: string;
  capturedAt?: string;
  dates?: Record<string, { v: string; q: string }>;
}

// Label dates this reader does not (yet) find, with why.
const KNOWN_MISSES: Record<string, string> = {
  // The date is one of two bare dates in a table near the end, followed by attachments: no label, no seal.
  'procurement-result/ggzy-xinjiang-ticai-malasong-saishi-zbcj.txt publishedAt': 'unlabelled table date',
};

function load(): [string, Label][] {
  const labels = JSON.parse(fs.readFileSync(path.join(CORPUS, 'labels.json'), 'utf8')) as Record<string, Label>;
  return Object.entries(labels).filter(([f, l]) => f.endsWith('.txt') && l.dates && Object.keys(l.dates).length > 0);
}

function docOf(file: string) {
  return textDoc(fs.readFileSync(path.join(CORPUS, file), 'utf8'));
}

/** A label with a time is compared to the minute; a date-only label by its date. */
function same(mine: string | undefined, want: string): boolean {
  if (!mine) return false;
  return want.length > 10 ? mine.slice(0, 16) === want.slice(0, 16) : mine.slice(0, 10) === want;
}

describe.skipIf(!hasCorpus)(`real corpus dates (.txt files; skipped when ${CORPUS} is absent)`, () => {
  const files = hasCorpus ? load() : [];

  it('has labelled plain-text notices to read', () => {
    expect(files.length).toBeGreaterThan(10);
  });

  for (const [file, label] of files) {
    it(file, () => {
      const got = new Map(readDates(docOf(file)).map((d) => [d.key, d]));
      for (const [key, { v }] of Object.entries(label.dates ?? {})) {
        if (KNOWN_MISSES[`${file} ${key}`]) continue;
        const mine = got.get(key);
        expect(same(mine?.value, v), `${key}: want ${v}, got ${mine?.value} (${mine?.quote})`).toBe(true);
        expect(mine?.quote.length).toBeGreaterThan(0);
      }
    });
  }

  it('flags the 2-day publicity period of the Dianjiang candidates notice', () => {
    const file = 'candidates/chongqing-dianjiang-dengguang-candidates.txt';
    const res = checkDeadlines(docOf(file), 'construction.candidates', '2026-03-16T18:00:00+08:00');
    const r = res.deadlines.find((d) => d.key === 'deadline.candidates_period');
    expect(r?.outcome).toBe('violation');
    expect(r?.days).toBe(2);
    expect(r?.open).toBe(true);
    expect(r?.daysLeft).toBe(2);
  });

  it('passes the Beijing open tender on all three GP periods', () => {
    const file = 'procurement-tender/ggzy-beijing-daxuesheng-yishu-gongkaizhaobiao.txt';
    const res = checkDeadlines(docOf(file), 'procurement.tender', '2026-03-16T18:00:00+08:00');
    expect(res.deadlines.map((d) => [d.key, d.outcome, d.days])).toEqual([
      ['deadline.gp_notice_period', 'ok', 5],
      ['deadline.gp_document_period', 'ok', 5],
      ['deadline.gp_bid_window', 'ok', 22],
    ]);
  });
});

describe.skipIf(hasCorpus)('real corpus', () => {
  it.skip(`skipped: no corpus at ${CORPUS} (set CORPUS_DIR)`, () => {});
});
