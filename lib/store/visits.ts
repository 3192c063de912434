/**
 * Visits of notice URLs and the distinct texts they showed: a notice edited without a 更正公告
 * ("silent edit") and a notice that disappeared are told from these.
 */
import Dexie from 'dexie';
import { type TextDiff, textDiff } from '../evidence/diff';
import { noticeTextHash } from '../evidence/hash';
import { db, type VisitRow } from './db';
import { utcIso, withinSameVisit } from './time';

/** What a visit saw (a Report has all of it but `removed`). */
export interface VisitInput {
  url: string;
  /** ISO time of the visit. */
  capturedAt: string;
  noticeType: string;
  title?: string;
  /** SHA-256 of the normalised notice text (report.textHash). */
  textHash: string;
  bodyFound: boolean;
  /** report.engineVersion: the reader that produced textHash. */
  engineVersion?: string;
  /** The page showed a removal message (lib/capture/removal removalSignal); only counts without a notice body. */
  removed?: boolean;
}

/** What recordVisit did. */
export interface VisitOutcome {
  recorded: boolean;
  /** The notice was not read on this visit of a URL that showed it before. */
  unread: boolean;
  /** The store has no copy of this version's text yet: send it with storeNoticeText. */
  wantText: boolean;
}

/** The notice's text changed since an earlier visit, and the page is not a correction. */
export interface PageChange {
  /** Last visit that still showed the previous text (UTC ISO). */
  since: string;
  previousHash: string;
  currentHash: string;
  /** Line diff of the two texts, when both are stored. */
  diff?: TextDiff;
}

/** The notice no longer appears at its URL: a removal page, without the notice, on two visits or more. */
export interface PageGone {
  /** First visit that showed the removal page (UTC ISO). */
  since: string;
  /** Visits that showed the removal page since the notice was last seen. */
  visits: number;
  /** Last visit that still showed it. */
  lastSeen?: string;
}

/** The latest visit did not read the notice (nothing that says it was removed, or said so only once). */
export interface PageUnread {
  /** The visit (UTC ISO). */
  at: string;
  /** That visit showed a removal page (once so far: not enough to call the notice gone). */
  removed: boolean;
  /** Last visit that still showed the notice. */
  lastSeen?: string;
}

/** What the popup and the evidence page show about a URL's history. */
export interface PageStatus {
  change?: PageChange;
  gone?: PageGone;
  unread?: PageUnread;
}

/** A removal page must be seen on this many visits (each a separate visit: SAME_VISIT_MS apart) to say "gone". */
export const GONE_AFTER_VISITS = 2;

const CORRECTION_TITLE = /更正|变更/;
const CORRECTION_TYPE = 'procurement.correction';

/** True for a page published as a correction: its text is expected to differ from the notice it corrects. */
export function isCorrection(noticeType: string, title?: string): boolean {
  return noticeType === CORRECTION_TYPE || CORRECTION_TITLE.test(title ?? '');
}

/** The visit read a notice body (a notice type, its body found). */
function readable(v: { bodyFound: boolean; noticeType: string }): boolean {
  return v.bodyFound && v.noticeType !== 'none';
}

/** A visit that showed the notice with its body read: the only kind whose text is compared. */
function showedNotice(v: VisitRow): boolean {
  return !v.unread && !v.gone && readable(v);
}

/** Visits of a URL, oldest first. */
export async function visitsFor(url: string): Promise<VisitRow[]> {
  return db()
    .visits.where('[url+capturedAt]')
    .between([url, Dexie.minKey], [url, Dexie.maxKey], true, true)
    .toArray();
}

/** Two visits that saw the same thing: the same text by the same engine, or the same kind of unread page. */
function sameState(last: VisitRow, row: VisitRow): boolean {
  if (Boolean(last.unread) !== Boolean(row.unread)) return false;
  if (row.unread) return Boolean(last.removed) === Boolean(row.removed);
  return last.textHash === row.textHash && last.engineVersion === row.engineVersion;
}

