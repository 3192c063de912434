/**
 * Persistent storage for the evidence. IndexedDB is "best-effort" by default: under storage pressure the
 * browser may evict it. navigator.storage.persist() asks it not to; the manifest's unlimitedStorage lifts
 * the quota. persist() exists in window contexts (popup, evidence page, Firefox's background page), not in
 * Chrome's service worker, where only the state can be read.
 */

/** The StorageManager of this context, when there is one. */
function storageManager(): StorageManager | undefined {
  return (globalThis as { navigator?: { storage?: StorageManager } }).navigator?.storage;
}

/** Is this extension's storage persistent? undefined when the browser cannot say. */
export async function storagePersisted(): Promise<boolean | undefined> {
  try {
    const storage = storageManager();
    return typeof storage?.persisted === 'function' ? await storage.persisted() : undefined;
  } catch {
    return undefined;
  }
}

/** How long a caller waits for the browser's answer (a browser may ask the user first). */
const PERSIST_WAIT_MS = 3000;

/**
 * Ask for persistent storage unless it is already granted; returns the state after asking (undefined
 * when the browser cannot say). Never throws and never waits more than PERSIST_WAIT_MS for the answer:
 * evidence is stored either way.
 */
export async function requestPersistence(): Promise<boolean | undefined> {
  const already = await storagePersisted();
  if (already) return true;
  try {
    const storage = storageManager();
    if (typeof storage?.persist !== 'function') return already;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const late = new Promise<boolean | undefined>((ok) => {
      timer = setTimeout(() => ok(already), PERSIST_WAIT_MS);
    });
    try {
      return await Promise.race([storage.persist(), late]);
    } finally {
      clearTimeout(timer);
    }
  } catch {
    return already;
  }
}
