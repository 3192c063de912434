/**
 * The dashboard's exports of the notices it shows (the filter applied): CSV for a spreadsheet, JSON with the
 * whole reports. Each file is hashed so that the page can log the export in the custody chain before offering it.
 */
import { strToU8 } from 'fflate';
import { sha256Hex } from '../evidence/hash';
import type { NoticeFilter } from '../dashboard/notice-filter';
import type { LatestNotice } from '../dashboard/stats';
import { reportsToCsv } from './csv';
import { type ExportFile, stamp } from './export-file';
import { reportsToJson } from './json';

/** The filter's set fields only, for the file and the custody note. */
export function filterSummary(filter: NoticeFilter): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [k, v] of Object.entries(filter)) {
    const s = typeof v === 'string' ? v.trim() : '';
    if (s && !(k === 'outcome' && s === 'all')) out[k] = s;
  }
  return out;
}

function note(kind: string, count: number, filter: NoticeFilter): string {
  const f = Object.entries(filterSummary(filter))
    .map(([k, v]) => `${k}=${v}`)
    .join(', ');
  return `dashboard ${kind}, ${count} notice(s)${f ? `, filter: ${f}` : ''}`;
}

async function file(text: string, fileName: string, mime: string, noteText: string): Promise<ExportFile> {
  const bytes = strToU8(text);
  return { bytes, fileName, mime, sha256: await sha256Hex(bytes), note: noteText };
}

/** The shown notices as CSV (lib/export/csv), with the time evidence of the same text was saved. */
export function noticesCsvExport(notices: readonly LatestNotice[], filter: NoticeFilter, now: Date = new Date()): Promise<ExportFile> {
  const rows = notices.map((n) => ({ report: n.report, ...(n.savedAt ? { savedAt: n.savedAt } : {}) }));
  return file(reportsToCsv(rows), `disclosure-lens-notices-${stamp(now)}.csv`, 'text/csv;charset=utf-8', note('CSV', rows.length, filter));
}

/** The shown notices' reports as JSON (lib/export/json). */
export function noticesJsonExport(notices: readonly LatestNotice[], filter: NoticeFilter, now: Date = new Date()): Promise<ExportFile> {
  const text = reportsToJson(
    notices.map((n) => n.report),
    { now, filter: filterSummary(filter) },
  );
  return file(text, `disclosure-lens-notices-${stamp(now)}.json`, 'application/json;charset=utf-8', note('JSON', notices.length, filter));
}
