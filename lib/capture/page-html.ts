/** How much of a page is read: the same cap for the automatic check and for a capture ("保存证据"). */

/** Pages longer than this (characters of HTML) are cut; the engine then reports the body as cut off. */
export const MAX_HTML_CHARS = 5 * 1024 * 1024;

/** The manifest note of a capture whose page HTML was cut at MAX_HTML_CHARS. */
export function htmlCutNote(length: number): string {
  return `page HTML cut at ${MAX_HTML_CHARS} of ${length} characters`;
}
