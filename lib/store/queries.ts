/** Reads and writes of stored reports; the background is the only writer. */
import Dexie from 'dexie';
import type { Report } from '../types';
import { db, type NoticeRow } from './db';
import { hostOf } from './stats';

/** A stored report with its row id, as lists and the popup read it. */
export interface StoredReport {
  id: number;
  report: Report;
  missing: number;
  uncertain: number;
}

/** A light row for lists (no items): what the recent list shows. */
export interface ReportSummary {
  id: number;
  url: string;
  host: string;
  title?: string;
  noticeType: string;
  capturedAt: string;
  missing: number;
  uncertain: number;
}

/** A re-check of an unchanged page within this window updates nothing (reload, or "检查此页" after the auto check). */
const SAME_VISIT_MS = 5 * 60 * 1000;

function utcIso(iso: string): string {
  const t = Date.parse(iso);
  return Number.isNaN(t) ? iso : new Date(t).toISOString();
}

/** Count the items a reader must act on. */
export function countOutcomes(report: Report): { missing: number; uncertain: number } {
  let missing = 0;
  let uncertain = 0;
  for (const item of report.items) {
    if (item.outcome === 'missing' && !item.notRequiredThen) missing++;
    else if (item.outcome === 'uncertain') uncertain++;
  }
  return { missing, uncertain };
}

function toStored(row: NoticeRow): StoredReport {
  return { id: row.id as number, report: row.report, missing: row.missing, uncertain: row.uncertain };
}

function toSummary(row: NoticeRow): ReportSummary {
  return {
    id: row.id as number,
    url: row.url,
    host: row.host,
    ...(row.report.title ? { title: row.report.title } : {}),
    noticeType: row.noticeType,
    capturedAt: row.capturedAt,
    missing: row.missing,
    uncertain: row.uncertain,
  };
}

/**
 * Store a report as a new visit. When the latest visit of the same URL read the same text with the same
 * engine a moment ago, that row is kept and `stored` is false.
 */
export async function saveReport(report: Report, tabId?: number): Promise<{ id: number; stored: boolean }> {
  const notices = db().notices;
  const capturedAt = utcIso(report.capturedAt);
  return db().transaction('rw', notices, async () => {
    const last = await latestRow(report.url);
    if (
      last &&
      last.textHash === report.textHash &&
      last.report.engineVersion === report.engineVersion &&
      Math.abs(Date.parse(capturedAt) - Date.parse(last.capturedAt)) < SAME_VISIT_MS
    ) {
      return { id: last.id as number, stored: false };
    }
    const row: NoticeRow = {
      url: report.url,
      host: hostOf(report.url),
      capturedAt,
      noticeType: report.noticeType,
      textHash: report.textHash,
      ...countOutcomes(report),
      ...(tabId === undefined ? {} : { tabId }),
      report,
    };
    const id = await notices.add(row);
    return { id: id as number, stored: true };
  });
}

async function latestRow(url: string): Promise<NoticeRow | undefined> {
  return db()
    .notices.where('[url+capturedAt]')
    .between([url, Dexie.minKey], [url, Dexie.maxKey], true, true)
    .last();
}

/** The latest stored report for a URL, if any. */
export async function latestForUrl(url: string): Promise<StoredReport | undefined> {
  const row = await latestRow(url);
  return row ? toStored(row) : undefined;
}

/** A stored report by row id. */
export async function reportById(id: number): Promise<StoredReport | undefined> {
  const row = await db().notices.get(id);
  return row ? toStored(row) : undefined;
}

/** The most recent visits, newest first. */
export async function recent(limit = 20): Promise<ReportSummary[]> {
  const rows = await db().notices.orderBy('capturedAt').reverse().limit(limit).toArray();
  return rows.map(toSummary);
}

/** Every stored report, oldest first (exports). */
export async function allReports(): Promise<StoredReport[]> {
  const rows = await db().notices.orderBy('capturedAt').toArray();
  return rows.map(toStored);
}

/** A setting's value, or the fallback when unset. */
export async function getSetting<T>(key: string, fallback: T): Promise<T> {
  const row = await db().settings.get(key);
  return row === undefined ? fallback : (row.value as T);
}

/** Set a setting. */
export async function setSetting(key: string, value: unknown): Promise<void> {
  await db().settings.put({ key, value });
}

/** The latest stored candidate notice of a project (same project code), for the result cross-check. */
export async function candidateNoticeFor(projectCode: string): Promise<Report | undefined> {
  const rows = await db()
    .notices.where('noticeType')
    .equals('construction.candidates')
    .filter((row) => row.report.projectCode === projectCode)
    .toArray();
  rows.sort((a, b) => b.capturedAt.localeCompare(a.capturedAt));
  return rows[0]?.report;
}
