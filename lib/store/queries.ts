/** Reads and writes of stored reports; the background is the only writer. */
import Dexie from 'dexie';
import { countOutcomes } from '../report-counts';
import type { Report } from '../types';
import { db, type NoticeRow } from './db';
import { lotDesignation } from '../lot';
import { hostOf } from '../host';
import { utcIso, withinSameVisit } from './time';

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

/**
 * How many plain checks (notices rows) are kept: the latest `perUrl` of each URL and `total` in all; the
 * oldest go first. Evidence, custody entries, cases, visits and notice texts are never pruned.
 */
export interface NoticeRetention {
  perUrl: number;
  total: number;
}

export const NOTICE_RETENTION: NoticeRetention = { perUrl: 20, total: 5000 };

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
 * Store a report as a new visit, then prune the oldest plain checks beyond `retention`. When the latest
 * visit of the same URL read the same text with the same engine a moment ago, that row is kept and
 * `stored` is false.
 */
export async function saveReport(
  report: Report,
  tabId?: number,
  retention: NoticeRetention = NOTICE_RETENTION,
): Promise<{ id: number; stored: boolean }> {
  const notices = db().notices;
  const capturedAt = utcIso(report.capturedAt);
  return db().transaction('rw', notices, async () => {
    const last = await latestRow(report.url);
    if (
      last &&
      last.textHash === report.textHash &&
      last.report.engineVersion === report.engineVersion &&
      withinSameVisit(capturedAt, last.capturedAt)
    ) {
      return { id: last.id as number, stored: false };
    }
    const { missing, uncertain } = countOutcomes(report.items);
    const row: NoticeRow = {
      url: report.url,
      host: hostOf(report.url),
      capturedAt,
      noticeType: report.noticeType,
      textHash: report.textHash,
      missing,
      uncertain,
      ...(tabId === undefined ? {} : { tabId }),
      report,
    };
    const id = (await notices.add(row)) as number;
    await pruneNotices(report.url, retention, id);
    return { id, stored: true };
  });
}

/**
 * Delete the oldest notices rows beyond the retention: first the URL's own beyond `perUrl`, then the
 * oldest of all beyond `total`. The row just added (`keep`) is never deleted. Bounded: it deletes at most
 * what exceeds the limits. Runs inside saveReport's transaction.
 */
async function pruneNotices(url: string, retention: NoticeRetention, keep: number): Promise<void> {
  const notices = db().notices;
  const ofUrl = rowsOf(url);
  const extra = (await ofUrl.count()) - Math.max(1, retention.perUrl);
  if (extra > 0) {
    const ids = (await ofUrl.primaryKeys()).slice(0, extra).filter((id) => id !== keep);
    await notices.bulkDelete(ids);
  }
  const over = (await notices.count()) - Math.max(1, retention.total);
  if (over > 0) {
    const ids = (await notices.orderBy('capturedAt').limit(over + 1).primaryKeys()).filter((id) => id !== keep).slice(0, over);
    await notices.bulkDelete(ids);
  }
}

function rowsOf(url: string) {
  return db().notices.where('[url+capturedAt]').between([url, Dexie.minKey], [url, Dexie.maxKey], true, true);
}

async function latestRow(url: string): Promise<NoticeRow | undefined> {
  return rowsOf(url).last();
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

const titleKey = (r: Report) => (r.title ?? '').replace(/\s+/g, '');

/**
 * The stored candidate notice a result notice is cross-checked against: same project code and, since the
 * lots (标段/包) of one project share its code, the same lot. Undefined (no cross-check) when that is not
 * clear: several candidate notices share the code and the result's title does not single one out by its
 * lot, or the only one names another lot. Each candidate notice URL counts once, as last read.
 */
export async function candidateNoticeFor(projectCode: string, resultTitle?: string): Promise<Report | undefined> {
  const rows = await db()
    .notices.where('noticeType')
    .equals('construction.candidates')
    .filter((row) => row.report.projectCode === projectCode)
    .toArray();
  rows.sort((a, b) => b.capturedAt.localeCompare(a.capturedAt) || (b.id ?? 0) - (a.id ?? 0));
  const latest = new Map<string, Report>();
  for (const row of rows) if (!latest.has(row.url)) latest.set(row.url, row.report);
  let pool = [...latest.values()];
  const lot = lotDesignation(resultTitle);
  // One notice, perhaps at several URLs (same title): no choice to make. Otherwise the lot decides.
  if (new Set(pool.map(titleKey)).size > 1) {
    if (!lot) return undefined;
    pool = pool.filter((r) => lotDesignation(r.title) === lot);
    if (new Set(pool.map(titleKey)).size !== 1) return undefined;
  }
  const chosen = pool[0];
  if (!chosen) return undefined;
  const theirs = lotDesignation(chosen.title);
  return lot && theirs && theirs !== lot ? undefined : chosen;
}
