/**
 * Figures for the dashboard over stored reports: the latest check of each URL, item tallies and per-site
 * compliance. Pure (no storage, no browser): rows come from the notices table or from hand-built reports.
 */
import { hostOf } from '../host';
import { countOutcomes, countsAs } from '../report-counts';
import { ruleFor } from '../rules/catalog';
import type { Report } from '../types';
import type { StoredReport } from '../store/queries';

/** What a stored row must hold to be counted: the report, and the host when the store recorded it. */
export interface NoticeLike {
  id?: number;
  host?: string;
  report: Report;
}

/** A catalogue item and how many notices it concerns. */
export interface ItemCount {
  key: string;
  /** Chinese label from the rule catalogue (the key when the catalogue does not know it). */
  labelZh: string;
  labelEn: string;
  count: number;
}

/** One site (host) of the stored notices, counted over the latest check of each URL. */
export interface SiteCompliance {
  host: string;
  /** Distinct notice URLs checked. */
  notices: number;
  /** Notices by notice type key. */
  byType: Record<string, number>;
  /** Required items over all notices (present + missing + uncertain), and each outcome's share of them. */
  required: number;
  present: number;
  missing: number;
  uncertain: number;
  share: { present: number; missing: number; uncertain: number };
  /** Notices with at least one missing item. */
  noticesWithMissing: number;
  /** Deadline checks with outcome `violation`, and the notices that have one. */
  deadlineViolations: number;
  noticesWithDeadlineViolation: number;
  /** Items missing most often, most first (ties by key). */
  topMissing: ItemCount[];
  /** Items whose rule was not yet in force at publication: shown apart, never counted as violations. */
  notRequiredThen: ItemCount[];
  /** Latest capture time of the site's notices (as stored). */
  lastCheckedAt: string;
}

/** How many of the most frequently missing items a site row keeps. */
export const TOP_MISSING = 5;


/** The row's host: the stored one, else the report URL's. */
export function rowHost(row: NoticeLike): string {
  return row.host ?? hostOf(row.report.url);
}

function instant(row: NoticeLike): number {
  const t = Date.parse(row.report.capturedAt);
  return Number.isNaN(t) ? Number.NEGATIVE_INFINITY : t;
}

/** True when `a` is a later check than `b` (capture time, then row id: a later row wins a tie). */
function later(a: NoticeLike, b: NoticeLike): boolean {
  const ta = instant(a);
  const tb = instant(b);
  if (ta !== tb) return ta > tb;
  return (a.id ?? 0) > (b.id ?? 0);
}

/** The latest check of each URL, newest first: a notice checked again is counted once, as last read. */
export function latestPerUrl<T extends NoticeLike>(rows: readonly T[]): T[] {
  const byUrl = new Map<string, T>();
  for (const row of rows) {
    const seen = byUrl.get(row.report.url);
    if (!seen || later(row, seen)) byUrl.set(row.report.url, row);
  }
  return [...byUrl.values()].sort((a, b) => (later(a, b) ? -1 : later(b, a) ? 1 : 0));
}

/** The latest check of a notice URL, as the dashboard lists it. */
export interface LatestNotice extends StoredReport {
  host: string;
  /** How many stored checks the URL has (this one included). */
  visits: number;
  /** When evidence of this very text (same URL and text hash) was last saved, if it was (UTC ISO). */
  savedAt?: string;
}

/** A saved capture, as far as the notice list needs it. */
export interface SavedText {
  url: string;
  textHash: string;
  capturedAt: string;
}

/** The latest check of each URL with its host, number of checks and evidence time, newest first. */
export function latestNotices(rows: readonly StoredReport[], saved: readonly SavedText[] = []): LatestNotice[] {
  const visits = new Map<string, number>();
  for (const row of rows) visits.set(row.report.url, (visits.get(row.report.url) ?? 0) + 1);
  const savedAt = new Map<string, string>();
  for (const c of saved) {
    const key = `${c.url}\n${c.textHash}`;
    const seen = savedAt.get(key);
    if (!seen || Date.parse(c.capturedAt) > Date.parse(seen)) savedAt.set(key, c.capturedAt);
  }
  return latestPerUrl(rows).map((row) => {
    const at = savedAt.get(`${row.report.url}\n${row.report.textHash}`);
    return { ...row, host: rowHost(row), visits: visits.get(row.report.url) ?? 1, ...(at ? { savedAt: at } : {}) };
  });
}

function itemCounts(counts: Map<string, number>, limit?: number): ItemCount[] {
  const list = [...counts.entries()]
    .map(([key, count]) => {
      const rule = ruleFor(key);
      return { key, labelZh: rule?.labelZh ?? key, labelEn: rule?.labelEn ?? key, count };
    })
    .sort((a, b) => b.count - a.count || a.key.localeCompare(b.key));
  return limit === undefined ? list : list.slice(0, limit);
}

function bump(map: Map<string, number>, key: string): void {
  map.set(key, (map.get(key) ?? 0) + 1);
}

const ratio = (part: number, whole: number) => (whole === 0 ? 0 : part / whole);

/**
 * Per-site compliance over stored rows (any order, re-checks included): only the latest check of each URL
 * counts. Sites with most notices first, then by host.
 */
export function siteCompliance(rows: readonly NoticeLike[], opts: { topMissing?: number } = {}): SiteCompliance[] {
  const limit = opts.topMissing ?? TOP_MISSING;
  const bySite = new Map<string, NoticeLike[]>();
  for (const row of latestPerUrl(rows)) {
    const host = rowHost(row);
    const list = bySite.get(host);
    if (list) list.push(row);
    else bySite.set(host, [row]);
  }
  const sites: SiteCompliance[] = [];
  for (const [host, list] of bySite) {
    const byType: Record<string, number> = {};
    const missingKeys = new Map<string, number>();
    const notThenKeys = new Map<string, number>();
    let present = 0;
    let missing = 0;
    let uncertain = 0;
    let noticesWithMissing = 0;
    let deadlineViolations = 0;
    let noticesWithDeadlineViolation = 0;
    let lastCheckedAt = '';
    for (const { report } of list) {
      byType[report.noticeType] = (byType[report.noticeType] ?? 0) + 1;
      const tally = countOutcomes(report.items);
      present += tally.present;
      missing += tally.missing;
      uncertain += tally.uncertain;
      if (tally.missing > 0) noticesWithMissing++;
      // An item is counted once per notice, whatever its per-party sub-findings.
      for (const key of new Set(report.items.filter((i) => countsAs(i, 'missing')).map((i) => i.key))) {
        bump(missingKeys, key);
      }
      for (const key of new Set(report.items.filter((i) => i.notRequiredThen).map((i) => i.key))) bump(notThenKeys, key);
      const violations = report.deadlines.filter((d) => d.outcome === 'violation').length;
      deadlineViolations += violations;
      if (violations > 0) noticesWithDeadlineViolation++;
      if (!lastCheckedAt || Date.parse(report.capturedAt) > Date.parse(lastCheckedAt)) lastCheckedAt = report.capturedAt;
    }
    const required = present + missing + uncertain;
    sites.push({
      host,
      notices: list.length,
      byType,
      required,
      present,
      missing,
      uncertain,
      share: { present: ratio(present, required), missing: ratio(missing, required), uncertain: ratio(uncertain, required) },
      noticesWithMissing,
      deadlineViolations,
      noticesWithDeadlineViolation,
      topMissing: itemCounts(missingKeys, limit),
      notRequiredThen: itemCounts(notThenKeys),
      lastCheckedAt,
    });
  }
  return sites.sort((a, b) => b.notices - a.notices || a.host.localeCompare(b.host));
}
