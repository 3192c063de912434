/** Bytes as base64 and back: extension messages carry JSON, so files cross them as base64 text. */

/** Chunk of bytes turned into one string at a time (String.fromCharCode takes its arguments on the stack). */
const CHUNK = 0x8000;

/** Base64 of bytes. */
export function bytesToBase64(bytes: Uint8Array): string {
  let bin = '';
  for (let i = 0; i < bytes.length; i += CHUNK) bin += String.fromCharCode(...bytes.subarray(i, i + CHUNK));
  return btoa(bin);
}

/** Bytes of base64 text. */
export function base64ToBytes(base64: string): Uint8Array {
  const bin = atob(base64);
  const out = new Uint8Array(bin.length);
  for (let i = 0; i < bin.length; i++) out[i] = bin.charCodeAt(i);
  return out;
}
