/** The SHA256SUMS file, in the exact format `sha256sum -c` and `shasum -a 256 -c` read. */

/** One line of SHA256SUMS. */
export interface SumEntry {
  path: string;
  sha256: string;
}

/** True when a bundle path is relative, forward-slashed and stays inside the bundle. */
export function isSafeBundlePath(path: string): boolean {
  if (path === '' || path.startsWith('/') || /^[A-Za-z]:/.test(path)) return false;
  if (/[\\\n\r\0]/.test(path)) return false;
  return path.split('/').every((seg) => seg !== '' && seg !== '.' && seg !== '..');
}

/** "<64 hex>  <path>\n" per file, sorted by path (text mode, as sha256sum writes it). */
export function formatSha256Sums(entries: readonly SumEntry[]): string {
  const sorted = [...entries].sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
  let out = '';
  for (const e of sorted) {
    if (!/^[0-9a-f]{64}$/.test(e.sha256)) throw new Error(`formatSha256Sums: bad digest for ${e.path}`);
    if (!isSafeBundlePath(e.path)) throw new Error(`formatSha256Sums: unsafe path ${JSON.stringify(e.path)}`);
    out += `${e.sha256}  ${e.path}\n`;
  }
  return out;
}

/** Parsed SHA256SUMS: digests by path (lower-case) and the lines that could not be read. */
export interface ParsedSums {
  sums: Map<string, string>;
  errors: { line: number; problem: string }[];
}

/** Read SHA256SUMS (text " " or binary "*" mode; CRLF tolerated); escaped names are reported, not guessed. */
export function parseSha256Sums(text: string): ParsedSums {
  const sums = new Map<string, string>();
  const errors: ParsedSums['errors'] = [];
  const lines = text.split('\n');
  if (lines.at(-1) === '') lines.pop();
  lines.forEach((raw, i) => {
    const line = raw.endsWith('\r') ? raw.slice(0, -1) : raw;
    const n = i + 1;
    if (line.trim() === '') return;
    if (line.startsWith('\\')) {
      errors.push({ line: n, problem: 'escaped file name not supported' });
      return;
    }
    const m = /^([0-9a-fA-F]{64}) [ *](.+)$/.exec(line);
    if (!m) {
      errors.push({ line: n, problem: `not "<sha256>  <file>": ${JSON.stringify(line.slice(0, 80))}` });
      return;
    }
    const [, digest = '', path = ''] = m;
    if (!isSafeBundlePath(path)) {
      errors.push({ line: n, problem: `unsafe path ${JSON.stringify(path)}` });
      return;
    }
    if (sums.has(path)) {
      errors.push({ line: n, problem: `${path} listed twice` });
      return;
    }
    sums.set(path, digest.toLowerCase());
  });
  return { sums, errors };
}
