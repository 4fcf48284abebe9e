/**
 * Persistent storage: without it the browser may evict the site's data when
 * the disk runs low (common on shared school devices). Chrome answers
 * `persist()` silently from site engagement; Firefox asks the user.
 */
import type { Persistence } from './types.js';

function storageManager(): StorageManager | undefined {
  const storage = globalThis.navigator?.storage;
  return storage && typeof storage.persist === 'function' && typeof storage.persisted === 'function'
    ? storage
    : undefined;
}

/** Asks once; resolves to what the browser decided. */
export async function requestPersistence(): Promise<Persistence> {
  const storage = storageManager();
  if (!storage) return 'unsupported';
  try {
    if (await storage.persisted()) return 'granted';
    return (await storage.persist()) ? 'granted' : 'denied';
  } catch {
    return 'unsupported';
  }
}

/** The current answer, without asking again (for the teacher area). */
export async function currentPersistence(): Promise<Persistence> {
  const storage = storageManager();
  if (!storage) return 'unsupported';
  try {
    return (await storage.persisted()) ? 'granted' : 'denied';
  } catch {
    return 'unsupported';
  }
}
