/** Score the analyzer against a labelled corpus (files + labels.json), as `npm run eval` prints it. */
import { existsSync, readFileSync } from 'node:fs';
import { dirname, extname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { analyze } from '../lib/analyze';
import type { Report } from '../lib/types';

/** One notice's label (corpus README): type, item outcomes, and what an inspector copies (title, dates). */
export interface Label {
  noticeType: string;
  url?: string;
  capturedAt?: string;
  title?: { v: string; q?: string };
  dates?: Record<string, { v: string; q?: string }>;
  items?: Record<string, { v: string; q?: string }>;
}

export interface Disagreement {
  file: string;
  key: string;
  expected: string;
  got: string;
  evidence?: string;
  /** The label's quote, to see what the analyzer should have found. */
  quote?: string;
}

export interface Tally {
  items: number;
  correct: number;
  predictedMissing: number;
  truePositiveMissing: number;
  labelledMissing: number;
}

export interface EvalResult {
  files: number;
  typeCorrect: number;
  typeScored: number;
  total: Tally;
  perType: Map<string, Tally>;
  perItem: Map<string, Tally>;
  disagreements: Disagreement[];
  typeErrors: { file: string; expected: string; got: string }[];
  /** Items scored under the old lenient rule (uncertain label accepts present; n/a accepts all but missing). */
  lenientCorrect: number;
  /** `missing` verdicts on a page whose label gives it another type (or none): false accusations. */
  outOfScopeMissing: Disagreement[];
  titleScored: number;
  titleCorrect: number;
  dateScored: number;
  dateCorrect: number;
  /** Title and publication-date misses: file, expected, got. */
  titleErrors: { file: string; expected: string; got: string }[];
  dateErrors: { file: string; expected: string; got: string }[];
}

/** ../shared/corpus beside the repository, or CORPUS_DIR. */
export function defaultCorpusDir(): string {
  const repo = resolve(dirname(fileURLToPath(import.meta.url)), '..');
  return process.env.CORPUS_DIR ?? resolve(repo, '../shared/corpus');
}

/** True when a directory holds a labelled corpus. */
export function hasCorpus(dir: string): boolean {
  return existsSync(join(dir, 'labels.json'));
}

function emptyTally(): Tally {
  return { items: 0, correct: 0, predictedMissing: 0, truePositiveMissing: 0, labelledMissing: 0 };
}

/** Plain scoring: the engine's outcome equals the careful reader's label. */
export function isCorrect(expected: string, got: string): boolean {
  return expected === got;
}

/** The old lenient rule, printed apart and named as such: uncertain accepts present, n/a accepts all but missing. */
export function isLenientlyCorrect(expected: string, got: string): boolean {
  if (expected === 'not_applicable') return got !== 'missing';
  if (expected === 'uncertain') return got === 'uncertain' || got === 'present';
  return expected === got;
}

/** Titles compare without spaces and brackets' width: 「（」 and 「(」 are the same title. */
function sameTitle(a: string, b: string): boolean {
  const norm = (t: string) =>
    t
      .normalize('NFKC')
      .replace(/[\s\u3000]/g, '')
      .replace(/[【】\[\]]/g, '');
  return norm(a) === norm(b);
}

function add(t: Tally, expected: string, got: string): void {
  t.items++;
  if (isCorrect(expected, got)) t.correct++;
  if (got === 'missing') {
    t.predictedMissing++;
    if (expected === 'missing') t.truePositiveMissing++;
  }
  if (expected === 'missing') t.labelledMissing++;
}

/** Analyze one corpus file the way the labels were made. */
export function analyzeFile(dir: string, file: string, label: Label): Report {
  const content = readFileSync(join(dir, file), 'utf8');
  const url = label.url ?? `file://${file}`;
  const capturedAt = label.capturedAt ?? '2026-01-01T18:00:00+08:00';
  return extname(file) === '.txt' ? analyze({ text: content, url, capturedAt }) : analyze({ html: content, url, capturedAt });
}

/**
 * Run the whole corpus (optionally only labels whose type starts with one of `types`). The labels are the
 * folder's labels.json, or `labelsFile` when the notices live apart from their labels (../shared/pool).
 */
export function runEval(dir: string, types?: string[], labelsFile = join(dir, 'labels.json')): EvalResult {
  const labels = JSON.parse(readFileSync(labelsFile, 'utf8')) as Record<string, Label>;
  const result: EvalResult = {
    files: 0,
    typeCorrect: 0,
    typeScored: 0,
    total: emptyTally(),
    perType: new Map(),
    perItem: new Map(),
    disagreements: [],
    typeErrors: [],
    lenientCorrect: 0,
    outOfScopeMissing: [],
    titleScored: 0,
    titleCorrect: 0,
    dateScored: 0,
    dateCorrect: 0,
    titleErrors: [],
    dateErrors: [],
  };
  for (const [file, label] of Object.entries(labels).sort(([a], [b]) => a.localeCompare(b))) {
    if (types && !types.some((t) => label.noticeType.startsWith(t))) continue;
    if (!existsSync(join(dir, file))) continue;
    result.files++;
    const report = analyzeFile(dir, file, label);
    if (!label.noticeType.startsWith('other.')) {
      result.typeScored++;
      if (report.noticeType === label.noticeType) result.typeCorrect++;
      else result.typeErrors.push({ file, expected: label.noticeType, got: report.noticeType });
    }
    scoreTitleAndDate(result, file, label, report);
    if (report.noticeType !== label.noticeType && !label.noticeType.startsWith('other.')) {
      // The reader says the page is of another type (or none): every accusation made on it is false.
      for (const item of report.items.filter((i) => i.outcome === 'missing' && !label.items?.[i.key])) {
        result.total.predictedMissing++;
        result.outOfScopeMissing.push({ file, key: item.key, expected: `(${label.noticeType})`, got: 'missing', evidence: item.reason });
      }
    }
    const byKey = new Map(report.items.map((i) => [i.key, i]));
    for (const [key, { v: expected, q: quote }] of Object.entries(label.items ?? {})) {
      const item = byKey.get(key);
      const got = item?.outcome ?? 'absent';
      const typeTally = result.perType.get(label.noticeType) ?? emptyTally();
      const itemTally = result.perItem.get(key) ?? emptyTally();
      result.perType.set(label.noticeType, typeTally);
      result.perItem.set(key, itemTally);
      for (const t of [result.total, typeTally, itemTally]) add(t, expected, got);
      if (isLenientlyCorrect(expected, got)) result.lenientCorrect++;
      if (!isCorrect(expected, got)) {
        result.disagreements.push({ file, key, expected, got, evidence: item?.evidence?.text ?? item?.reason, quote });
      }
    }
  }
  return result;
}

function scoreTitleAndDate(result: EvalResult, file: string, label: Label, report: Report): void {
  if (label.title?.v) {
    result.titleScored++;
    if (report.title && sameTitle(report.title, label.title.v)) result.titleCorrect++;
    else result.titleErrors.push({ file, expected: label.title.v, got: report.title ?? '(none)' });
  }
  const published = label.dates?.publishedAt?.v;
  if (published) {
    result.dateScored++;
    const got = report.publishedAt?.slice(0, 10);
    if (got === published) result.dateCorrect++;
    else result.dateErrors.push({ file, expected: published, got: got ?? '(none)' });
  }
}

/** accuracy, missing precision/recall of a tally (1 when there is nothing to measure). */
export function rates(t: Tally): { accuracy: number; precision: number; recall: number } {
  return {
    accuracy: t.items ? t.correct / t.items : 1,
    precision: t.predictedMissing ? t.truePositiveMissing / t.predictedMissing : 1,
    recall: t.labelledMissing ? t.truePositiveMissing / t.labelledMissing : 1,
  };
}
