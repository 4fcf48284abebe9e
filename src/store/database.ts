/**
 * The Dexie database, declared from the migration list. `upTo` builds an
 * older version of the schema: tests use it to play an old tab, and the
 * fixture script to write frozen databases of earlier versions.
 */
import { Dexie, type DBCore, type Middleware } from 'dexie';
import { MIGRATIONS, SCHEMA_VERSION } from './migrations/index.js';

export const DEFAULT_DB_NAME = 'escudo-progress';

export interface DatabaseOptions {
  name?: string;
  /** An IDBFactory (tests pass fake-indexeddb's); the page's `indexedDB` otherwise. */
  indexedDB?: IDBFactory;
  IDBKeyRange?: typeof IDBKeyRange;
  upTo?: number;
}

/**
 * Every write asks for strict durability (flushed to disk before it reports
 * success). Results must survive a power cut; and for per-step saves the
 * SIGKILL test showed why: Chromium's LevelDB backing store sometimes finds
 * its log corrupted after repeated hard kills and then deletes the whole
 * database. With relaxed commits that happened about once in 35 kills, with
 * strict commits about once in 90 (docs/progress-data.md). A strict step save
 * costs a few milliseconds, well inside a chat message's typing delay.
 * Dexie only has a per-database setting, hence this small DBCore middleware.
 */
const strictWrites: Middleware<DBCore> = {
  stack: 'dbcore',
  name: 'escudo-strict-writes',
  create(down) {
    return {
      ...down,
      transaction(stores, mode, options) {
        if (mode === 'readwrite') {
          return down.transaction(stores, mode, { ...options, durability: 'strict' });
        }
        return down.transaction(stores, mode, options);
      },
    };
  },
};

/**
 * When the database on disk is newer than this code (a newer game ran in
 * another tab, or the game was rolled back), Dexie 4 retries opening it at
 * whatever version is there, and may even "patch" its schema to fit ours.
 * Old code must never write into a newer database, so this factory refuses
 * version-less opens: the open fails with VersionError and the game plays in
 * memory, leaving the newer data untouched.
 */
function refuseDowngrade(factory: IDBFactory): IDBFactory {
  return {
    open(name: string, version?: number) {
      if (version === undefined) {
        throw new DOMException(
          'The stored progress was written by a newer version of the game',
          'VersionError',
        );
      }
      return factory.open(name, version);
    },
    deleteDatabase: (name: string) => factory.deleteDatabase(name),
    cmp: (a: unknown, b: unknown) => factory.cmp(a, b),
    databases: () => factory.databases(),
  };
}

export function createDatabase(options: DatabaseOptions = {}): Dexie {
  const given = options.indexedDB ?? globalThis.indexedDB;
  const factory = given ? refuseDowngrade(given) : undefined;
  const keyRange = options.IDBKeyRange ?? globalThis.IDBKeyRange;
  const db = new Dexie(options.name ?? DEFAULT_DB_NAME, {
    // Opening is explicit (openStore) so a failure is seen once, classified, and not retried silently.
    autoOpen: false,
    ...(factory ? { indexedDB: factory } : {}),
    ...(keyRange ? { IDBKeyRange: keyRange } : {}),
  });
  const upTo = options.upTo ?? SCHEMA_VERSION;
  for (const migration of MIGRATIONS) {
    if (migration.version > upTo) break;
    const version = db.version(migration.version).stores(migration.stores);
    if (migration.upgrade) version.upgrade(migration.upgrade);
  }
  db.use(strictWrites);
  return db;
}
