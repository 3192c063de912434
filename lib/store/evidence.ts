/**
 * Evidence captures and the custody chain. A capture and its custody entry are written in one
 * transaction: either both are stored or neither (a full disk leaves nothing half-written).
 * Captures are never rewritten (only the case they are filed in changes); custody rows are never
 * updated or deleted.
 */
import Dexie from 'dexie';
import { appendEntry, type CustodyData, type CustodyEntry } from '../evidence/chain';
import { type EvidenceSnapshot, hashSnapshot } from '../evidence/snapshot';
import type { ExportRecord } from '../messages';
import { type CaseRow, db, type EvidenceRow, type LensDB } from './db';

/** What saveCapture stored. */
export interface SavedCapture {
  id: number;
  /** seq of its custody entry. */
  seq: number;
  kind: 'capture' | 'recapture';
  partsHashes: Record<string, string>;
}

/** A capture without its page, text and images: what lists show. */
export type CaptureSummary = Pick<
  EvidenceRow,
  'url' | 'capturedAt' | 'capturedAtLocal' | 'caseId' | 'noticeType' | 'title' | 'textHash' | 'partsHashes' | 'custodySeq' | 'screenshotNote'
> & { id: number; hasScreenshot: boolean };

/**
 * The custody entry that follows the current head, inside the caller's transaction (which must include
 * `custody`). The entry hash is not an IndexedDB operation: Dexie.waitFor keeps the transaction alive while
 * it is computed. The caller adds it with add(), never put(): a second writer with the same seq then
 * fails instead of forking the chain.
 */
async function nextEntry(d: LensDB, data: CustodyData): Promise<CustodyEntry> {
  const prev = await d.custody.orderBy('seq').last();
  return Dexie.waitFor(appendEntry(prev, data));
}

/** Store a capture and its "capture" (or "recapture", for a URL captured before) custody entry atomically. */
export async function saveCapture(s: EvidenceSnapshot, opts: { caseId?: number } = {}): Promise<SavedCapture> {
  // Hash before the transaction opens: the parts can be megabytes and IndexedDB would time out waiting.
  const partsHashes = await hashSnapshot(s);
  const d = db();
  return d.transaction('rw', d.evidence, d.custody, async () => {
    const before = await d.evidence.where('url').equals(s.url).count();
    const kind = before > 0 ? 'recapture' : 'capture';
    const entry = await nextEntry(d, { kind, at: s.capturedAtUtc, url: s.url, partsHashes });
    const row: EvidenceRow = {
      url: s.url,
      capturedAt: s.capturedAtUtc,
      capturedAtLocal: s.capturedAtLocal,
      ...(opts.caseId === undefined ? {} : { caseId: opts.caseId }),
      noticeType: s.report.noticeType,
      ...(s.report.title ? { title: s.report.title } : {}),
      textHash: s.report.textHash,
      extensionVersion: s.extensionVersion,
      engineVersion: s.engineVersion,
      html: s.html,
      noticeText: s.noticeText,
      report: s.report,
      ...(s.screenshotPng ? { screenshotPng: s.screenshotPng } : {}),
      ...(s.fullPagePng ? { fullPagePng: s.fullPagePng } : {}),
      ...(s.screenshotNote ? { screenshotNote: s.screenshotNote } : {}),
      partsHashes,
      custodySeq: entry.seq,
    };
    const id = (await d.evidence.add(row)) as number;
    await d.custody.add(entry);
    return { id, seq: entry.seq, kind, partsHashes };
  });
}

/** Append a custody entry (an export, a note) on its own. */
export async function appendCustody(data: CustodyData): Promise<CustodyEntry> {
  const d = db();
  return d.transaction('rw', d.custody, async () => {
    const entry = await nextEntry(d, data);
    await d.custody.add(entry);
    return entry;
  });
}

/** Log an export (the file's name and SHA-256, and the notice for a per-notice bundle); returns its entry. */
export async function logExport(data: ExportRecord, at: Date = new Date()): Promise<CustodyEntry> {
  return appendCustody({
    kind: 'export',
    at: at.toISOString(),
    ...(data.url ? { url: data.url } : {}),
    partsHashes: { [data.file]: data.sha256 },
    ...(data.note ? { note: data.note } : {}),
  });
}

