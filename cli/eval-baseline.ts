/** `npm run eval:baseline`: write the current corpus figures as the floor `npm test` holds the engine to. */
import { writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { defaultCorpusDir, hasCorpus, rates, runEval } from './eval-core';

/** The figures a baseline records, for all labels and for a subset of types. */
export function figures(dir: string, types?: string[], labelsFile?: string) {
  const result = runEval(dir, types, labelsFile);
  const r = rates(result.total);
  const round = (n: number) => Math.floor(n * 10_000) / 10_000;
  return {
    items: result.total.items,
    accuracy: round(r.accuracy),
    missing_precision: round(r.precision),
    missing_recall: round(r.recall),
    type_accuracy: round(result.typeScored ? result.typeCorrect / result.typeScored : 1),
    // Title and publication date, as an inspector copies them (1 when the labels give none).
    title_accuracy: round(result.titleScored ? result.titleCorrect / result.titleScored : 1),
    date_accuracy: round(result.dateScored ? result.dateCorrect / result.dateScored : 1),
  };
}

export const BASELINE_FILE = resolve(import.meta.dirname, '../tests/eval-baseline.json');
/** The corpus beside the repo (all labels, and construction only), and our own labelled set in tests/holdout. */
export const SUBSETS: Record<string, { dir: () => string; types?: string[]; labels?: () => string }> = {
  all: { dir: defaultCorpusDir },
  construction: { dir: defaultCorpusDir, types: ['construction.', 'none'] },
  own: { dir: () => resolve(import.meta.dirname, '../tests/holdout') },
  own2: { dir: () => resolve(import.meta.dirname, '../tests/holdout2') },
  own3: { dir: () => resolve(import.meta.dirname, '../tests/holdout3') },
  // The pool's notices stay in ../shared/pool; their labels (read by people who never saw the engine's output) are ours.
  pool: { dir: () => resolve(import.meta.dirname, '../../shared/pool'), labels: () => resolve(import.meta.dirname, '../tests/pool-labels.json') },
};

if (process.argv[1] === import.meta.filename) {
  if (!hasCorpus(defaultCorpusDir())) {
    console.error(`no labelled corpus at ${defaultCorpusDir()}`);
    process.exit(2);
  }
  const baseline = Object.fromEntries(Object.entries(SUBSETS).map(([name, s]) => [name, figures(s.dir(), s.types, s.labels?.())]));
  writeFileSync(BASELINE_FILE, `${JSON.stringify(baseline, null, 2)}\n`);
  console.log(JSON.stringify(baseline, null, 2));
}
