/** CSV export of many reports for the dashboard: opens in Excel (UTF-8 BOM, CRLF) with Chinese intact. */
import { toLocalIso } from '../evidence/snapshot';
import { countOutcomes, countsAs } from '../report-counts';
import type { Outcome, Report } from '../types';
import { catalogLabels, type LabelLookup } from './report-html';

/** One exported row: a report plus what the store knows about it. */
export interface CsvRow {
  report: Report;
  /** When the user saved evidence for it, if they did. */
  savedAt?: string;
  note?: string;
}

/** One CSV cell: quoted when needed; text that a spreadsheet would run as a formula is defused. */
export function csvCell(value: unknown): string {
  if (value === undefined || value === null) return '';
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  let s = String(value);
  // A page title like "=HYPERLINK(…)" must stay text in Excel (OWASP CSV injection).
  if (/^[=+\-@\t\r]/.test(s)) s = `'${s}`;
  return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

/** Rows to CSV text: BOM first, CRLF line ends (RFC 4180). */
export function toCsv(header: readonly string[], rows: readonly (readonly unknown[])[]): string {
  const lines = [header, ...rows].map((r) => r.map(csvCell).join(','));
  return `\uFEFF${lines.join('\r\n')}\r\n`;
}

function localTime(iso: string | undefined): string {
  if (!iso) return '';
  try {
    return toLocalIso(iso);
  } catch {
    return iso;
  }
}

/** Column headers, Chinese then English. */
export const CSV_HEADER = [
  '取证时间(北京时间) Captured (UTC+8)',
  '网址 URL',
  '标题 Title',
  '公告类型 Notice type',
  '项目编号 Project code',
  '发布时间 Published',
  '已公示 Present',
  '未公示 Missing',
  '无法确定 Uncertain',
  '不适用 N/A',
  '发布时未要求 Not required then',
  '未公示事项 Missing items',
  '无法确定事项 Uncertain items',
  '期限违规 Deadline violations',
  '提示 Flags',
  '正文已读取 Body found',
  '正文哈希 Text hash',
  '引擎版本 Engine',
  '保存证据 Evidence saved',
  '备注 Note',
] as const;

/** The dashboard export: one line per report; item lists use Chinese labels (catalogue by default), else keys. */
export function reportsToCsv(rows: readonly CsvRow[], opts: { labels?: LabelLookup } = {}): string {
  const labels = opts.labels ?? catalogLabels;
  const name = (key: string) => labels(key)?.zh ?? key;
  const body = rows.map(({ report: r, savedAt, note }) => {
    const c = countOutcomes(r.items);
    const keysOf = (o: Outcome) =>
      r.items
        .filter((i) => countsAs(i, o))
        .map((i) => name(i.key))
        .join('; ');
    return [
      localTime(r.capturedAt),
      r.url,
      r.title,
      r.noticeType,
      r.projectCode,
      r.publishedAt,
      c.present,
      c.missing,
      c.uncertain,
      c.notApplicable,
      c.notRequiredThen,
      keysOf('missing'),
      keysOf('uncertain'),
      r.deadlines
        .filter((d) => d.outcome === 'violation')
        .map((d) => name(d.key))
        .join('; '),
      r.flags.map((f) => name(f.key)).join('; '),
      r.bodyFound ? '是 yes' : `否 no${r.bodyIssue ? `: ${r.bodyIssue}` : ''}`,
      r.textHash,
      r.engineVersion,
      localTime(savedAt),
      note,
    ];
  });
  return toCsv(CSV_HEADER, body);
}
