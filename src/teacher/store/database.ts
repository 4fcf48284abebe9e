/**
 * The teacher area's own IndexedDB database, apart from the children's
 * progress (`escudo-progress`): forgetting the PIN clears this one and can
 * never reach theirs. One schema version so far; a later one adds a
 * `db.version(2)` line here with its upgrade.
 */
import { Dexie } from 'dexie';

export const TEACHER_DB_NAME = 'escudo-teacher';

export interface TeacherDatabaseOptions {
  name?: string;
  /** An IDBFactory (tests pass fake-indexeddb's); the page's `indexedDB` otherwise. */
  indexedDB?: IDBFactory;
  IDBKeyRange?: typeof IDBKeyRange;
}

export function createTeacherDatabase(options: TeacherDatabaseOptions = {}): Dexie {
  const factory = options.indexedDB ?? globalThis.indexedDB;
  const keyRange = options.IDBKeyRange ?? globalThis.IDBKeyRange;
  const db = new Dexie(options.name ?? TEACHER_DB_NAME, {
    // Opened explicitly (openTeacherStore), so a failure is seen once and explained.
    autoOpen: false,
    ...(factory ? { indexedDB: factory } : {}),
    ...(keyRange ? { IDBKeyRange: keyRange } : {}),
  });
  db.version(1).stores({ settings: 'key', classes: 'code', attempts: 'id, classCode' });
  return db;
}
