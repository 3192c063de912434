/** `npm run eval:baseline`: write the current corpus figures as the floor `npm test` holds the engine to. */
import { writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { defaultCorpusDir, hasCorpus, rates, runEval } from './eval-core';

/** The figures a baseline records, for all labels and for a subset of types. */
export function figures(dir: string, types?: string[]) {
  const result = runEval(dir, types);
  const r = rates(result.total);
  const round = (n: number) => Math.floor(n * 10_000) / 10_000;
  return {
    items: result.total.items,
    accuracy: round(r.accuracy),
    missing_precision: round(r.precision),
    missing_recall: round(r.recall),
    type_accuracy: round(result.typeScored ? result.typeCorrect / result.typeScored : 1),
  };
}

export const BASELINE_FILE = resolve(import.meta.dirname, '../tests/eval-baseline.json');
export const SUBSETS: Record<string, string[] | undefined> = { all: undefined, construction: ['construction.', 'none'] };

if (process.argv[1] === import.meta.filename) {
  const dir = defaultCorpusDir();
  if (!hasCorpus(dir)) {
    console.error(`no labelled corpus at ${dir}`);
    process.exit(2);
  }
  const baseline = Object.fromEntries(Object.entries(SUBSETS).map(([name, types]) => [name, figures(dir, types)]));
  writeFileSync(BASELINE_FILE, `${JSON.stringify(baseline, null, 2)}\n`);
  console.log(JSON.stringify(baseline, null, 2));
}
