/**
 * Reads the page, runs analyze() and sends the report to the background. Runs on the platform sites
 * (lib/sites) at document_idle, and again when the popup's "检查此页" injects this file.
 *
 * Never throws into the page: everything runs inside try/catch in the extension's isolated world, and
 * errors go to console.debug only. The value main() returns is what scripting.executeScript yields.
 */
import { analyzeWithText } from '../lib/analyze';
import { MAX_HTML_CHARS } from '../lib/capture/page-html';
import { pageSaysRemoved } from '../lib/capture/removal';
import { type ContentResult, sendMessage } from '../lib/messages';
import { matchPatterns } from '../lib/sites';
import { errorMessage } from '../lib/errors';

// One run at a time per page, across re-injections: the isolated world's global is shared by every
// injection of this extension's scripts and is invisible to the page's own scripts.
const RUNNING = Symbol.for('disclosure-lens.content.running');
type Slot = { [RUNNING]?: Promise<ContentResult> };

async function run(): Promise<ContentResult> {
  try {
    // One serialisation of the DOM, its length checked before any other string is made from it.
    const full = document.documentElement.outerHTML;
    const html = full.length > MAX_HTML_CHARS ? full.slice(0, MAX_HTML_CHARS) : full;
    const url = location.href;
    // One parse: the report and the notice text it was read from.
    const { report, noticeText } = analyzeWithText({ html, url, capturedAt: new Date().toISOString() });
    // Without a notice body, does the page say the notice was removed (页面不存在, 404, 信息已撤销…)?
    const removed = pageSaysRemoved(report, { title: document.title, text: noticeText });
    if (report.noticeType === 'none') {
      // The background keeps nothing for it unless this URL showed a notice before (now not read).
      await sendMessage('notNotice', { report, removed }).catch((err) => console.debug('[disclosure-lens] notNotice', err));
      return { noticeType: 'none' };
    }
    const reply = await sendMessage('reportAnalyzed', { report, removed });
    // The text of each version is sent once (when the store lacks it), for the diff of a silent edit.
    if (reply?.wantText) await sendMessage('noticeText', { textHash: report.textHash, text: noticeText });
    return { noticeType: report.noticeType, report };
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
