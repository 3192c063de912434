/** A captured page as evidence: the engine's report and notice text from exactly the HTML kept. Pure. */
import { analyzeWithText } from '../analyze';
import { createSnapshot, type EvidenceSnapshot, toUtcIso } from '../evidence/snapshot';

/** What the browser handed over for one capture. */
export interface PageCapture {
  html: string;
  url: string;
  capturedAt: Date | string | number;
  /** The extension's version (manifest), or a tool name and version. */
  extensionVersion: string;
  screenshotPng?: Uint8Array;
  fullPagePng?: Uint8Array;
  screenshotNote?: string;
}

/**
 * Analyze the captured HTML and keep the notice text the engine read (one parse: analyzeWithText gives the
 * report and the text it was made from), so report.json, notice.txt and page.html describe one page.
 */
export function snapshotFromPage(input: PageCapture): EvidenceSnapshot {
  const capturedAt = toUtcIso(input.capturedAt);
  const { report, noticeText } = analyzeWithText({ html: input.html, url: input.url, capturedAt });
  return createSnapshot({
    url: input.url,
    capturedAt,
    extensionVersion: input.extensionVersion,
    html: input.html,
    noticeText,
    report,
    ...(input.screenshotPng ? { screenshotPng: input.screenshotPng } : {}),
    ...(input.fullPagePng ? { fullPagePng: input.fullPagePng } : {}),
    ...(input.screenshotNote ? { screenshotNote: input.screenshotNote } : {}),
  });
}
