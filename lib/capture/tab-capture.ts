/**
 * Reading a tab for a capture: its DOM as the browser has it and screenshots. Browser APIs only; the
 * background calls these (activeTab or the platform host permissions let it read the tab).
 */
import { browser } from 'wxt/browser';
import { errorMessage } from '../errors';
import { MAX_HTML_CHARS } from './page-html';

/** Manifest note where the browser cannot shoot the whole page (Chrome without the debugger permission). */
export const FULL_PAGE_UNAVAILABLE = 'full-page capture not available in this browser';

/** Firefox draws at most this many CSS pixels in one capture (canvas limits); taller pages are cut. */
const FULL_PAGE_MAX_HEIGHT = 16_000;

/** The page as read from the tab. */
export interface TabPage {
  /**
   * Doctype plus document.documentElement.outerHTML: the DOM now, after the page's own scripts ran; cut at
   * MAX_HTML_CHARS (then `htmlLength` is the whole page's length).
   */
  html: string;
  /** Length of the whole outerHTML when it was cut. */
  htmlLength?: number;
  url: string;
  /** Document size in CSS pixels (for a full-page capture). */
  width: number;
  height: number;
}

/** The screenshots taken and, for each one not taken, why (these notes go into the bundle manifest). */
export interface TabShots {
  png?: Uint8Array;
  fullPng?: Uint8Array;
  notes: string[];
}

/**
 * Read the tab's main frame. Throws when the page cannot be read (no permission, a browser page). The
 * page's outerHTML is built once and its length checked before any other string is made from it: a page
 * beyond MAX_HTML_CHARS is cut there, in the page, and never crosses to the background whole.
 */
export async function readTabPage(tabId: number): Promise<TabPage> {
  const [first] = await browser.scripting.executeScript({
    target: { tabId },
    args: [MAX_HTML_CHARS],
    func: (max: number) => {
      const dt = document.doctype;
      const doctype = dt ? `${new XMLSerializer().serializeToString(dt)}\n` : '';
      const root = document.documentElement;
      const outer = root.outerHTML;
      const cut = outer.length > max;
      return {
        html: doctype + (cut ? outer.slice(0, max) : outer),
        ...(cut ? { htmlLength: outer.length } : {}),
        url: location.href,
        width: Math.max(root.scrollWidth, root.clientWidth),
        height: Math.max(root.scrollHeight, document.body?.scrollHeight ?? 0, root.clientHeight),
      };
    },
  });
  const page = first?.result as TabPage | undefined;
  if (!page || typeof page.html !== 'string') throw new Error('the page could not be read');
  return page;
}

/** Bytes of a "data:image/png;base64,…" URL. */
export function dataUrlBytes(dataUrl: string): Uint8Array {
  const base64 = dataUrl.slice(dataUrl.indexOf(',') + 1);
  const bin = atob(base64);
  const out = new Uint8Array(bin.length);
  for (let i = 0; i < bin.length; i++) out[i] = bin.charCodeAt(i);
  return out;
}

type CaptureTab = (tabId: number, options: { format: 'png'; rect?: { x: number; y: number; width: number; height: number } }) => Promise<string>;

/** Firefox only: tabs.captureTab with a rect beyond the viewport draws the whole document. */
async function fullPage(tabId: number, page: TabPage, notes: string[]): Promise<Uint8Array | undefined> {
  const captureTab = (browser.tabs as unknown as { captureTab?: CaptureTab }).captureTab;
  if (!import.meta.env.FIREFOX || !captureTab) {
    notes.push(FULL_PAGE_UNAVAILABLE);
    return undefined;
  }
  try {
    const height = Math.min(page.height, FULL_PAGE_MAX_HEIGHT);
    const url = await captureTab(tabId, { format: 'png', rect: { x: 0, y: 0, width: page.width, height } });
    if (height < page.height) notes.push(`full-page capture cut at ${height} of ${page.height} CSS pixels`);
    return dataUrlBytes(url);
  } catch (err) {
    notes.push(`full-page capture failed: ${errorMessage(err)}`);
    return undefined;
  }
}

/**
 * Screenshot of the visible area (PNG) and, where the browser allows, of the whole page. A visible-area
 * shot is kept only when the tab was in front before and after it: captureVisibleTab shoots whatever tab
 * is in front, and evidence must show the page it claims to.
 */
export async function screenshotTab(tabId: number, page: TabPage): Promise<TabShots> {
  const notes: string[] = [];
  let png: Uint8Array | undefined;
  try {
    const tab = await browser.tabs.get(tabId);
    if (!tab.active) notes.push('visible-area screenshot not captured: the tab was not in front');
    else {
      const dataUrl = await browser.tabs.captureVisibleTab(tab.windowId, { format: 'png' });
      if ((await browser.tabs.get(tabId)).active) png = dataUrlBytes(dataUrl);
      else notes.push('visible-area screenshot not captured: another tab came to the front');
    }
  } catch (err) {
    notes.push(`visible-area screenshot not captured: ${errorMessage(err)}`);
  }
  const fullPng = await fullPage(tabId, page, notes);
  return { ...(png ? { png } : {}), ...(fullPng ? { fullPng } : {}), notes };
}
