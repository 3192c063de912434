/** SHA-256 and the notice-text canonicalisation used to tell a silent edit from a re-render. */
import { sha256 } from '@noble/hashes/sha2.js';
import { bytesToHex, utf8ToBytes } from '@noble/hashes/utils.js';
import { normalizeLine } from '../page/normalize';

// Whitespace next to a Chinese character or CJK/full-width punctuation is layout, not wording.
const SPACE_BY_CJK = /(?<=[\p{Script=Han}\u3000-\u303F\uFF00-\uFFEF]) +| +(?=[\p{Script=Han}\u3000-\u303F\uFF00-\uFFEF])/gu;

/** Lower-case hex SHA-256 of bytes, or of a string's UTF-8 bytes, computed at once (one implementation everywhere). */
export function sha256HexSync(data: Uint8Array | string): string {
  return bytesToHex(sha256(typeof data === 'string' ? utf8ToBytes(data) : data));
}

/** Lower-case hex SHA-256, as a promise (the shape callers in the extension and the CLI await). */
export async function sha256Hex(data: Uint8Array | string): Promise<string> {
  return sha256HexSync(data);
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
