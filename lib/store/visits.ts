/**
 * Visits of notice URLs and the distinct texts they showed: a notice edited without a 更正公告
 * ("silent edit") and a notice that disappeared are told from these.
 */
import Dexie from 'dexie';
import { type TextDiff, textDiff } from '../evidence/diff';
import { noticeTextHash } from '../evidence/hash';
import { db, type VisitRow } from './db';

/** What a visit saw (a Report has all of it). */
export interface VisitInput {
  url: string;
  /** ISO time of the visit. */
  capturedAt: string;
  noticeType: string;
  title?: string;
  /** SHA-256 of the normalised notice text (report.textHash). */
  textHash: string;
  bodyFound: boolean;
}

/** What recordVisit did. */
export interface VisitOutcome {
  recorded: boolean;
  gone: boolean;
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

/** The notice no longer appears at its URL. */
export interface PageGone {
  /** First visit that found it gone (UTC ISO). */
  since: string;
  /** Last visit that still showed it. */
  lastSeen?: string;
}

/** What the popup and the evidence page show about a URL's history. */
export interface PageStatus {
  change?: PageChange;
  gone?: PageGone;
}

/** A re-read of the same text this soon after the last visit is the same visit (reload, "检查此页"). */
const SAME_VISIT_MS = 5 * 60 * 1000;

const CORRECTION_TITLE = /更正|变更/;
const CORRECTION_TYPE = 'procurement.correction';

/** True for a page published as a correction: its text is expected to differ from the notice it corrects. */
export function isCorrection(noticeType: string, title?: string): boolean {
  return noticeType === CORRECTION_TYPE || CORRECTION_TITLE.test(title ?? '');
}

function utcIso(iso: string): string {
  const t = Date.parse(iso);
  return Number.isNaN(t) ? iso : new Date(t).toISOString();
}

/** A visit that showed the notice with its body read: the only kind whose text is compared. */
function showedNotice(v: VisitRow): boolean {
  return !v.gone && v.bodyFound && v.noticeType !== 'none';
}

/** Visits of a URL, oldest first. */
export async function visitsFor(url: string): Promise<VisitRow[]> {
  return db()
    .visits.where('[url+capturedAt]')
    .between([url, Dexie.minKey], [url, Dexie.maxKey], true, true)
    .toArray();
}

/**
 * Record a visit. A page that is not a notice (or whose body was not found) is recorded only for a URL
 * that showed a notice before, flagged `gone`; for any other URL nothing is stored.
 */
export async function recordVisit(v: VisitInput): Promise<VisitOutcome> {
  const d = db();
  const capturedAt = utcIso(v.capturedAt);
  const readable = v.bodyFound && v.noticeType !== 'none';
  return d.transaction('rw', d.visits, d.noticeTexts, async () => {
    const earlier = await visitsFor(v.url);
    const gone = !readable && earlier.some(showedNotice);
    if (v.noticeType === 'none' && !gone) return { recorded: false, gone: false, wantText: false };
    const wantText = readable && !(await d.noticeTexts.get(v.textHash));
    const last = earlier.at(-1);
    if (
      last &&
      last.textHash === v.textHash &&
      Boolean(last.gone) === gone &&
      Math.abs(Date.parse(capturedAt) - Date.parse(last.capturedAt)) < SAME_VISIT_MS
    ) {
      return { recorded: false, gone, wantText };
    }
    const row: VisitRow = {
      url: v.url,
      textHash: v.textHash,
      capturedAt,
      noticeType: v.noticeType,
      ...(v.title ? { title: v.title } : {}),
      bodyFound: v.bodyFound,
      ...(isCorrection(v.noticeType, v.title) ? { correction: true } : {}),
      ...(gone ? { gone: true } : {}),
    };
    await d.visits.add(row);
    return { recorded: true, gone, wantText };
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
 * Has the notice at this URL changed silently or disappeared? Compares the latest visit with the last
 * earlier visit that showed a different text. A correction (更正/变更) is an announced change: not reported.
 */
export async function pageStatus(url: string): Promise<PageStatus> {
  const visits = await visitsFor(url);
  const latest = visits.at(-1);
  if (!latest) return {};
  if (latest.gone) {
    let first = latest;
    let lastSeen: VisitRow | undefined;
    for (let i = visits.length - 1; i >= 0; i--) {
      const v = visits[i] as VisitRow;
      if (!v.gone) {
        lastSeen = v;
        break;
      }
      first = v;
    }
    return { gone: { since: first.capturedAt, ...(lastSeen ? { lastSeen: lastSeen.capturedAt } : {}) } };
  }
  if (!showedNotice(latest) || latest.correction) return {};
  const previous = visits.findLast((v) => showedNotice(v) && v.textHash !== latest.textHash);
  if (!previous) return {};
  const [before, now] = await Promise.all([noticeText(previous.textHash), noticeText(latest.textHash)]);
  const change: PageChange = { since: previous.capturedAt, previousHash: previous.textHash, currentHash: latest.textHash };
  if (before !== undefined && now !== undefined) change.diff = textDiff(before, now);
  return { change };
}
