/**
 * Reads the page and hands it to the background, which runs the analysis (off the page's thread) and
 * stores the report. Runs on the platform sites (lib/sites) at document_idle, and again when the popup's
 * "检查此页" injects this file. No engine here: the page pays only for one serialisation of its DOM.
 *
 * Never throws into the page: everything runs inside try/catch in the extension's isolated world, and
 * errors go to console.debug only. The value main() returns is what scripting.executeScript yields.
 */
import { MAX_HTML_CHARS } from '../lib/capture/page-html';
import { errorMessage } from '../lib/errors';
import { type ContentResult, sendMessage } from '../lib/messages';
import { matchPatterns } from '../lib/sites';

// One run at a time per page, across re-injections: the isolated world's global is shared by every
// injection of this extension's scripts and is invisible to the page's own scripts.
const RUNNING = Symbol.for('disclosure-lens.content.running');
type Slot = { [RUNNING]?: Promise<ContentResult> };

async function run(): Promise<ContentResult> {
  try {
    const capturedAt = new Date().toISOString();
    // One serialisation of the DOM, its length checked before any other string is made from it.
    const full = document.documentElement.outerHTML;
    const html = full.length > MAX_HTML_CHARS ? full.slice(0, MAX_HTML_CHARS) : full;
    // The background analyses, stores, paints the badge and says what it found.
    return await sendMessage('pageRead', { html, url: location.href, capturedAt, title: document.title });
  } catch (err) {
    console.debug('[disclosure-lens] content check failed', err);
    return { error: errorMessage(err) };
  }
}

export default defineContentScript({
  matches: matchPatterns(),
  runAt: 'document_idle',
  async main(): Promise<ContentResult> {
    try {
      const slot = globalThis as Slot;
      const pending = slot[RUNNING];
      if (pending) return await pending;
      const p = run().finally(() => {
        delete slot[RUNNING];
      });
      slot[RUNNING] = p;
      return await p;
    } catch (err) {
      console.debug('[disclosure-lens] content script error', err);
      return { error: String(err) };
    }
  },
});
