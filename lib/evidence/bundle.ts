/** The evidence bundle: a ZIP anyone can check with sha256sum, shasum, certutil or our verify. */
import { strToU8, type Zippable, zipSync } from 'fflate';
import { countOutcomes } from '../report-counts';
import { type HashedFile, type LabelLookup, renderCaseIndexHtml, renderReportHtml } from '../export/report-html';
import { type CustodyEntry, chainHead } from './chain';
import { noticeTextHash, sha256Hex } from './hash';
import { renderReadme } from './readme';
import { type EvidenceSnapshot, snapshotParts, toLocalIso, toUtcIso } from './snapshot';
import { formatSha256Sums } from './sums';

/** Name of the bundle format in manifest.json. */
export const BUNDLE_FORMAT = 'disclosure-lens-evidence';
/** Bumped when the layout changes in a way verify must know about. */
export const BUNDLE_FORMAT_VERSION = 1;

/** Options of buildBundle. */
export interface BundleOptions {
  caseName?: string;
  notes?: string;
  /** The custody log to ship as chain.json (captures in it are linked to their notice). */
  chain?: CustodyEntry[];
  /** When the bundle is made (default now): manifest times and ZIP entry times. */
  createdAt?: Date | string | number;
  /** Item/deadline/flag labels for report.html (default: the rule catalogue; unknown keys print bare). */
  labels?: LabelLookup;
}

/** One notice as described in manifest.json. */
export interface ManifestNotice {
  /** Folder inside the bundle, "" for a single-notice bundle. */
  folder: string;
  url: string;
  title?: string;
  noticeType: string;
  projectCode?: string;
  capturedAtUtc: string;
  capturedAtLocal: string;
  extensionVersion: string;
  engineVersion: string;
  /** SHA-256 of the normalised notice text (normalizeNoticeText), for comparing captures. */
  textHash: string;
  /** The screenshot's path, or "not captured: <why>". */
  screenshot: string;
  screenshotNote?: string;
  /** Item counts as lib/report-counts countOutcomes gives them (notRequiredThen: not yet in force at publication). */
  summary: {
    present: number;
    missing: number;
    uncertain: number;
    notApplicable: number;
    notRequiredThen: number;
    deadlineViolations: number;
    flags: number;
  };
  /** seq of the custody "capture" entry whose part hashes equal this notice's files. */
  custodySeq?: number;
  /** Paths of this notice's files. */
  files: string[];
}

/** manifest.json. */
export interface BundleManifest {
  format: typeof BUNDLE_FORMAT;
  formatVersion: number;
  hashAlgorithm: 'SHA-256';
  createdAtUtc: string;
  createdAtLocal: string;
  caseName?: string;
  notes?: string;
  notices: ManifestNotice[];
  /** Every file except manifest.json and SHA256SUMS: digest and size in bytes. */
  files: Record<string, { sha256: string; size: number }>;
  chain?: { file: 'chain.json'; entries: number; head: string };
}

/** ASCII-only folder name for notice `index` (0-based): "01-<project code or host-and-page>". */
export function noticeFolderName(index: number, s: EvidenceSnapshot, total = 1): string {
  const clean = (x: string) =>
    x
      .replace(/[^A-Za-z0-9._-]+/g, '-')
      .replace(/-{2,}/g, '-')
      .replace(/^[-.]+|[-.]+$/g, '')
      .slice(0, 40)
      .replace(/[-.]+$/g, '');
  let short = s.report.projectCode && /[A-Za-z0-9]{3}/.test(s.report.projectCode) ? clean(s.report.projectCode) : '';
  if (!short) {
    try {
      const u = new URL(s.url);
      const last = u.pathname.split('/').filter(Boolean).at(-1)?.replace(/\.[A-Za-z0-9]+$/, '') ?? '';
      short = clean(last ? `${u.hostname}-${last}` : u.hostname);
    } catch {
      short = '';
    }
  }
  const width = Math.max(2, String(total).length);
  return `${String(index + 1).padStart(width, '0')}-${short || 'notice'}`;
}

function sameParts(a: Record<string, string>, b: Record<string, string>): boolean {
  const ka = Object.keys(a);
  return ka.length === Object.keys(b).length && ka.every((k) => a[k] === b[k]);
}

const STORE_ONLY = /\.(png|zip|jpe?g)$/i;

/**
 * Build the bundle ZIP. One snapshot: files at the top level. Several: one folder per notice plus
 * index.html. Always: manifest.json, README.txt, SHA256SUMS (and chain.json when a chain is given).
 */
