import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { BASELINE_FILE, figures, SUBSETS } from '../../cli/eval-baseline';
import { defaultCorpusDir, hasCorpus } from '../../cli/eval-core';

const dir = defaultCorpusDir();
const present = hasCorpus(dir);
if (!present) console.warn(`eval baseline skipped: no labelled corpus at ${dir} (set CORPUS_DIR or put ../shared/corpus beside the repo)`);

const baseline = JSON.parse(readFileSync(BASELINE_FILE, 'utf8')) as Record<string, ReturnType<typeof figures>>;

describe.skipIf(!present)('accuracy on the labelled corpus does not drop below the committed baseline', () => {
  for (const [name, types] of Object.entries(SUBSETS)) {
    it(`${name}: item accuracy, missing precision and recall, type accuracy`, () => {
      const now = figures(dir, types);
      const floor = baseline[name];
      expect(floor, `baseline for ${name}`).toBeDefined();
      if (!floor) return;
      expect(now.accuracy).toBeGreaterThanOrEqual(floor.accuracy);
      expect(now.missing_precision).toBeGreaterThanOrEqual(floor.missing_precision);
      expect(now.missing_recall).toBeGreaterThanOrEqual(floor.missing_recall);
      expect(now.type_accuracy).toBeGreaterThanOrEqual(floor.type_accuracy);
    });
  }
});
