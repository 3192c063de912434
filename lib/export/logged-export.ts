/**
 * An evidence export as the background makes it for the evidence page: build the file, log it in the
 * custody chain, and only then hand it over (an export that is not logged is not offered).
 */
import { bytesToBase64 } from '../base64';
import { errorMessage, isQuotaError } from '../errors';
import type { EvidenceExportRequest, ExportResult } from '../messages';
import { logExport } from '../store/evidence';
import { CaptureAlteredError, caseExport, noticeExport, reportsCsvExport } from './evidence-export';
import type { ExportFile } from './export-file';

function build(request: EvidenceExportRequest, now: Date): Promise<ExportFile> {
  if (request.kind === 'notice') return noticeExport(request.url, now);
  if (request.kind === 'case') return caseExport(request.id, now);
  return reportsCsvExport(now);
}

/** Build the requested file and log it; says why when either fails. */
export async function loggedEvidenceExport(request: EvidenceExportRequest, now: Date = new Date()): Promise<ExportResult> {
  let file: ExportFile;
  try {
    file = await build(request, now);
  } catch (err) {
    if (err instanceof CaptureAlteredError) return { ok: false, error: 'altered', message: err.message, captureId: err.captureId };
    return { ok: false, error: 'export', message: errorMessage(err) };
  }
  try {
    const entry = await logExport({ file: file.fileName, sha256: file.sha256, note: file.note, ...(file.url ? { url: file.url } : {}) }, now);
    return {
      ok: true,
      value: { fileName: file.fileName, mime: file.mime, sha256: file.sha256, seq: entry.seq, base64: bytesToBase64(file.bytes) },
    };
  } catch (err) {
    return { ok: false, error: isQuotaError(err) ? 'quota' : 'store', message: errorMessage(err) };
  }
}
