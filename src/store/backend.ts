/**
 * The narrow storage seam under the repository. A backend stores raw records
 * in six tables and applies a batch of writes atomically; it knows nothing
 * about validation or privacy rules, which live once in repository.ts for
 * both backends (IndexedDB through Dexie, and memory).
 */

export type TableName = 'profiles' | 'attempts' | 'states' | 'settings' | 'device' | 'packs';
export const TABLES: readonly TableName[] = ['profiles', 'attempts', 'states', 'settings', 'device', 'packs'];

/** Primary keys: a string, or [profileId, scenarioId] for saved states. */
export type RecordKey = string | [string, string];

export type WriteOp =
  | { kind: 'put'; table: TableName; value: object }
  /** Writes only if no record has this key; counted in the result. */
  | { kind: 'putIfAbsent'; table: TableName; value: object }
  | { kind: 'delete'; table: TableName; key: RecordKey }
  | { kind: 'deleteByProfile'; table: 'attempts' | 'states' | 'settings'; profileId: string }
  | { kind: 'deleteEndedBefore'; table: 'attempts'; before: number }
  | { kind: 'clear'; table: TableName };

/** `failed`: the mirror's storage refused a write this session; the database carries on alone. */
export type SecondCopyState = 'working' | 'failed';

export interface WriteResult {
  /** For each op, how many records it wrote or deleted. */
  counts: number[];
}

export interface Backend {
  readonly kind: 'indexeddb' | 'memory';
  /** Raw, untrusted records. */
  getAll(table: TableName): Promise<unknown[]>;
  get(table: TableName, key: RecordKey): Promise<unknown>;
  /** Attempts (or states) of one profile, by index. */
  byProfile(table: 'attempts' | 'states', profileId: string): Promise<unknown[]>;
  /** Applies every op in one transaction: all or nothing. */
  write(ops: WriteOp[]): Promise<WriteResult>;
  /** The second copy (mirror/): absent for a backend without one. */
  readonly secondCopy?: SecondCopyState;
  close(): void;
}

/** The primary key of a record in a table (mirrors the IndexedDB key paths). */
export function keyOf(table: TableName, value: object): RecordKey | undefined {
  const v = value as Record<string, unknown>;
  switch (table) {
    case 'profiles':
    case 'attempts':
    case 'packs':
      return typeof v.id === 'string' ? v.id : undefined;
    case 'states':
      return typeof v.profileId === 'string' && typeof v.scenarioId === 'string'
        ? [v.profileId, v.scenarioId]
        : undefined;
    case 'settings':
      return typeof v.profileId === 'string' ? v.profileId : undefined;
    case 'device':
      return typeof v.key === 'string' ? v.key : undefined;
  }
}
