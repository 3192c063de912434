/** One captured notice as evidence: the page, its text, our report, screenshots, times and versions. */
import { strToU8 } from 'fflate';
import type { Report } from '../types';
import { sha256Hex } from './hash';

/** Everything kept from one capture; the parts' bytes are fixed by snapshotParts. */
export interface EvidenceSnapshot {
  url: string;
  /** ISO 8601 UTC ("…Z"). */
  capturedAtUtc: string;
  /** The same instant in China time, ISO 8601 with +08:00. */
  capturedAtLocal: string;
  /** Extension version, or e.g. "disclosure-lens-cli 0.1.0" for the command line. */
  extensionVersion: string;
  engineVersion: string;
  /** The page as the browser had it (DOM serialisation) or as read from the file. */
  html: string;
  /** The notice body text the engine read. */
  noticeText: string;
  report: Report;
  /** Visible-area screenshot. */
  screenshotPng?: Uint8Array;
  /** Full-page screenshot, when one could be taken. */
  fullPagePng?: Uint8Array;
  /** Why a screenshot is missing or partial, e.g. SCREENSHOT_NOT_CAPTURED_CLI. */
  screenshotNote?: string;
}

/** Part names; also the file names inside a bundle's notice folder. */
export type SnapshotPart = 'page.html' | 'notice.txt' | 'report.json' | 'screenshot.png' | 'screenshot-full.png';

/** Manifest note for captures made without a browser. */
export const SCREENSHOT_NOT_CAPTURED_CLI = 'not captured: command-line capture has no browser';

const BOM = '\uFEFF';

/**
 * report.json exactly as written: two-space JSON plus a newline. The report is not re-ordered,
 * so the bytes are the same wherever the same Report object (or its structured clone) is serialised.
 */
export function serializeReport(report: Report): string {
  return `${JSON.stringify(report, null, 2)}\n`;
}

/**
 * The bytes of each part, in bundle order. page.html is UTF-8 with a BOM: the DOM is already decoded,
 * and the BOM overrides a stale <meta charset="gb2312"> when someone opens the file in a browser.
 */
export function snapshotParts(s: EvidenceSnapshot): Array<[SnapshotPart, Uint8Array]> {
  const parts: Array<[SnapshotPart, Uint8Array]> = [
    ['page.html', strToU8(s.html.startsWith(BOM) ? s.html : BOM + s.html)],
    ['notice.txt', strToU8(s.noticeText.endsWith('\n') ? s.noticeText : `${s.noticeText}\n`)],
    ['report.json', strToU8(serializeReport(s.report))],
  ];
  if (s.screenshotPng) parts.push(['screenshot.png', s.screenshotPng]);
  if (s.fullPagePng) parts.push(['screenshot-full.png', s.fullPagePng]);
  return parts;
}

/** SHA-256 of each part present (keys are SnapshotPart names): what a custody "capture" entry records. */
export async function hashSnapshot(s: EvidenceSnapshot): Promise<Record<string, string>> {
  const out: Record<string, string> = {};
  for (const [name, bytes] of snapshotParts(s)) out[name] = await sha256Hex(bytes);
  return out;
}

/** The instant as China time, e.g. "2024-05-01T18:30:00+08:00" (milliseconds kept when not zero). */
export function toLocalIso(date: Date | string | number): string {
  const t = (date instanceof Date ? date : new Date(date)).getTime();
  if (Number.isNaN(t)) throw new RangeError(`toLocalIso: not a date: ${String(date)}`);
  // China has had no daylight saving since 1991: a fixed +8 h shift is exact.
  const shifted = new Date(t + 8 * 3600_000).toISOString();
  const ms = shifted.slice(19, 23);
  return `${shifted.slice(0, 19)}${ms === '.000' ? '' : ms}+08:00`;
}

/** The instant as UTC ISO 8601 ("…Z"). */
export function toUtcIso(date: Date | string | number): string {
  const d = date instanceof Date ? date : new Date(date);
  if (Number.isNaN(d.getTime())) throw new RangeError(`toUtcIso: not a date: ${String(date)}`);
  return d.toISOString();
}

/** Inputs of createSnapshot: the capture instant once, both time forms are derived from it. */
export interface SnapshotInput {
  url: string;
  capturedAt: Date | string | number;
  extensionVersion: string;
  html: string;
  noticeText: string;
  report: Report;
  screenshotPng?: Uint8Array;
  fullPagePng?: Uint8Array;
  screenshotNote?: string;
}

/** Build a snapshot with consistent UTC and +08:00 times; engineVersion comes from the report. */
export function createSnapshot(input: SnapshotInput): EvidenceSnapshot {
  const { capturedAt, ...rest } = input;
  return {
    ...rest,
    capturedAtUtc: toUtcIso(capturedAt),
    capturedAtLocal: toLocalIso(capturedAt),
    engineVersion: input.report.engineVersion,
  };
}
