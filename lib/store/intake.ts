/**
 * Intake of a page: analyse it when it comes from the content script, cross-check it against stored
 * notices, store it, log the visit (and the version's text), and decide the badge. The background calls
 * this for every page read, from the content script, "检查此页" or "保存证据"; it only paints the badge.
 */
import { type Badge, badgeFor } from '../badge';
import { analyzePageRead, type PageRead } from '../capture/page-read';
import { pageSaysRemoved } from '../capture/removal';
import { crossCheckResult } from '../crosscheck';
import { countOutcomes } from '../report-counts';
import type { EvidenceSnapshot } from '../evidence/snapshot';
import type { Report } from '../types';
import { candidateNoticeFor, saveReport } from './queries';
import { recordVisit, storeNoticeText } from './visits';

/** An analysed page to take in. */
export interface IntakeInput {
  report: Report;
  /** No notice body was read and the page said the notice was removed. */
  removed?: boolean;
  /** The notice text the report was read from: stored once per version, for the diff of a silent edit. */
  noticeText?: string;
  /** The tab the page came from. */
  tabId?: number;
}

/** What intake did. */
export interface IntakeResult {
  /** The report as stored, with its cross-check flags. */
  report: Report;
  /** A new notices row was written (false: not a notice, or the same visit as a moment ago). */
  stored: boolean;
  missing: number;
  badge: Badge;
}

/**
 * A result notice is compared with the stored candidate notice of the same project and lot (条例 Art.55);
 * not at all when which candidate notice that is is not clear.
 */
export async function withCrossChecks(report: Report): Promise<Report> {
  if (report.noticeType !== 'construction.result' || !report.projectCode) return report;
  const candidates = await candidateNoticeFor(report.projectCode, report.title);
  if (!candidates) return report;
  const flags = crossCheckResult(report, candidates).filter((f) => !report.flags.some((g) => g.key === f.key));
  return flags.length > 0 ? { ...report, flags: [...report.flags, ...flags] } : report;
}

/**
 * Log the visit (silent-edit and removal detection) and keep the text when the store lacks this version.
 * A failure here never fails the check that triggered it.
 */
async function recordRead(report: Report, removed: boolean | undefined, text: string | undefined): Promise<void> {
  try {
    const { wantText } = await recordVisit({ ...report, ...(removed ? { removed } : {}) });
    if (wantText && text !== undefined) await storeNoticeText(report.textHash, text);
  } catch (err) {
    console.debug('[disclosure-lens] visit not recorded', err);
  }
}

/**
 * Take in an analysed page. A page that is not a notice stores no report: only its visit is logged, and
 * only when its URL showed a notice before (then "not read this time", or removed).
 */
export async function intakeReport(input: IntakeInput): Promise<IntakeResult> {
  const { removed, noticeText, tabId } = input;
  if (input.report.noticeType === 'none') {
    await recordRead(input.report, removed, undefined);
    return { report: input.report, stored: false, missing: 0, badge: badgeFor(input.report) };
  }
  const report = await withCrossChecks(input.report);
  const { stored } = await saveReport(report, tabId);
  await recordRead(report, removed, noticeText);
  return { report, stored, missing: countOutcomes(report.items).missing, badge: badgeFor(report) };
}

/** Analyse a page the content script read (here, off the page's thread) and take it in. */
export async function intakePage(page: PageRead, tabId?: number): Promise<IntakeResult> {
  const { report, noticeText, removed } = analyzePageRead(page);
  return intakeReport({ report, noticeText, ...(removed ? { removed } : {}), ...(tabId === undefined ? {} : { tabId }) });
}

/** Take in the report of a saved capture, like any other check of the page. */
export async function intakeSnapshot(snapshot: EvidenceSnapshot, tabId?: number): Promise<IntakeResult> {
  const { report, noticeText } = snapshot;
  const removed = pageSaysRemoved(report, { title: report.title, text: noticeText });
  return intakeReport({ report, noticeText, removed, ...(tabId === undefined ? {} : { tabId }) });
}
