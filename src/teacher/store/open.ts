/**
 * Opening the teacher store: IndexedDB when it works, memory with a reason
 * when it does not (a private window, storage blocked, a newer database).
 * Never throws. The page opens it once; the game's PIN gate and the teacher
 * area share that one store (`sharedTeacherStore`).
 */
import { classifyFailure } from '../../store/errors.js';
import type { StoreFailureReason } from '../../store/types.js';
import { createTeacherDatabase, type TeacherDatabaseOptions } from './database.js';
import { DexieTeacherBackend } from './dexie-backend.js';
import { MemoryTeacherBackend } from './memory-backend.js';
import { TeacherStore } from './teacher-store.js';

export function createMemoryTeacherStore(reason?: StoreFailureReason): TeacherStore {
  return new TeacherStore(new MemoryTeacherBackend(), 'memory', reason);
}

export async function openTeacherStore(options: TeacherDatabaseOptions = {}): Promise<TeacherStore> {
  let db;
  try {
    db = createTeacherDatabase(options);
    await db.open();
    // Some private modes open the database and then refuse writes: find out now.
    await db.table('settings').put({ key: 'probe' });
    await db.table('settings').delete('probe');
  } catch (error) {
    db?.close();
    return createMemoryTeacherStore(classifyFailure(error));
  }
  // Another tab upgrades the database (a newer build): let go rather than block it.
  db.on('versionchange', () => {
    db.close();
    return false;
  });
  return new TeacherStore(new DexieTeacherBackend(db), 'persistent');
}

let shared: Promise<TeacherStore> | null = null;

/** The page's one teacher store, opened on first use. */
export function sharedTeacherStore(): Promise<TeacherStore> {
  shared ??= openTeacherStore();
  return shared;
}