/** The whole custody log, in order. */
export async function custodyLog(): Promise<CustodyEntry[]> {
  return db().custody.orderBy('seq').toArray();
}

/** The snapshot a stored capture holds, as lib/evidence/bundle takes it. */
export function snapshotOf(row: EvidenceRow): EvidenceSnapshot {
  return {
    url: row.url,
    capturedAtUtc: row.capturedAt,
    capturedAtLocal: row.capturedAtLocal,
    extensionVersion: row.extensionVersion,
    engineVersion: row.engineVersion,
    html: row.html,
    noticeText: row.noticeText,
    report: row.report,
    ...(row.screenshotPng ? { screenshotPng: row.screenshotPng } : {}),
    ...(row.fullPagePng ? { fullPagePng: row.fullPagePng } : {}),
    ...(row.screenshotNote ? { screenshotNote: row.screenshotNote } : {}),
  };
}

/** True when a stored capture still hashes to what was recorded at capture (nothing altered in storage). */
export async function captureIntact(row: EvidenceRow): Promise<boolean> {
  const now = await hashSnapshot(snapshotOf(row));
  const keys = Object.keys(row.partsHashes);
  return keys.length === Object.keys(now).length && keys.every((k) => now[k] === row.partsHashes[k]);
}

function toSummary(row: EvidenceRow): CaptureSummary {
  return {
    id: row.id as number,
    url: row.url,
    capturedAt: row.capturedAt,
    capturedAtLocal: row.capturedAtLocal,
    ...(row.caseId === undefined ? {} : { caseId: row.caseId }),
    noticeType: row.noticeType,
    ...(row.title ? { title: row.title } : {}),
    textHash: row.textHash,
    partsHashes: row.partsHashes,
    custodySeq: row.custodySeq,
    hasScreenshot: Boolean(row.screenshotPng),
    ...(row.screenshotNote ? { screenshotNote: row.screenshotNote } : {}),
  };
}

/** Every capture, oldest first, without the heavy parts. */
export async function listCaptures(): Promise<CaptureSummary[]> {
  const out: CaptureSummary[] = [];
  // each() rather than toArray(): one row's pages and images in memory at a time.
  await db()
    .evidence.orderBy('capturedAt')
    .each((row) => {
      out.push(toSummary(row));
    });
  return out;
}

function ofUrl(url: string) {
  return db().evidence.where('[url+capturedAt]').between([url, Dexie.minKey], [url, Dexie.maxKey], true, true);
}

/** How many captures a URL has and when the latest was taken (UTC ISO). */
export async function evidenceCountFor(url: string): Promise<{ count: number; lastAt?: string }> {
  const count = await ofUrl(url).count();
  if (count === 0) return { count };
  const keys = await ofUrl(url).keys();
  const last = keys.at(-1) as [string, string] | undefined;
  return { count, ...(last ? { lastAt: last[1] } : {}) };
}

/** Ids of the captures of one URL, oldest first. */
export async function captureIdsForUrl(url: string): Promise<number[]> {
  return (await ofUrl(url).primaryKeys()) as number[];
}

/** Full stored captures by id (with their parts), in the order given; unknown ids are skipped. */
export async function capturesById(ids: readonly number[]): Promise<EvidenceRow[]> {
  const rows = await db().evidence.bulkGet([...ids]);
  return rows.filter((r): r is EvidenceRow => r !== undefined);
}

/**
 * File a capture in a case (or in none, with undefined), and log it in the custody chain as a note,
 * so that the chain shows when a capture joined a case. Returns false for an unknown capture or case.
 */
export async function moveCapture(id: number, caseId: number | undefined): Promise<boolean> {
  const d = db();
  return d.transaction('rw', d.evidence, d.cases, d.custody, async () => {
    const row = await d.evidence.get(id);
    if (!row) return false;
    let target: CaseRow | undefined;
    if (caseId !== undefined) {
      target = await d.cases.get(caseId);
      if (!target) return false;
    }
    if (row.caseId === caseId) return true;
    await d.evidence.update(id, { caseId });
    const note = target ? `capture ${row.custodySeq} filed in case ${caseId}: ${target.name}` : `capture ${row.custodySeq} removed from its case`;
    await d.custody.add(await nextEntry(d, { kind: 'note', at: new Date().toISOString(), url: row.url, partsHashes: {}, note }));
    return true;
  });
}
