/** Storage errors the user must be told about in plain words. */
import type { WriteResult } from './messages';

/** Error names that mean "the disk or the browser's quota is full". */
const QUOTA_NAMES = new Set(['QuotaExceededError', 'NS_ERROR_DOM_QUOTA_REACHED']);

/**
 * True when an error (or an error it wraps) is a full IndexedDB: Dexie reports a native
 * QuotaExceededError as Dexie.QuotaExceededError, or as an AbortError whose `inner` is the quota error.
 */
export function isQuotaError(err: unknown): boolean {
  let e: unknown = err;
  for (let depth = 0; depth < 5 && typeof e === 'object' && e !== null; depth++) {
    const { name, inner, cause } = e as { name?: unknown; inner?: unknown; cause?: unknown };
    if (typeof name === 'string' && QUOTA_NAMES.has(name)) return true;
    e = inner ?? cause;
  }
  return false;
}

/** An error's message, for a status line or a log (anything thrown, not only Errors). */
export function errorMessage(err: unknown): string {
  return err instanceof Error ? err.message : String(err);
}

/** Run a write and say how it went; a full disk is told apart from other failures. */
export async function writeResult<T>(fn: () => Promise<T>): Promise<WriteResult<T>> {
  try {
    return { ok: true, value: await fn() };
  } catch (err) {
    return { ok: false, error: isQuotaError(err) ? 'quota' : 'store', message: errorMessage(err) };
  }
}
