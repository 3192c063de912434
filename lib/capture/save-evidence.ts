/** "保存证据": read the tab, shoot it, analyze what was read, hash and store it all in one transaction. */
import { browser } from 'wxt/browser';
import type { EvidenceSnapshot } from '../evidence/snapshot';
import type { SaveEvidenceResult } from '../messages';
import { errorMessage, isQuotaError } from '../errors';
import { saveCapture } from '../store/evidence';
import { requestPersistence } from '../store/persist';
import { htmlCutNote } from './page-html';
import { snapshotFromPage } from './page-snapshot';
import { readTabPage, screenshotTab } from './tab-capture';

/** The extension's version from its manifest ("unknown" where there is none, e.g. in Node). */
export function extensionVersion(): string {
  try {
    return browser.runtime.getManifest().version;
  } catch {
    return 'unknown';
  }
}

/**
 * Capture a tab as evidence. The capture instant is taken before anything is read; the screenshot is
 * taken right after the DOM is read, so both show the page at that moment. Returns the stored capture,
 * or why nothing was stored ("quota": the disk or the browser's storage quota is full).
 */
export async function saveEvidenceFromTab(
  tabId: number,
  opts: { caseId?: number } = {},
): Promise<{ result: SaveEvidenceResult; snapshot?: EvidenceSnapshot }> {
  const capturedAt = new Date();
  let snapshot: EvidenceSnapshot;
  try {
    const page = await readTabPage(tabId);
    const shots = await screenshotTab(tabId, page);
    const notes = page.htmlLength === undefined ? shots.notes : [...shots.notes, htmlCutNote(page.htmlLength)];
    snapshot = snapshotFromPage({
      html: page.html,
      url: page.url,
      capturedAt,
      extensionVersion: extensionVersion(),
      ...(shots.png ? { screenshotPng: shots.png } : {}),
      ...(shots.fullPng ? { fullPagePng: shots.fullPng } : {}),
      ...(notes.length ? { screenshotNote: notes.join('; ') } : {}),
    });
  } catch (err) {
    return { result: { ok: false, error: 'read', message: errorMessage(err) } };
  }
  try {
    const saved = await saveCapture(snapshot, opts);
    // Evidence is kept: ask the browser not to evict this storage (a no-op once granted).
    await requestPersistence();
    return {
      snapshot,
      result: {
        ok: true,
        id: saved.id,
        seq: saved.seq,
        kind: saved.kind,
        url: snapshot.url,
        capturedAt: snapshot.capturedAtUtc,
        noticeType: snapshot.report.noticeType,
        screenshot: Boolean(snapshot.screenshotPng),
        ...(snapshot.screenshotNote ? { note: snapshot.screenshotNote } : {}),
        partsHashes: saved.partsHashes,
      },
    };
  } catch (err) {
    return { result: { ok: false, error: isQuotaError(err) ? 'quota' : 'store', message: errorMessage(err) } };
  }
}
