/** One schema version of the IndexedDB database: its tables and how to get there from the one before. */
import type { Transaction } from 'dexie';

export interface Migration {
  version: number;
  /** Dexie table specs: primary key first, then indexes. `null` drops a table. */
  stores: Record<string, string | null>;
  /**
   * Rewrites records from the previous version. Must never throw on a
   * malformed old record (an aborted upgrade would lock the player out):
   * leave it, and reading will skip and report it.
   */
  upgrade?: (tx: Transaction) => Promise<void>;
}
