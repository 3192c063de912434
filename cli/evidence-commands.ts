/** `disclosure-lens capture` and `disclosure-lens verify`: evidence bundles from the command line. */
import { readFile, writeFile } from 'node:fs/promises';
import { basename, resolve } from 'node:path';
import { buildBundle } from '../lib/evidence/bundle';
import { sha256Hex } from '../lib/evidence/hash';
import { createSnapshot, type EvidenceSnapshot, SCREENSHOT_NOT_CAPTURED_CLI } from '../lib/evidence/snapshot';
import { verifyBundle } from '../lib/evidence/verify';
import type { AnalyzeInput, Report } from '../lib/types';

/** Where a command writes: stdout and stderr lines (swappable in tests). */
export interface CliIo {
  out(line: string): void;
  err(line: string): void;
}

const consoleIo: CliIo = {
  out: (l) => process.stdout.write(`${l}\n`),
  err: (l) => process.stderr.write(`${l}\n`),
};

/** The engine pieces capture needs; the real ones come from loadCaptureDeps. */
export interface CaptureDeps {
  analyzeFn: (input: AnalyzeInput) => Report | Promise<Report>;
  noticeTextFn: (html: string, url: string) => string | Promise<string>;
}

/** The real analyzer and page reader, loaded only when a capture runs. */
export async function loadCaptureDeps(): Promise<CaptureDeps> {
  const [{ analyze }, { readNotice }] = await Promise.all([import('../lib/analyze'), import('../lib/page/read')]);
  return { analyzeFn: analyze, noticeTextFn: (html, url) => readNotice({ html, url }).text };
}

/** "disclosure-lens-cli <version>", from package.json when it can be read. */
export async function cliVersion(): Promise<string> {
  try {
    const pkg = JSON.parse(await readFile(new URL('../package.json', import.meta.url), 'utf8')) as { version?: string };
    return `disclosure-lens-cli ${pkg.version ?? 'unknown'}`;
  } catch {
    return 'disclosure-lens-cli unknown';
  }
}

/** Inputs of captureFromHtml. */
export interface CaptureInput extends CaptureDeps {
  html: string;
  url: string;
  /** The capture instant, ISO 8601 with an offset. */
  capturedAt: string;
  extensionVersion: string;
  caseName?: string;
}

/** Analyze a page and bundle it as evidence (no screenshot: there is no browser here). */
export async function captureFromHtml(input: CaptureInput): Promise<{ snapshot: EvidenceSnapshot; zip: Uint8Array; zipSha256: string }> {
  const report = await input.analyzeFn({ html: input.html, url: input.url, capturedAt: input.capturedAt });
  const noticeText = await input.noticeTextFn(input.html, input.url);
  const snapshot = createSnapshot({
    url: input.url,
    capturedAt: input.capturedAt,
    extensionVersion: input.extensionVersion,
    html: input.html,
    noticeText,
    report,
    screenshotNote: SCREENSHOT_NOT_CAPTURED_CLI,
  });
  const zip = await buildBundle([snapshot], { caseName: input.caseName, createdAt: input.capturedAt });
  return { snapshot, zip, zipSha256: await sha256Hex(zip) };
}

/**
 * Decode a saved page: BOM, then <meta charset>, then UTF-8 if it is valid, else GB18030
 * (many Chinese government sites still serve GBK/GB2312).
 */
export function decodeHtmlBytes(bytes: Uint8Array): string {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return new TextDecoder('utf-8').decode(bytes.subarray(3));
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return new TextDecoder('utf-16le').decode(bytes.subarray(2));
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return new TextDecoder('utf-16be').decode(bytes.subarray(2));
  const head = new TextDecoder('latin1').decode(bytes.subarray(0, 4096));
  const declared = /<meta[^>]+charset\s*=\s*["']?\s*([\w-]+)/i.exec(head)?.[1];
  if (declared) {
    try {
      return new TextDecoder(declared.toLowerCase()).decode(bytes);
    } catch {
      // unknown label: fall through to sniffing
    }
  }
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return new TextDecoder('gb18030').decode(bytes);
  }
}

