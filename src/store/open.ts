/**
 * Opening the store: IndexedDB when it works, memory with a reason when it
 * does not. Nothing here throws; the game always gets a working store.
 */
import { createDatabase, type DatabaseOptions } from './database.js';
import { DexieBackend } from './dexie-backend.js';
import { classifyFailure } from './errors.js';
import { FailoverStore } from './failover-store.js';
import { newId } from './ids.js';
import { LossMarker, defaultMarkerStorage, type MarkerStorage } from './loss-marker.js';
import { MemoryBackend } from './memory-backend.js';
import { SCHEMA_VERSION } from './migrations/index.js';
import { cacheMirrorStorage } from './mirror/cache-storage.js';
import { MirroredBackend } from './mirror/mirrored-backend.js';
import { mirrorHasProfiles, restoreFromMirror, type RestoreResult } from './mirror/restore.js';
import type { MirrorStorage } from './mirror/storage.js';
import { requestPersistence } from './persistence.js';
import { DEVICE_KEY, DeviceRecord } from './records.js';
import { Repository, type RepositoryOptions } from './repository.js';
import type { StoreFailureReason, StoreMode } from './types.js';

export interface OpenOptions extends DatabaseOptions, RepositoryOptions {
  /**
   * How long to wait, once the browser says another tab blocks our upgrade,
   * before playing in memory instead. The other tab closes its connection at
   * once if it runs this code; an old build that does not may never let go.
   */
  blockedTimeoutMs?: number;
  /** Ask the browser for persistent storage (default true). */
  requestPersistence?: boolean;
  /** Where the "this device has progress" note is kept (default localStorage). */
  markerStorage?: MarkerStorage;
  /**
   * Where the second copy of every record is kept (default Cache Storage on
   * secure origins; `null` turns the mirror off). See mirror/mirrored-backend.ts.
   */
  mirrorStorage?: MirrorStorage | null;
}

export interface OpenedStore {
  store: FailoverStore;
  mode: StoreMode;
  reason?: StoreFailureReason;
  /**
   * True when this device had progress but the browser's database came back
   * empty (Chromium deletes a database it finds corrupted, e.g. after a
   * crash) and there was no mirror to restore it from. Told once; the game
   * says so kindly and a backup can restore it.
   */
  lostData?: boolean;
  /**
   * Set when the database came back empty and the mirror put the records
   * back: nothing was lost, nothing to tell the child. For logs and tests.
   */
  recovered?: RestoreResult;
}

class BlockedError extends Error {
  override name = 'BlockedError';
}

function repositoryOptions(options: RepositoryOptions): Required<RepositoryOptions> {
  return { now: options.now ?? (() => Date.now()), newId: options.newId ?? newId };
}

/** An in-memory store (tests, and the fallback). */
export function createMemoryStore(
  options: RepositoryOptions = {},
  reason?: StoreFailureReason,
): FailoverStore {
  return new FailoverStore(new Repository(new MemoryBackend(), repositoryOptions(options)), reason);
}

export async function openStore(options: OpenOptions = {}): Promise<OpenedStore> {
  let db;
  try {
    db = createDatabase(options);
  } catch (error) {
    return memoryWith(options, classifyFailure(error));
  }
  const blockedTimeoutMs = options.blockedTimeoutMs ?? 3000;
  let blockedTimer: ReturnType<typeof setTimeout> | undefined;
  const blocked = new Promise<never>((_, reject) => {
    db.on('blocked', () => {
      blockedTimer ??= setTimeout(
        () => reject(new BlockedError('another tab holds an older version')),
        blockedTimeoutMs,
      );
    });
  });
  blocked.catch(() => undefined);
  const mirrorStorage = options.mirrorStorage === undefined ? cacheMirrorStorage() : options.mirrorStorage;
  let recovered: RestoreResult | undefined;
  const dexie = new DexieBackend(db);
  try {
    await Promise.race([db.open(), blocked]);
    // The browser may have deleted a corrupted database: put the mirror back first.
    recovered = await restoreIfWiped(dexie, mirrorStorage);
    // A first write finds out now, not mid-game, whether this browser lets us
    // store anything (some private modes open the database, then refuse writes).
    const device = DeviceRecord.safeParse(await dexie.get('device', DEVICE_KEY));
    const probe = device.success ? device.data : { key: DEVICE_KEY, lastProfileId: null, language: null };
    await dexie.write([{ kind: 'put', table: 'device', value: probe }]);
  } catch (error) {
    db.close();
    return memoryWith(options, error instanceof BlockedError ? 'blocked' : classifyFailure(error));
  } finally {
    clearTimeout(blockedTimer);
  }

  const marker = new LossMarker(options.markerStorage ?? defaultMarkerStorage());
  let lostData = false;
  try {
    const profiles = await db.table('profiles').count();
    // A mirror that was never whole may have missed some records: say so.
    lostData = (profiles === 0 && marker.hadProgress()) || recovered?.complete === false;
    marker.setHasProgress(profiles > 0);
  } catch {
    // Counting is only for the notice; the store works without it.
  }
  let backend: DexieBackend | MirroredBackend = dexie;
  if (mirrorStorage) {
    const mirrored = new MirroredBackend(dexie, mirrorStorage, SCHEMA_VERSION);
    // Heals a mirror that missed writes (a crash mid-write, a failure last
    // session, or progress from before the mirror existed). Queued first,
    // so the game's own writes follow it; it does not hold up the start.
    void mirrored.rebuild();
    backend = mirrored;
  }
  const store = new FailoverStore(
    new Repository(backend, repositoryOptions(options)),
    undefined,
    undefined,
    marker,
  );
  // Another tab wants to upgrade: copy what we have into memory, then let go
  // of the connection so its upgrade can run. Returning false stops Dexie's
  // own handler, which would close at once and lose the chance to copy.
  db.on('versionchange', () => {
    void store.switchToMemory('version-error');
    return false;
  });
  if (options.requestPersistence !== false) void requestPersistence();
  return {
    store,
    mode: 'persistent',
    ...(lostData ? { lostData } : {}),
    ...(recovered ? { recovered } : {}),
  };
}

/**
 * No player in the database but players in the mirror: the browser deleted
 * the database (players are only ever deleted from the mirror first). Never
 * throws: a mirror that cannot be read only costs the recovery.
 */
async function restoreIfWiped(
  backend: DexieBackend,
  mirror: MirrorStorage | null | undefined,
): Promise<RestoreResult | undefined> {
  if (!mirror) return undefined;
  try {
    if ((await backend.getAll('profiles')).length > 0 || !(await mirrorHasProfiles(mirror))) return undefined;
    const result = await restoreFromMirror(backend, mirror, SCHEMA_VERSION);
    return result.restored.profiles > 0 ? result : undefined;
  } catch {
    return undefined;
  }
}

function memoryWith(options: RepositoryOptions, reason: StoreFailureReason): OpenedStore {
  return { store: createMemoryStore(options, reason), mode: 'memory', reason };
}
