/**
 * The files the evidence page offers: a bundle ZIP per notice or per case, and a CSV of every stored report.
 * Reads only; the background builds them and logs each in the custody chain (lib/export/logged-export). Every stored capture is
 * re-hashed first: a capture that no longer matches its hashes at capture is not exported.
 */
import { strToU8 } from 'fflate';
import { buildBundle } from '../evidence/bundle';
import { sha256Hex } from '../evidence/hash';
import type { EvidenceSnapshot } from '../evidence/snapshot';
import { type CsvRow, reportsToCsv } from './csv';
import { type ExportFile, stamp } from './export-file';
import { caseById } from '../store/cases';
import { db } from '../store/db';
import { captureIdsForUrl, captureIntact, capturesById, custodyLog, listCaptures, snapshotOf } from '../store/evidence';
import { allReports } from '../store/queries';
import { hostOf } from '../host';

/** A stored capture whose parts no longer hash to what was recorded at capture. */
export class CaptureAlteredError extends Error {
  constructor(readonly captureId: number) {
    super(`stored capture ${captureId} no longer matches its hashes`);
    this.name = 'CaptureAlteredError';
  }
}

/** The notice's host as a file-name part ("notice" when there is none). */
function fileHost(url: string): string {
  return hostOf(url).replace(/[^A-Za-z0-9.-]/g, '') || 'notice';
}

async function snapshotsOf(ids: readonly number[]): Promise<EvidenceSnapshot[]> {
  const rows = await capturesById(ids);
  for (const row of rows) if (!(await captureIntact(row))) throw new CaptureAlteredError(row.id as number);
  return rows.map(snapshotOf);
}

async function zipFile(bytes: Uint8Array, fileName: string, note: string, url?: string): Promise<ExportFile> {
  return { bytes, fileName, mime: 'application/zip', sha256: await sha256Hex(bytes), note, ...(url ? { url } : {}) };
}

/**
 * Every capture of one notice URL in one bundle, with the custody chain as it stands (the whole chain: a
 * hash chain verifies only from its first entry).
 */
export async function noticeExport(url: string, now: Date = new Date()): Promise<ExportFile> {
  const ids = await captureIdsForUrl(url);
  if (ids.length === 0) throw new Error(`no captures of ${url}`);
  const zip = await buildBundle(await snapshotsOf(ids), { chain: await custodyLog(), createdAt: now });
  return zipFile(zip, `evidence-${fileHost(url)}-${stamp(now)}.zip`, `notice bundle, ${ids.length} capture(s)`, url);
}

/** Every capture filed in a case, oldest first, with the case's name and notes and the custody chain. */
export async function caseExport(caseId: number, now: Date = new Date()): Promise<ExportFile> {
  const c = await caseById(caseId);
  if (!c) throw new Error(`no case ${caseId}`);
  const rows = await db().evidence.where('caseId').equals(caseId).sortBy('capturedAt');
  if (rows.length === 0) throw new Error(`case ${caseId} has no captures`);
  const zip = await buildBundle(await snapshotsOf(rows.map((r) => r.id as number)), {
    caseName: c.name,
    notes: c.notes,
    chain: await custodyLog(),
    createdAt: now,
  });
  return zipFile(zip, `case-${caseId}-${stamp(now)}.zip`, `case ${caseId} bundle: ${c.name}, ${rows.length} capture(s)`);
}

/** Every stored report as CSV; a report whose exact text was saved as evidence carries the capture time. */
export async function reportsCsvExport(now: Date = new Date()): Promise<ExportFile> {
  const captures = await listCaptures();
  const savedAt = new Map<string, string>();
  for (const c of captures) savedAt.set(`${c.url}\n${c.textHash}`, c.capturedAt); // oldest first: the latest wins
  const rows: CsvRow[] = (await allReports()).map(({ report }) => {
    const at = savedAt.get(`${report.url}\n${report.textHash}`);
    return { report, ...(at ? { savedAt: at } : {}) };
  });
  const bytes = strToU8(reportsToCsv(rows));
  return {
    bytes,
    fileName: `disclosure-lens-reports-${stamp(now)}.csv`,
    mime: 'text/csv;charset=utf-8',
    sha256: await sha256Hex(bytes),
    note: `reports CSV, ${rows.length} report(s)`,
  };
}
