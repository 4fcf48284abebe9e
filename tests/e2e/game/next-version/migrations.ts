/**
 * The update test's "version N+1": today's migrations plus a schema version
 * that only exists here. It adds an index and rewrites every result and
 * saved game through the upgrade, as a real new version would, so the test
 * proves that progress survives a real upgrade of the database under a real
 * update of the service worker. Swapped in for src/store/migrations/index.ts
 * by the test's build (update.spec.ts); never part of the game.
 */
import type { Migration } from '../../../../src/store/migrations/types.js';
import { v1 } from '../../../../src/store/migrations/v1.js';
import { v2 } from '../../../../src/store/migrations/v2.js';

const next: Migration = {
  version: v2.version + 1,
  stores: { ...v2.stores, attempts: `${v2.stores.attempts}, scenarioVersion` },
  async upgrade(tx) {
    await tx
      .table('attempts')
      .toCollection()
      .modify(() => undefined);
    await tx
      .table('states')
      .toCollection()
      .modify(() => undefined);
  },
};

export const MIGRATIONS: readonly Migration[] = [v1, v2, next];
export const SCHEMA_VERSION = next.version;
export type { Migration } from '../../../../src/store/migrations/types.js';
