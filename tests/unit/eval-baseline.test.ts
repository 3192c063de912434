import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { BASELINE_FILE, figures, SUBSETS } from '../../cli/eval-baseline';
import { hasCorpus } from '../../cli/eval-core';

const baseline = JSON.parse(readFileSync(BASELINE_FILE, 'utf8')) as Record<string, ReturnType<typeof figures>>;

describe('accuracy on labelled notices does not drop below the committed baseline', () => {
  for (const [name, subset] of Object.entries(SUBSETS)) {
    const dir = subset.dir();
    const present = subset.labels ? existsSync(dir) && existsSync(subset.labels()) : hasCorpus(dir);
    if (!present) console.warn(`eval baseline "${name}" skipped: no labelled corpus at ${dir} (set CORPUS_DIR or put ../shared/corpus beside the repo)`);
    it.skipIf(!present)(`${name}: item accuracy, missing precision and recall, type accuracy`, () => {
      const now = figures(dir, subset.types, subset.labels?.());
      const floor = baseline[name];
      expect(floor, `baseline for ${name}`).toBeDefined();
      if (!floor) return;
      expect(now.accuracy).toBeGreaterThanOrEqual(floor.accuracy);
      expect(now.missing_precision).toBeGreaterThanOrEqual(floor.missing_precision);
      expect(now.missing_recall).toBeGreaterThanOrEqual(floor.missing_recall);
      expect(now.type_accuracy).toBeGreaterThanOrEqual(floor.type_accuracy);
      expect(now.title_accuracy).toBeGreaterThanOrEqual(floor.title_accuracy);
      expect(now.date_accuracy).toBeGreaterThanOrEqual(floor.date_accuracy);
    });
  }
});
