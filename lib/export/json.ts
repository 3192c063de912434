/** JSON export of reports for the dashboard: the reports exactly as stored, with what was exported and when. */
import { toLocalIso } from '../evidence/snapshot';
import type { Report } from '../types';

/** Identifies the file's shape; bump the version when it changes. */
export const JSON_EXPORT_FORMAT = 'disclosure-lens/reports';
export const JSON_EXPORT_VERSION = 1;

/** The exported document. */
export interface ReportsJson {
  format: typeof JSON_EXPORT_FORMAT;
  version: number;
  /** UTC ISO, and the same instant in China time (+08:00). */
  exportedAt: string;
  exportedAtLocal: string;
  /** The filter the reports were chosen with, as the user set it (absent: every report). */
  filter?: Record<string, unknown>;
  count: number;
  reports: Report[];
}

/** Reports to pretty-printed JSON (UTF-8 text, Chinese kept as is). */
export function reportsToJson(
  reports: readonly Report[],
  opts: { now?: Date; filter?: Record<string, unknown> } = {},
): string {
  const now = opts.now ?? new Date();
  const doc: ReportsJson = {
    format: JSON_EXPORT_FORMAT,
    version: JSON_EXPORT_VERSION,
    exportedAt: now.toISOString(),
    exportedAtLocal: toLocalIso(now),
    ...(opts.filter ? { filter: opts.filter } : {}),
    count: reports.length,
    reports: [...reports],
  };
  return `${JSON.stringify(doc, null, 2)}\n`;
}