/** A capture time from the command line; a time without offset is China time. */
export function parseCapturedAt(s: string): string | undefined {
  let v = s.trim();
  if (/^\d{4}-\d{2}-\d{2}$/.test(v)) v += 'T00:00:00+08:00';
  else if (/^\d{4}-\d{2}-\d{2}[T ]\d{2}:\d{2}(:\d{2}(\.\d+)?)?$/.test(v)) v = `${v.replace(' ', 'T')}+08:00`;
  const t = Date.parse(v);
  return Number.isNaN(t) ? undefined : new Date(t).toISOString();
}

function parseArgs(args: readonly string[], withValue: readonly string[]): { pos: string[]; opt: Map<string, string | true> } | string {
  const pos: string[] = [];
  const opt = new Map<string, string | true>();
  for (let i = 0; i < args.length; i++) {
    const a = args[i] ?? '';
    if (!a.startsWith('--')) {
      pos.push(a);
      continue;
    }
    const eq = a.indexOf('=');
    const name = eq < 0 ? a.slice(2) : a.slice(2, eq);
    if (withValue.includes(name)) {
      const v = eq < 0 ? args[++i] : a.slice(eq + 1);
      if (v === undefined || v === '') return `--${name} needs a value`;
      opt.set(name, v);
    } else opt.set(name, true);
  }
  return { pos, opt };
}

const CAPTURE_USAGE =
  'usage: disclosure-lens capture <page.html> --url URL [--captured-at ISO] [--out bundle.zip] [--case NAME]';

/** `capture <page.html> --url U [--captured-at ISO] --out bundle.zip`: analyze, bundle, print path and SHA-256. */
export async function runCapture(args: string[], io: CliIo = consoleIo, deps?: CaptureDeps): Promise<number> {
  const parsed = parseArgs(args, ['url', 'captured-at', 'out', 'case']);
  if (typeof parsed === 'string') {
    io.err(parsed);
    io.err(CAPTURE_USAGE);
    return 2;
  }
  const { pos, opt } = parsed;
  if (opt.has('help') || opt.has('h')) {
    io.out(CAPTURE_USAGE);
    return 0;
  }
  const file = pos[0];
  const url = opt.get('url');
  if (!file || pos.length > 1 || typeof url !== 'string') {
    io.err(CAPTURE_USAGE);
    return 2;
  }
  const atArg = opt.get('captured-at');
  const capturedAt = typeof atArg === 'string' ? parseCapturedAt(atArg) : new Date().toISOString();
  if (!capturedAt) {
    io.err(`--captured-at: not a date: ${String(atArg)}`);
    return 2;
  }
  const outArg = opt.get('out');
  const out = resolve(typeof outArg === 'string' ? outArg : `${basename(file).replace(/\.[^.]*$/, '')}.evidence.zip`);
  const caseName = opt.get('case');

  let html: string;
  try {
    html = decodeHtmlBytes(await readFile(file));
  } catch (e) {
    io.err(`cannot read ${file}: ${e instanceof Error ? e.message : String(e)}`);
    return 2;
  }
  const { zip, zipSha256 } = await captureFromHtml({
    html,
    url,
    capturedAt,
    extensionVersion: await cliVersion(),
    caseName: typeof caseName === 'string' ? caseName : undefined,
    ...(deps ?? (await loadCaptureDeps())),
  });
  await writeFile(out, zip);
  io.out(out);
  io.out(`SHA-256: ${zipSha256}`);
  return 0;
}

const VERIFY_USAGE = 'usage: disclosure-lens verify <bundle.zip> [--json]';

/** `verify bundle.zip`: "OK: N files verified" and 0, or one "FILE: problem" line each and 1. */
export async function runVerify(args: string[], io: CliIo = consoleIo): Promise<number> {
  const parsed = parseArgs(args, []);
  if (typeof parsed === 'string' || parsed.pos.length !== 1 || !parsed.pos[0]) {
    io.err(VERIFY_USAGE);
    return 2;
  }
  const file = parsed.pos[0];
  let bytes: Uint8Array;
  try {
    bytes = await readFile(file);
  } catch (e) {
    io.err(`cannot read ${file}: ${e instanceof Error ? e.message : String(e)}`);
    return 2;
  }
  const res = await verifyBundle(bytes);
  if (parsed.opt.has('json')) io.out(JSON.stringify({ ...res, sha256: await sha256Hex(bytes) }, null, 2));
  else if (res.ok) io.out(`OK: ${res.checked} files verified`);
  else for (const p of res.problems) io.out(`${p.file}: ${p.problem}`);
  return res.ok ? 0 : 1;
}
