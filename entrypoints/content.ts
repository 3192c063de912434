/**
 * Reads the page and hands it to the background, which runs the analysis (off the page's thread) and
 * stores the report. Runs on the platform sites (lib/sites) at document_idle, and again when the popup's
 * "检查此页" injects this file. No engine here, and no long task: the DOM is serialised in slices
 * (lib/capture/dom-slices) and sent in chunks (lib/capture/page-port), the page's thread handed back between.
 *
 * Never throws into the page: everything runs inside try/catch in the extension's isolated world, and
 * errors go to console.debug only. The value main() returns is what scripting.executeScript yields.
 */
import { browser } from 'wxt/browser';
import { streamOuterHtml } from '../lib/capture/dom-slices';
import { MAX_HTML_CHARS } from '../lib/capture/page-html';
import { CHUNK_CHARS, PAGE_PORT, type PagePortMessage } from '../lib/capture/page-port';
import { errorMessage } from '../lib/errors';
import type { ContentResult } from '../lib/messages';
import { matchPatterns } from '../lib/sites';

// One run at a time per page, across re-injections: the isolated world's global is shared by every
// injection of this extension's scripts and is invisible to the page's own scripts.
const RUNNING = Symbol.for('disclosure-lens.content.running');
type Slot = { [RUNNING]?: Promise<ContentResult> };

/**
 * Hand the page to the background over a port: its HTML streamed in chunks as it is serialised (one slice
 * of the page's thread at a time), then the rest of what was read. Resolves with the background's answer.
 */
async function run(): Promise<ContentResult> {
  let port: ReturnType<typeof browser.runtime.connect> | undefined;
  try {
    const capturedAt = new Date().toISOString();
    const url = location.href;
    const channel = browser.runtime.connect({ name: PAGE_PORT });
    port = channel;
    const answer = new Promise<ContentResult>((resolve) => {
      channel.onMessage.addListener((msg: unknown) => resolve(msg as ContentResult));
      channel.onDisconnect.addListener(() => resolve({ error: 'the background closed the connection' }));
    });
    const send = (msg: PagePortMessage) => channel.postMessage(msg);
    await streamOuterHtml(document.documentElement, {
      maxChars: MAX_HTML_CHARS,
      chunkChars: CHUNK_CHARS,
      onChunk: (chunk) => send({ chunk }),
    });
    // The background analyses, stores, paints the badge and says what it found.
    send({ done: { url, capturedAt, title: document.title } });
    return await answer;
  } catch (err) {
    console.debug('[disclosure-lens] content check failed', err);
    return { error: errorMessage(err) };
  } finally {
    port?.disconnect();
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
