/** Text normalisation shared by the page reader and every extractor. */

const ZERO_WIDTH = /[\u200B-\u200D\u2060\uFEFF\u00AD]/g;
// U+3000 ideographic space, NBSP and the other Unicode spaces all read as one space.
const ODD_SPACES = /[\u00A0\u1680\u2000-\u200A\u202F\u205F\u3000]/g;

/** Full-width ASCII (０-９, Ａ-Ｚ, ：, （ …) to half-width, except the Chinese punctuation we match on. */
export function toHalfWidth(s: string): string {
  return s.replace(/[\uFF10-\uFF19\uFF21-\uFF3A\uFF41-\uFF5A\uFF0E\uFF0F\uFF0D\uFF0B\uFF05]/g, (c) =>
    String.fromCharCode(c.charCodeAt(0) - 0xfee0),
  );
}

/** One line of text: half-width digits, odd spaces as one space, no zero-width characters, trimmed. */
export function normalizeLine(s: string): string {
  return toHalfWidth(s.replace(ZERO_WIDTH, '').replace(ODD_SPACES, ' ').replace(/[ \t\r\f\v]+/g, ' ')).trim();
}

/** Squeeze all whitespace out: for matching labels like "投 标 报 价" or "公 示 期". */
export function compact(s: string): string {
  return normalizeLine(s).replace(/\s+/g, '');
}
