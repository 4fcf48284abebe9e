/**
 * How the mirror groups records into buckets, and the text of one bucket.
 *
 * A bucket is what one write rewrites as a whole: every profile together
 * (a handful), the device record, and per profile its results, its saved
 * games and its settings. So a step save rewrites one small bucket, and any
 * write, even a query delete, names the buckets it touches without reading.
 */
import type { TableName, WriteOp } from '../backend.js';
import { isRecordId } from '../ids.js';

export const PER_PROFILE_TABLES = ['attempts', 'states', 'settings'] as const;
export type PerProfileTable = (typeof PER_PROFILE_TABLES)[number];

export interface BucketName {
  table: TableName;
  /** Set for the per-profile tables. */
  profileId?: string;
}

/**
 * Results never change once written, so the mirror does not rewrite a
 * player's results bucket for each new one: a write of results adds a slot
 * holding just those (an "append"), and the bucket is the union of its
 * slots. The next start compacts them into one. Every other bucket is its
 * newest slot.
 */
export const APPEND_TABLES: ReadonlySet<TableName> = new Set(['attempts']);

/** What a write touches: named buckets, or (clear, retention) every bucket of a table. */
export interface Touched {
  buckets: Map<string, BucketName>;
  /** Records of the append tables, by bucket, to add as new slots. */
  appends: Map<string, { name: BucketName; records: unknown[] }>;
  wholeTables: Set<TableName>;
  /** Whether the write removes anything (the mirror then drops before the database writes). */
  removes: boolean;
}

export const MIRROR_FORMAT = 'escudo-progress-mirror';
/**
 * Written once a rebuild has copied the whole database: from then on every
 * write keeps the mirror whole, crash or not. A mirror without it (the first
 * rebuild on a device was cut off) may miss records. Not a table name, so
 * no bucket.
 */
export const COMPLETE_MARKER = 'complete';
/**
 * Present while one results bucket is rewritten without removed results
 * (`rebuilding:<bucket>`): that bucket may miss records if the browser died
 * there.
 */
export const INCOMPLETE_BUCKET = 'rebuilding';
export const MIRROR_VERSION = 1;

function isPerProfile(table: TableName): table is PerProfileTable {
  return (PER_PROFILE_TABLES as readonly string[]).includes(table);
}

export function bucketText(name: BucketName): string {
  return name.profileId === undefined ? name.table : `${name.table}/${name.profileId}`;
}

/**
 * The bucket a stored record belongs to, or undefined for a record without
 * its keys (or whose owner is not an id the store keeps: such a record,
 * left from before ids had one shape, is skipped on every read and would
 * make an address the mirror cannot write).
 */
export function bucketOfRecord(table: TableName, value: unknown): BucketName | undefined {
  if (!isPerProfile(table)) return { table };
  const profileId = (value as { profileId?: unknown } | null)?.profileId;
  return isRecordId(profileId) ? { table, profileId } : undefined;
}

/**
 * Buckets are never overwritten in place: each rewrite goes to a new slot
 * (`attempts/p1@42`) and the older slot is deleted after it. A browser killed
 * mid-write may lose or tear the slot being written (Chromium replaces a
 * cached entry by deleting it first), never the one before it.
 */
export function slotKey(bucket: string, generation: number): string {
  return `${bucket}@${generation}`;
}

export function parseSlotKey(key: string): { bucket: string; generation: number } | undefined {
  const at = key.lastIndexOf('@');
  if (at <= 0) return undefined;
  const generation = Number(key.slice(at + 1));
  if (!Number.isSafeInteger(generation) || generation < 0) return undefined;
  return { bucket: key.slice(0, at), generation };
}

/** Parses a bucket's name back; undefined for a name that is not ours. */
export function parseBucketName(text: string): BucketName | undefined {
  const slash = text.indexOf('/');
  const table = (slash < 0 ? text : text.slice(0, slash)) as TableName;
  if (slash < 0) return table === 'profiles' || table === 'device' ? { table } : undefined;
  const profileId = text.slice(slash + 1);
  return isPerProfile(table) && profileId.length > 0 ? { table, profileId } : undefined;
}

export function touchedBy(ops: WriteOp[]): Touched {
  const touched: Touched = { buckets: new Map(), appends: new Map(), wholeTables: new Set(), removes: false };
  const add = (name: BucketName | undefined) => {
    if (name) touched.buckets.set(bucketText(name), name);
  };
  for (const op of ops) {
    switch (op.kind) {
      case 'put':
      case 'putIfAbsent': {
        const name = bucketOfRecord(op.table, op.value);
        if (!name || !APPEND_TABLES.has(op.table)) add(name);
        else {
          const text = bucketText(name);
          const append = touched.appends.get(text) ?? { name, records: [] };
          append.records.push(op.value);
          touched.appends.set(text, append);
        }
        break;
      }
      case 'delete':
        touched.removes = true;
        if (!isPerProfile(op.table)) add({ table: op.table });
        else if (Array.isArray(op.key)) add({ table: op.table, profileId: op.key[0] });
        else if (op.table === 'settings') add({ table: op.table, profileId: op.key });
        // A result deleted by its id alone: which profile's bucket is unknown.
        else touched.wholeTables.add(op.table);
        break;
      case 'deleteByProfile':
        touched.removes = true;
        add({ table: op.table, profileId: op.profileId });
        break;
      case 'deleteEndedBefore':
      case 'clear':
        touched.removes = true;
        touched.wholeTables.add(op.table);
        break;
    }
  }
  return touched;
}

export interface BucketContent {
  format: typeof MIRROR_FORMAT;
  version: typeof MIRROR_VERSION;
  /** The store's schema version the records follow. */
  schema: number;
  bucket: string;
  records: unknown[];
}

export function encodeBucket(name: BucketName, schema: number, records: unknown[]): string {
  const content: BucketContent = {
    format: MIRROR_FORMAT,
    version: MIRROR_VERSION,
    schema,
    bucket: bucketText(name),
    records,
  };
  return JSON.stringify(content);
}

/** The records of a bucket's text, or why they cannot be used. Never throws. */
export function decodeBucket(
  text: string,
  expected: string,
  schema: number,
): { ok: true; records: unknown[] } | { ok: false; why: string } {
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch {
    return { ok: false, why: 'not JSON (cut short or damaged)' };
  }
  const content = parsed as Partial<BucketContent> | null;
  if (!content || typeof content !== 'object' || content.format !== MIRROR_FORMAT)
    return { ok: false, why: 'not a mirror bucket' };
  if (content.version !== MIRROR_VERSION) return { ok: false, why: `mirror version ${content.version}` };
  if (content.schema !== schema) return { ok: false, why: `schema ${content.schema}, expected ${schema}` };
  if (content.bucket !== expected) return { ok: false, why: `holds ${content.bucket}` };
  if (!Array.isArray(content.records)) return { ok: false, why: 'no records' };
  return { ok: true, records: content.records };
}
