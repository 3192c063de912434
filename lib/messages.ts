/** The typed protocol between the content script, the background and the extension pages. */
import { defineExtensionMessaging } from '@webext-core/messaging';
import type { LatestNotice } from './dashboard/stats';
import type { EvidenceOverview } from './store/overview';
import type { ReportSummary, StoredReport } from './store/queries';
import type { PageStatus } from './store/visits';
import type { Report } from './types';

/** UI language: Chinese by default, English when the user switches. */
export type Lang = 'zh' | 'en';

/** User settings kept in the settings table. */
export interface Settings {
  lang: Lang;
}

/**
 * What the content script's main returns (and so what scripting.executeScript yields for it): the
 * background's answer to the page it was handed (lib/capture/page-port).
 */
export interface ContentResult {
  /** The notice type found, 'none' for pages we do not check; absent when the page could not be read. */
  noticeType?: string;
  /** The report, when it is a notice we check. */
  report?: Report;
  error?: string;
}

/** Answer of "检查此页": the fresh report, or why there is none. */
export type CheckResult =
  | { ok: true; noticeType: string; report?: Report; stored?: boolean }
  | { ok: false; error: string };

/** The report the popup shows for a tab: the latest for the tab's URL. */
export interface TabReport {
  url?: string;
  stored?: StoredReport;
  /** Silent edit, unread visit or disappearance of the notice at this URL, from earlier visits. */
  status?: PageStatus;
  /** Evidence already saved for this URL. */
  evidence?: { count: number; lastAt?: string };
}

/** Why a write failed: "quota" is a full disk or storage quota (nothing was written). */
export type StoreError = 'quota' | 'read' | 'store';

/** Answer of "保存证据". */
export type SaveEvidenceResult =
  | {
      ok: true;
      /** Row id of the capture. */
      id: number;
      /** seq of its custody entry. */
      seq: number;
      kind: 'capture' | 'recapture';
      url: string;
      /** UTC ISO. */
      capturedAt: string;
      noticeType: string;
      /** A visible-area screenshot was taken. */
      screenshot: boolean;
      /** What was not captured and why (the manifest's screenshot note). */
      note?: string;
      partsHashes: Record<string, string>;
    }
  | { ok: false; error: StoreError; message: string };

/** Answer of a write from the evidence page. */
export type WriteResult<T = undefined> = { ok: true; value: T } | { ok: false; error: StoreError; message: string };

/** An export to log in the custody chain. */
export interface ExportRecord {
  /** The file name offered for download. */
  file: string;
  /** SHA-256 of the exported file. */
  sha256: string;
  /** The notice exported, for a per-notice bundle. */
  url?: string;
  /** What was exported, e.g. 'case 3: 某某项目' (goes into the entry's note). */
  note?: string;
}

/** Which evidence file to build: every capture of a notice URL, a case's captures, or every report as CSV. */
export type EvidenceExportRequest = { kind: 'notice'; url: string } | { kind: 'case'; id: number } | { kind: 'reportsCsv' };

/** A built, logged export: the file (base64: extension messages carry JSON, not bytes) and its custody seq. */
export interface ExportedFile {
  fileName: string;
  mime: string;
  sha256: string;
  /** seq of the custody entry that logs the export. */
  seq: number;
  base64: string;
}

/**
 * Answer of an evidence export. "altered": a stored capture no longer matches its hashes (captureId says
 * which; nothing exported); "export": the file could not be built; the rest as WriteResult.
 */
export type ExportResult =
  | { ok: true; value: ExportedFile }
  | { ok: false; error: StoreError | 'export' | 'altered'; message: string; captureId?: number };

interface ProtocolMap {
  /** popup → background: the report for this tab, if the tab's page was checked. */
  getTabReport(tabId: number): TabReport;
  /** popup → background: the most recently checked notices. */
  recentReports(limit: number): ReportSummary[];
  /** popup → background: run the analysis on a tab now. */
  checkTab(tabId: number): CheckResult;
  /** popup → background, and the keyboard command: save the tab as evidence. */
  saveEvidence(tabId: number): SaveEvidenceResult;
  /** evidence page → background: create a case. */
  createCase(data: { name: string; notes?: string }): WriteResult<number>;
  /** evidence page → background: rename a case or change its notes. */
  updateCase(data: { id: number; name?: string; notes?: string }): WriteResult<boolean>;
  /** evidence page → background: file a capture in a case (caseId null: in none). */
  moveCapture(data: { id: number; caseId: number | null }): WriteResult<boolean>;
  /** dashboard → background: log an export in the custody chain; returns the entry's seq. */
  recordExport(data: ExportRecord): WriteResult<number>;
  /** evidence page → background: cases, captures, their URLs' status and the custody chain's state. */
  evidenceOverview(): EvidenceOverview;
  /** evidence page → background: build an evidence file and log it in the custody chain. */
  exportEvidence(request: EvidenceExportRequest): ExportResult;
  /** dashboard → background: the latest check of every stored notice URL, newest first. */
  allNotices(): LatestNotice[];
  /** pages → background: read settings. */
  getSettings(): Settings;
  /** pages → background: change settings; returns the new settings. */
  setSettings(patch: Partial<Settings>): Settings;
}

export const { sendMessage, onMessage } = defineExtensionMessaging<ProtocolMap>();
