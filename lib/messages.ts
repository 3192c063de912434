/** The typed protocol between the content script, the background and the extension pages. */
import { defineExtensionMessaging } from '@webext-core/messaging';
import type { ReportSummary, StoredReport } from './store/queries';
import type { Report } from './types';

/** UI language: Chinese by default, English when the user switches. */
export type Lang = 'zh' | 'en';

/** User settings kept in the settings table. */
export interface Settings {
  lang: Lang;
}

/** What the content script's main returns (and so what scripting.executeScript yields for it). */
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
}

interface ProtocolMap {
  /** content → background: a notice was analysed (never sent for noticeType 'none'). */
  reportAnalyzed(report: Report): { stored: boolean; missing: number };
  /** popup → background: the report for this tab, if the tab's page was checked. */
  getTabReport(tabId: number): TabReport;
  /** popup → background: the most recently checked notices. */
  recentReports(limit: number): ReportSummary[];
  /** popup → background: run the analysis on a tab now. */
  checkTab(tabId: number): CheckResult;
  /** pages → background: read settings. */
  getSettings(): Settings;
  /** pages → background: change settings; returns the new settings. */
  setSettings(patch: Partial<Settings>): Settings;
}

export const { sendMessage, onMessage } = defineExtensionMessaging<ProtocolMap>();
