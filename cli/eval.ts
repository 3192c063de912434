/**
 * `npm run eval [-- DIR] [--types PREFIXES] [--labels FILE]`: per-type and per-item scores against the labels,
 * scored plainly (outcome = label). `--labels` reads labels kept apart from the notices (e.g. the pool's).
 */
import { existsSync } from 'node:fs';
import { flag, parseArgs } from './args';
import { defaultCorpusDir, type EvalResult, hasCorpus, rates, runEval, type Tally } from './eval-core';

const f2 = (n: number) => n.toFixed(2);

function row(name: string, t: Tally): string {
  const r = rates(t);
  return `${name.padEnd(34)} items=${String(t.items).padStart(4)} acc=${f2(r.accuracy)} missP=${f2(r.precision)} missR=${f2(r.recall)} (missing: predicted ${t.predictedMissing}, labelled ${t.labelledMissing})`;
}

function print(result: EvalResult): void {
  console.log('== per type ==');
  for (const [k, t] of [...result.perType].sort()) console.log(row(k, t));
  console.log('\n== per item ==');
  for (const [k, t] of [...result.perItem].sort()) console.log(row(k, t));
  console.log('\n== notice type errors ==');
  for (const e of result.typeErrors) console.log(`${e.file}: expected ${e.expected}, got ${e.got}`);
  console.log('\n== missing verdicts on pages of another type or none (false accusations) ==');
  for (const d of result.outOfScopeMissing) console.log(`${d.file}\t${d.key}\tlabelled ${d.expected}\t${d.evidence ?? ''}`);
  console.log('\n== title errors (file, expected, got) ==');
  for (const e of result.titleErrors) console.log(`${e.file}\t${e.expected}\t${e.got}`);
  console.log('\n== publication date errors (file, expected, got) ==');
  for (const e of result.dateErrors) console.log(`${e.file}\t${e.expected}\t${e.got}`);
  console.log('\n== item disagreements (file, key, expected, got, evidence | label quote) ==');
  for (const d of result.disagreements) {
    console.log(`${d.file}\t${d.key}\t${d.expected}\t${d.got}\t${d.evidence ?? ''}${d.quote ? `\t| ${d.quote}` : ''}`);
  }
  const r = rates(result.total);
  const typeAcc = result.typeScored ? result.typeCorrect / result.typeScored : 1;
  const share = (n: number, d: number) => (d ? f2(n / d) : 'na');
  console.log(
    `lenient (old rule, for comparison only: uncertain label accepts present, n/a accepts all but missing): accuracy=${share(result.lenientCorrect, result.total.items)}`,
  );
  console.log(
    `eval: items=${result.total.items} accuracy=${f2(r.accuracy)} missing_precision=${f2(r.precision)} missing_recall=${f2(r.recall)} type_accuracy=${f2(typeAcc)} title_accuracy=${share(result.titleCorrect, result.titleScored)} date_accuracy=${share(result.dateCorrect, result.dateScored)}`,
  );
}

const args = parseArgs(process.argv.slice(2));
const dir = args.positional[0] ?? defaultCorpusDir();
const labelsFile = flag(args, 'labels');
if (labelsFile ? !existsSync(labelsFile) || !existsSync(dir) : !hasCorpus(dir)) {
  console.error(`no labelled notices at ${dir}${labelsFile ? ` with labels ${labelsFile}` : ' (expected labels.json)'}; pass a directory: npm run eval -- DIR [--labels FILE]`);
  process.exit(2);
}
const types = flag(args, 'types')?.split(',').filter(Boolean);
print(runEval(dir, types, labelsFile));
