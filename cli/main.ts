/** `disclosure-lens analyze|capture|verify …` — the same engine as the extension, over files. */
import { readFile } from 'node:fs/promises';
import { basename, extname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { analyze } from '../lib/analyze';
import { type Args, flag, parseArgs } from './args';
import { runCapture, runVerify } from './evidence-commands';
import { formatReport } from './format';

const USAGE = `用法 Usage:
  disclosure-lens analyze <file.html|file.txt> [--url U] [--captured-at ISO] [--json]
  disclosure-lens capture <page.html> --url U [--captured-at ISO] --out bundle.zip
  disclosure-lens verify <bundle.zip>`;

async function runAnalyze(args: Args): Promise<number> {
  const file = args.positional[0];
  if (!file) {
    process.stderr.write(`${USAGE}\n`);
    return 2;
  }
  const content = await readFile(file, 'utf8');
  const url = flag(args, 'url') ?? `file://${basename(file)}`;
  const capturedAt = flag(args, 'captured-at') ?? new Date().toISOString();
  const isText = extname(file).toLowerCase() === '.txt';
  const report = analyze(isText ? { text: content, url, capturedAt } : { html: content, url, capturedAt });
  process.stdout.write(args.flags.has('json') ? `${JSON.stringify(report, null, 2)}\n` : `${formatReport(report)}\n`);
  return 0;
}

/** Run one CLI command; resolves to the process exit code. */
export async function main(argv: string[]): Promise<number> {
  const [command, ...rest] = argv;
  try {
    switch (command) {
      case 'analyze':
        return await runAnalyze(parseArgs(rest, ['json']));
      case 'capture':
        return await runCapture(rest);
      case 'verify':
        return await runVerify(rest);
      default:
        process.stderr.write(`${USAGE}\n`);
        return command === undefined || command === '--help' ? 0 : 2;
    }
  } catch (err) {
    process.stderr.write(`错误 error: ${err instanceof Error ? err.message : String(err)}\n`);
    return 1;
  }
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  main(process.argv.slice(2)).then((code) => {
    process.exitCode = code;
  });
}
