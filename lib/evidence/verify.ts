/** Check an evidence bundle: every digest, manifest ↔ SHA256SUMS, missing and extra files, the custody chain. */
import { strFromU8, unzipSync } from 'fflate';
import { errorMessage } from '../errors';
import { verifyChain } from './chain';
import { isSha256Hex, noticeTextHash, sha256Hex } from './hash';
import { parseSha256Sums } from './sums';

/** One thing wrong, naming the file it is about. */
export interface VerifyProblem {
  file: string;
  problem: string;
}

/** ok is true only when there are no problems; checked counts files whose digest was recomputed. */
export interface VerifyResult {
  ok: boolean;
  problems: VerifyProblem[];
  checked: number;
}

const SUMS = 'SHA256SUMS';
const MANIFEST = 'manifest.json';
const CHAIN = 'chain.json';

function isRecord(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

function parseJson(bytes: Uint8Array): { value?: unknown; error?: string } {
  try {
    return { value: JSON.parse(strFromU8(bytes)) };
  } catch (e) {
    return { error: errorMessage(e) };
  }
}

/** Verify a bundle ZIP (as built by buildBundle, or any ZIP with a SHA256SUMS). */
export async function verifyBundle(zip: Uint8Array): Promise<VerifyResult> {
  const problems: VerifyProblem[] = [];
  const fail = (file: string, problem: string) => problems.push({ file, problem });

  let entries: Record<string, Uint8Array>;
  try {
    entries = unzipSync(zip);
  } catch (e) {
    fail('(zip)', `not a readable ZIP file: ${errorMessage(e)}`);
    return { ok: false, problems, checked: 0 };
  }
  const files = new Map<string, Uint8Array>();
  for (const [path, bytes] of Object.entries(entries)) if (!path.endsWith('/')) files.set(path, bytes);

  const sumsBytes = files.get(SUMS);
  if (!sumsBytes) {
    fail(SUMS, 'missing: nothing to check the files against');
    return { ok: false, problems, checked: 0 };
  }
  const { sums, errors } = parseSha256Sums(strFromU8(sumsBytes));
  for (const e of errors) fail(SUMS, `line ${e.line}: ${e.problem}`);

  // 1. Recompute every digest SHA256SUMS lists.
  const actual = new Map<string, string>();
  for (const [path, bytes] of files) if (path !== SUMS) actual.set(path, await sha256Hex(bytes));
  let checked = 0;
  const badContent = new Set<string>();
  for (const [path, listed] of sums) {
    const got = actual.get(path);
    if (got === undefined) {
      fail(path, 'listed in SHA256SUMS but missing from the bundle');
      badContent.add(path);
      continue;
    }
    checked++;
    if (got !== listed) badContent.add(path);
  }
  for (const path of actual.keys()) {
    if (!sums.has(path)) fail(path, 'in the bundle but not listed in SHA256SUMS (added or renamed)');
  }

  // 2. manifest.json must agree with SHA256SUMS; a disagreement tells which record is wrong.
  const manifestBytes = files.get(MANIFEST);
  let manifest: Record<string, unknown> | undefined;
  if (!manifestBytes) {
    if (!sums.has(MANIFEST)) fail(MANIFEST, 'missing');
  } else {
    const parsed = parseJson(manifestBytes);
    if (parsed.error !== undefined) fail(MANIFEST, `not valid JSON: ${parsed.error}`);
    else if (!isRecord(parsed.value) || !isRecord(parsed.value.files)) fail(MANIFEST, 'no "files" table');
    else manifest = parsed.value;
  }
  const mfiles = manifest && isRecord(manifest.files) ? manifest.files : undefined;
  const manifestTrusted = manifest !== undefined && !badContent.has(MANIFEST);

  for (const [path, listed] of sums) {
    const got = actual.get(path);
    if (got === undefined || got === listed) continue;
    const rec = mfiles?.[path];
    const mHash = isRecord(rec) ? rec.sha256 : undefined;
    if (path !== MANIFEST && manifestTrusted && mHash === got) {
      fail(SUMS, `wrong digest recorded for ${path} (the file matches manifest.json)`);
    } else {
      fail(path, `content changed: SHA-256 is ${got}, SHA256SUMS records ${listed}`);
    }
  }

  if (mfiles) {
    for (const [path, rec] of Object.entries(mfiles)) {
      if (path === MANIFEST || path === SUMS) continue;
      const mHash = isRecord(rec) ? rec.sha256 : undefined;
      const mSize = isRecord(rec) ? rec.size : undefined;
      if (!isSha256Hex(mHash)) {
        fail(MANIFEST, `entry for ${path} has no valid sha256`);
        continue;
      }
      const listed = sums.get(path);
      const got = actual.get(path);
      if (listed === undefined) {
        // Absent files are reported once, from SHA256SUMS or here.
        if (got === undefined) fail(path, 'listed in manifest.json but missing from the bundle and from SHA256SUMS');
        else fail(SUMS, `does not list ${path}, which manifest.json lists`);
        continue;
      }
      if (mHash !== listed && got !== undefined && got === listed) {
        fail(MANIFEST, `digest for ${path} disagrees with SHA256SUMS and with the file`);
      }
      const bytes = files.get(path);
      if (bytes && got === listed && typeof mSize === 'number' && mSize !== bytes.length) {
        fail(MANIFEST, `size for ${path} is ${mSize}, the file has ${bytes.length} bytes`);
      }
    }
    for (const path of sums.keys()) {
      if (path !== MANIFEST && !(path in mfiles)) fail(MANIFEST, `does not list ${path}, which SHA256SUMS lists`);
    }
  }

  // 3. The custody chain, and each notice linked to a capture entry of it.
  const chainBytes = files.get(CHAIN);
  let chain: unknown[] | undefined;
  if (chainBytes && !badContent.has(CHAIN)) {
    const parsed = parseJson(chainBytes);
    if (parsed.error !== undefined || !Array.isArray(parsed.value)) {
      fail(CHAIN, parsed.error !== undefined ? `not valid JSON: ${parsed.error}` : 'not a list of entries');
    } else {
      chain = parsed.value;
      const res = await verifyChain(chain);
      if (!res.ok) fail(CHAIN, `entry ${res.at}: ${res.problem}`);
      const mchain = manifest && isRecord(manifest.chain) ? manifest.chain : undefined;
      const last = chain.at(-1);
      if (res.ok && mchain && isRecord(last) && mchain.head !== last.entryHash) {
        fail(CHAIN, 'last entry hash differs from the head recorded in manifest.json (entries added or removed)');
      }
    }
  } else if (!chainBytes && manifest && isRecord(manifest.chain)) {
    fail(CHAIN, 'manifest.json records a custody chain but chain.json is missing');
  }

  if (manifest && Array.isArray(manifest.notices)) {
    for (const n of manifest.notices) {
      if (!isRecord(n)) continue;
      const pre = typeof n.folder === 'string' && n.folder ? `${n.folder}/` : '';
      const text = files.get(`${pre}notice.txt`);
      if (text && !badContent.has(`${pre}notice.txt`) && typeof n.textHash === 'string') {
        if ((await noticeTextHash(strFromU8(text))) !== n.textHash) {
          fail(MANIFEST, `textHash of ${pre}notice.txt does not match its normalised text`);
        }
      }
      if (typeof n.custodySeq !== 'number' || !chain) continue;
      const entry = chain.find((e) => isRecord(e) && e.seq === n.custodySeq);
      if (!isRecord(entry) || !isRecord(entry.partsHashes)) {
        fail(MANIFEST, `custody entry ${n.custodySeq} for ${pre || 'the notice'} not found in chain.json`);
        continue;
      }
      for (const [part, h] of Object.entries(entry.partsHashes)) {
        const path = pre + part;
        const got = actual.get(path);
        if (got === undefined) {
          if (!sums.has(path)) fail(path, `recorded by custody entry ${n.custodySeq} but missing from the bundle`);
        } else if (!badContent.has(path) && got !== h) {
          fail(path, `differs from what custody entry ${n.custodySeq} recorded at capture`);
        }
      }
    }
  }

  return { ok: problems.length === 0, problems, checked };
}
