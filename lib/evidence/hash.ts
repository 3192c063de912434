/** SHA-256 and the notice-text canonicalisation used to tell a silent edit from a re-render. */
import { normalizeLine } from '../page/normalize';

// Whitespace next to a Chinese character or CJK/full-width punctuation is layout, not wording.
const SPACE_BY_CJK = /(?<=[\p{Script=Han}\u3000-\u303F\uFF00-\uFFEF]) +| +(?=[\p{Script=Han}\u3000-\u303F\uFF00-\uFFEF])/gu;

const HEX = Array.from({ length: 256 }, (_, i) => i.toString(16).padStart(2, '0'));

/** Lower-case hex SHA-256 of bytes, or of a string's UTF-8 bytes (Web Crypto: extension and Node 20). */
export async function sha256Hex(data: Uint8Array | string): Promise<string> {
  const bytes = typeof data === 'string' ? new TextEncoder().encode(data) : data;
  // Web Crypto wants an ArrayBuffer-backed view; copy only when handed a SharedArrayBuffer view.
  const view = bytes.buffer instanceof ArrayBuffer ? (bytes as Uint8Array<ArrayBuffer>) : new Uint8Array(bytes);
  const digest = new Uint8Array(await globalThis.crypto.subtle.digest('SHA-256', view));
  let out = '';
  for (const b of digest) out += HEX[b];
  return out;
}

/** True for a 64-character lower-case hex string. */
export function isSha256Hex(s: unknown): s is string {
  return typeof s === 'string' && /^[0-9a-f]{64}$/.test(s);
}

/**
 * Canonical notice text: NFC, each line through normalizeLine (odd spaces, zero-width, full-width
 * digits), spaces next to Chinese characters dropped, line breaks unified to "\n", blank lines
 * dropped, trimmed. Layout-only differences (a re-render, an extra empty <p>, "投 标 报 价")
 * give the same text; any change of wording does not.
 */
export function normalizeNoticeText(text: string): string {
  return text
    .normalize('NFC')
    .split(/\r\n|[\n\r\u2028\u2029\u0085]/)
    .map((line) => normalizeLine(line).replace(SPACE_BY_CJK, ''))
    .filter((line) => line !== '')
    .join('\n');
}

/** SHA-256 of the canonical notice text: equal hashes mean the same wording. */
export function noticeTextHash(text: string): Promise<string> {
  return sha256Hex(normalizeNoticeText(text));
}
