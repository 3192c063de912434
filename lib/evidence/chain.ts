/**
 * The custody log: append-only, each entry hashing the one before, so no entry can be altered,
 * removed or reordered without every later entryHash changing. Keep the head hash somewhere else
 * (a mail, a printout) and the whole history up to it is pinned.
 */
import { isSha256Hex, sha256Hex } from './hash';

/** What happened: a capture of a page, a re-capture, an export of a bundle, a free note, a verification. */
export type CustodyKind = 'capture' | 'recapture' | 'export' | 'note' | 'verify';

/** One line of the custody log. */
export interface CustodyEntry {
  /** 1, 2, 3 … in order, without gaps. */
  seq: number;
  kind: CustodyKind;
  /** When it happened, ISO 8601 (UTC from the clock of the machine that wrote it). */
  at: string;
  url?: string;
  /** SHA-256 of each part involved, by part name (e.g. "page.html", "report.json"). */
  partsHashes: Record<string, string>;
  note?: string;
  /** entryHash of the previous entry; GENESIS_HASH for the first. */
  prevHash: string;
  /** SHA-256 of canonicalJson(this entry without entryHash). */
  entryHash: string;
}

/** What the caller supplies for a new entry; seq and the hashes are filled in. */
export type CustodyData = Omit<CustodyEntry, 'seq' | 'prevHash' | 'entryHash'>;

/** Result of verifyChain: `at` is the 1-based position of the first bad entry (its seq when intact). */
export type ChainCheck = { ok: true } | { ok: false; at: number; problem: string };

/** prevHash of the first entry. */
export const GENESIS_HASH = '0'.repeat(64);

/**
 * JSON with object keys sorted (UTF-16 order, as RFC 8785), no whitespace, undefined members dropped:
 * the same value always gives the same bytes, in the extension and in Node.
 */
export function canonicalJson(value: unknown): string {
  if (value === null) return 'null';
  switch (typeof value) {
    case 'string':
    case 'boolean':
      return JSON.stringify(value);
    case 'number':
      if (!Number.isFinite(value)) throw new TypeError('canonicalJson: non-finite number');
      return JSON.stringify(value);
    case 'object': {
      if (Array.isArray(value)) return `[${value.map((v) => (v === undefined ? 'null' : canonicalJson(v))).join(',')}]`;
      const obj = value as Record<string, unknown>;
      const keys = Object.keys(obj)
        .filter((k) => obj[k] !== undefined)
        .sort();
      return `{${keys.map((k) => `${JSON.stringify(k)}:${canonicalJson(obj[k])}`).join(',')}}`;
    }
    default:
      throw new TypeError(`canonicalJson: cannot encode ${typeof value}`);
  }
}

/** The entryHash an entry should carry (its own entryHash field, if any, is ignored). */
export function hashEntry(entry: Omit<CustodyEntry, 'entryHash'> | CustodyEntry): Promise<string> {
  const { entryHash: _ignored, ...rest } = entry as CustodyEntry;
  return sha256Hex(canonicalJson(rest));
}

/** A new entry following `prev` (undefined for the first); throws on a malformed part hash. */
export async function appendEntry(prev: CustodyEntry | undefined, data: CustodyData): Promise<CustodyEntry> {
  for (const [part, h] of Object.entries(data.partsHashes)) {
    if (!isSha256Hex(h)) throw new Error(`appendEntry: partsHashes["${part}"] is not a SHA-256 hex digest`);
  }
  if (Number.isNaN(Date.parse(data.at))) throw new Error(`appendEntry: "at" is not a date: ${data.at}`);
  const body: Omit<CustodyEntry, 'entryHash'> = {
    ...data,
    partsHashes: { ...data.partsHashes },
    seq: prev ? prev.seq + 1 : 1,
    prevHash: prev ? prev.entryHash : GENESIS_HASH,
  };
  return { ...body, entryHash: await hashEntry(body) };
}

/** Hash of the last entry (GENESIS_HASH for an empty log): the one value to keep elsewhere. */
export function chainHead(entries: readonly CustodyEntry[]): string {
  return entries.at(-1)?.entryHash ?? GENESIS_HASH;
}

function isRecord(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

/** Check every link and every hash; reports the first entry that does not hold. Accepts parsed JSON. */
export async function verifyChain(entries: readonly unknown[]): Promise<ChainCheck> {
  let prevHash = GENESIS_HASH;
  for (let i = 0; i < entries.length; i++) {
    const at = i + 1;
    const e = entries[i];
    if (!isRecord(e)) return { ok: false, at, problem: 'not an object' };
    if (e.seq !== at) return { ok: false, at, problem: `seq is ${JSON.stringify(e.seq)}, expected ${at}` };
    if (typeof e.kind !== 'string' || e.kind === '') return { ok: false, at, problem: 'kind missing' };
    if (typeof e.at !== 'string' || Number.isNaN(Date.parse(e.at))) return { ok: false, at, problem: 'at is not a date' };
    if (e.url !== undefined && typeof e.url !== 'string') return { ok: false, at, problem: 'url is not a string' };
    if (!isRecord(e.partsHashes)) return { ok: false, at, problem: 'partsHashes missing' };
    for (const [part, h] of Object.entries(e.partsHashes)) {
      if (!isSha256Hex(h)) return { ok: false, at, problem: `partsHashes["${part}"] is not a SHA-256 digest` };
    }
    if (e.prevHash !== prevHash) {
      return { ok: false, at, problem: `prevHash does not match entry ${at - 1} (an entry was removed, inserted or altered)` };
    }
    if (!isSha256Hex(e.entryHash)) return { ok: false, at, problem: 'entryHash missing or malformed' };
    const expected = await hashEntry(e as unknown as CustodyEntry);
    if (expected !== e.entryHash) return { ok: false, at, problem: 'entryHash does not match its content (entry altered)' };
    prevHash = e.entryHash;
  }
  return { ok: true };
}