export async function buildBundle(snapshots: readonly EvidenceSnapshot[], opts: BundleOptions = {}): Promise<Uint8Array> {
  if (snapshots.length === 0) throw new Error('buildBundle: no snapshots');
  const createdAt = new Date(opts.createdAt ?? Date.now());
  const createdAtUtc = toUtcIso(createdAt);
  const createdAtLocal = toLocalIso(createdAt);
  const multi = snapshots.length > 1;
  const chain = opts.chain?.length ? opts.chain : undefined;

  const noticeFiles = new Map<string, Uint8Array>(); // notice files, in order
  const topFiles = new Map<string, Uint8Array>();
  const digests = new Map<string, { sha256: string; size: number }>();
  const add = async (target: Map<string, Uint8Array>, path: string, bytes: Uint8Array) => {
    if (digests.has(path)) throw new Error(`buildBundle: duplicate path ${path}`);
    target.set(path, bytes);
    digests.set(path, { sha256: await sha256Hex(bytes), size: bytes.length });
  };

  const notices: ManifestNotice[] = [];
  const indexRows: { folder: string; report: EvidenceSnapshot['report']; capturedAtLocal: string }[] = [];
  for (const [i, s] of snapshots.entries()) {
    const folder = multi ? noticeFolderName(i, s, snapshots.length) : '';
    const pre = folder ? `${folder}/` : '';
    const partHashes: Record<string, string> = {};
    const shown: HashedFile[] = [];
    const files: string[] = [];
    for (const [name, bytes] of snapshotParts(s)) {
      await add(noticeFiles, pre + name, bytes);
      const d = digests.get(pre + name);
      if (!d) continue;
      partHashes[name] = d.sha256;
      shown.push({ path: name, sha256: d.sha256, size: d.size });
      files.push(pre + name);
    }
    const textHash = await noticeTextHash(s.noticeText);
    const screenshot = s.screenshotPng ? 'screenshot.png' : (s.screenshotNote ?? 'not captured');
    const html = renderReportHtml(
      s.report,
      {
        capturedAtUtc: s.capturedAtUtc,
        capturedAtLocal: s.capturedAtLocal,
        extensionVersion: s.extensionVersion,
        caseName: opts.caseName,
        screenshotPath: s.screenshotPng ? 'screenshot.png' : undefined,
        screenshotNote: s.screenshotNote,
        files: shown,
        textHash,
      },
      opts.labels,
    );
    await add(noticeFiles, `${pre}report.html`, strToU8(html));
    files.push(`${pre}report.html`);

    const linked = chain
      ?.filter((e) => (e.kind === 'capture' || e.kind === 'recapture') && sameParts(e.partsHashes, partHashes))
      .at(-1);
    const c = countOutcomes(s.report.items);
    notices.push({
      folder,
      url: s.url,
      title: s.report.title,
      noticeType: s.report.noticeType,
      projectCode: s.report.projectCode,
      capturedAtUtc: s.capturedAtUtc,
      capturedAtLocal: s.capturedAtLocal,
      extensionVersion: s.extensionVersion,
      engineVersion: s.engineVersion,
      textHash,
      screenshot: s.screenshotPng ? `${pre}screenshot.png` : screenshot,
      screenshotNote: s.screenshotPng ? s.screenshotNote : undefined,
      summary: {
        present: c.present,
        missing: c.missing,
        uncertain: c.uncertain,
        notApplicable: c.notApplicable,
        notRequiredThen: c.notRequiredThen,
        deadlineViolations: s.report.deadlines.filter((d) => d.outcome === 'violation').length,
        flags: s.report.flags.length,
      },
      custodySeq: linked?.seq,
      files,
    });
    indexRows.push({ folder, report: s.report, capturedAtLocal: s.capturedAtLocal });
  }

  if (multi) {
    const index = renderCaseIndexHtml(indexRows, { caseName: opts.caseName, notes: opts.notes, createdAtLocal });
    await add(topFiles, 'index.html', strToU8(index));
  }
  if (chain) await add(topFiles, 'chain.json', strToU8(`${JSON.stringify(chain, null, 2)}\n`));
  const readme = renderReadme({
    caseName: opts.caseName,
    createdAtLocal,
    folders: notices.map((n) => n.folder),
    hasChain: Boolean(chain),
    chainHead: chain ? chainHead(chain) : undefined,
  });
  await add(topFiles, 'README.txt', strToU8(readme));

  const manifest: BundleManifest = {
    format: BUNDLE_FORMAT,
    formatVersion: BUNDLE_FORMAT_VERSION,
    hashAlgorithm: 'SHA-256',
    createdAtUtc,
    createdAtLocal,
    caseName: opts.caseName,
    notes: opts.notes,
    notices,
    files: Object.fromEntries([...digests].sort(([a], [b]) => (a < b ? -1 : 1))),
    chain: chain ? { file: 'chain.json', entries: chain.length, head: chainHead(chain) } : undefined,
  };
  await add(topFiles, 'manifest.json', strToU8(`${JSON.stringify(manifest, null, 2)}\n`));

  const sums = formatSha256Sums([...digests].map(([path, d]) => ({ path, sha256: d.sha256 })));

  // ZIP order: what a person opens first, then the notices.
  const zip: Zippable = {};
  const mtime = createdAt.getTime() < Date.UTC(1980, 1, 1) ? Date.UTC(1980, 1, 1) : createdAt;
  const put = (path: string, bytes: Uint8Array) => {
    zip[path] = [bytes, { level: STORE_ONLY.test(path) ? 0 : 6, mtime }];
  };
  for (const name of ['README.txt', 'index.html', 'manifest.json']) {
    const b = topFiles.get(name);
    if (b) put(name, b);
  }
  put('SHA256SUMS', strToU8(sums));
  const chainBytes = topFiles.get('chain.json');
  if (chainBytes) put('chain.json', chainBytes);
  for (const [path, bytes] of noticeFiles) put(path, bytes);
  return zipSync(zip);
}