/**
 * Record a visit. A visit that did not read the notice (not a notice page, or no body) is recorded only
 * for a URL that showed a notice before, as `unread` (with `removed` when the page said the notice was
 * removed); for any other URL nothing is stored. A visit that saw the same thing as the last one a moment
 * ago (SAME_VISIT_MS) is the same visit and adds nothing.
 */
export async function recordVisit(v: VisitInput): Promise<VisitOutcome> {
  const d = db();
  const capturedAt = utcIso(v.capturedAt);
  const read = readable(v);
  return d.transaction('rw', d.visits, d.noticeTexts, async () => {
    const earlier = await visitsFor(v.url);
    const unread = !read && earlier.some(showedNotice);
    if (!read && !unread) return { recorded: false, unread: false, wantText: false };
    const wantText = read && !(await d.noticeTexts.get(v.textHash));
    const row: VisitRow = {
      url: v.url,
      textHash: v.textHash,
      capturedAt,
      noticeType: v.noticeType,
      ...(v.title ? { title: v.title } : {}),
      bodyFound: v.bodyFound,
      ...(isCorrection(v.noticeType, v.title) ? { correction: true } : {}),
      ...(v.engineVersion ? { engineVersion: v.engineVersion } : {}),
      ...(unread ? { unread: true } : {}),
      ...(unread && v.removed ? { removed: true } : {}),
    };
    const last = earlier.at(-1);
    if (last && sameState(last, row) && withinSameVisit(capturedAt, last.capturedAt)) {
      return { recorded: false, unread, wantText };
    }
    await d.visits.add(row);
    return { recorded: true, unread, wantText };
  });
}

/**
 * Keep a version's text (once per hash). The text is hashed again here: a text that does not match
 * the hash it is filed under is refused (returns false), so a diff never shows the wrong version.
 */
export async function storeNoticeText(textHash: string, text: string): Promise<boolean> {
  if ((await noticeTextHash(text)) !== textHash) return false;
  const d = db();
  await d.transaction('rw', d.noticeTexts, async () => {
    if (!(await d.noticeTexts.get(textHash))) await d.noticeTexts.add({ textHash, text });
  });
  return true;
}

/** The stored text of a version, if any. */
export async function noticeText(textHash: string): Promise<string | undefined> {
  return (await db().noticeTexts.get(textHash))?.text;
}

/**
 * Has the notice at this URL changed silently, or is it gone? When the latest visit read the notice, it is
 * compared with the last earlier visit by the same engine that showed a different text (a correction,
 * 更正/变更, is an announced change: not reported; visits by another engine are a new baseline, never a
 * change). When the latest visit did not read it, the notice is "gone" only if a removal page was seen on
 * GONE_AFTER_VISITS visits since it was last seen, the first and last at least SAME_VISIT_MS apart;
 * otherwise it was only "not read this time".
 */
export async function pageStatus(url: string): Promise<PageStatus> {
  const visits = await visitsFor(url);
  const latest = visits.at(-1);
  if (!latest) return {};
  if (latest.unread || latest.gone) {
    const lastSeenAt = visits.findLast(showedNotice)?.capturedAt;
    const lastSeen = lastSeenAt ? { lastSeen: lastSeenAt } : {};
    const removals = visits.filter((v) => v.removed && (!lastSeenAt || v.capturedAt > lastSeenAt));
    const first = removals[0];
    const last = removals.at(-1);
    if (first && last && removals.length >= GONE_AFTER_VISITS && !withinSameVisit(first.capturedAt, last.capturedAt)) {
      return { gone: { since: first.capturedAt, visits: removals.length, ...lastSeen } };
    }
    return { unread: { at: latest.capturedAt, removed: Boolean(latest.removed), ...lastSeen } };
  }
  if (!showedNotice(latest) || latest.correction) return {};
  const previous = visits.findLast(
    (v) => showedNotice(v) && v.engineVersion === latest.engineVersion && v.textHash !== latest.textHash,
  );
  if (!previous) return {};
  const [before, now] = await Promise.all([noticeText(previous.textHash), noticeText(latest.textHash)]);
  const change: PageChange = { since: previous.capturedAt, previousHash: previous.textHash, currentHash: latest.textHash };
  if (before !== undefined && now !== undefined) change.diff = textDiff(before, now);
  return { change };
}
