/**
 * Puts the mirror's records back into an empty database (after the browser
 * deleted a corrupted one). Every record is validated as on any read, must
 * sit in the bucket its keys name, and must belong to a player the mirror
 * still holds: leftovers of a deleted player never come back.
 */
import type { z } from 'zod';
import type { Backend, TableName, WriteOp } from '../backend.js';
import { TABLES } from '../backend.js';
import {
  AttemptRecord,
  DeviceRecord,
  PackRecord,
  ProfileRecord,
  SettingsRecord,
  StateRecord,
} from '../records.js';
import {
  APPEND_TABLES,
  COMPLETE_MARKER,
  INCOMPLETE_BUCKET,
  bucketOfRecord,
  bucketText,
  decodeBucket,
  parseBucketName,
  parseSlotKey,
  slotKey,
} from './buckets.js';
import type { MirrorStorage } from './storage.js';

const SCHEMAS: Record<TableName, z.ZodType> = {
  profiles: ProfileRecord,
  attempts: AttemptRecord,
  states: StateRecord,
  settings: SettingsRecord,
  device: DeviceRecord,
  packs: PackRecord,
};

export interface RestoreResult {
  /** Records put back, per table. */
  restored: Record<TableName, number>;
  /** One line per bucket or record left out, and why. */
  skipped: string[];
  /** False when the mirror was never whole, or cut off mid-rewrite: some records may be missing. */
  complete: boolean;
}

/** Whether the mirror holds at least one player (then a database without any lost them). */
export async function mirrorHasProfiles(storage: MirrorStorage): Promise<boolean> {
  return (await storage.list()).some((key) => parseSlotKey(key)?.bucket === 'profiles');
}

/** Bucket → its slots' generations, newest first. */
function slotsByBucket(keys: string[]): { buckets: Map<string, number[]>; others: string[] } {
  const buckets = new Map<string, number[]>();
  const others: string[] = [];
  for (const key of keys) {
    const slot = parseSlotKey(key);
    if (!slot) others.push(key);
    else buckets.set(slot.bucket, [...(buckets.get(slot.bucket) ?? []), slot.generation]);
  }
  for (const generations of buckets.values()) generations.sort((a, b) => b - a);
  return { buckets, others };
}

/**
 * A bucket's records from its newest slot that reads whole. An older slot
 * only outlives a newer one when the browser was killed while writing the
 * newer (which was then never reported saved), so the older is the truth.
 * An append bucket (results) is every slot together; a slot that does not
 * read whole is the one being written at the crash, never reported saved.
 */
async function readBucket(
  storage: MirrorStorage,
  bucket: string,
  generations: number[],
  schema: number,
  append: boolean,
): Promise<{ ok: true; records: unknown[] } | { ok: false; why: string }> {
  let why = 'gone';
  if (append) {
    const records: unknown[] = [];
    let damaged = 0;
    for (const [i, generation] of generations.entries()) {
      const text = await storage.get(slotKey(bucket, generation));
      const decoded = text === undefined ? undefined : decodeBucket(text, bucket, schema);
      if (decoded?.ok) {
        // Not push(...records): a spread of ~130,000 arguments overflows the stack.
        for (const record of decoded.records) records.push(record);
        continue;
      }
      if (decoded) why = decoded.why;
      // The newest slots may be the ones being written when the browser died
      // (one per open tab, two at most in practice): never reported saved.
      if (decoded && i >= 2) damaged++;
    }
    if (damaged === 0 && records.length > 0) return { ok: true, records };
    return { ok: false, why };
  }
  for (const generation of generations) {
    const text = await storage.get(slotKey(bucket, generation));
    if (text === undefined) continue;
    const decoded = decodeBucket(text, bucket, schema);
    if (decoded.ok) return decoded;
    why = decoded.why;
  }
  return { ok: false, why };
}

export async function restoreFromMirror(
  target: Backend,
  storage: MirrorStorage,
  schema: number,
): Promise<RestoreResult> {
  const restored = Object.fromEntries(TABLES.map((t) => [t, 0])) as Record<TableName, number>;
  const skipped: string[] = [];
  let complete = true;
  const valid = new Map<TableName, object[]>(TABLES.map((t) => [t, []]));

  const { buckets, others } = slotsByBucket(await storage.list());
  if (!others.includes(COMPLETE_MARKER)) complete = false;
  for (const other of others) {
    if (other.startsWith(INCOMPLETE_BUCKET)) complete = false;
    else if (other !== COMPLETE_MARKER) skipped.push(`${other}: not a bucket of this store`);
  }
  for (const [text, generations] of buckets) {
    const name = parseBucketName(text);
    if (!name) {
      skipped.push(`${text}: not a bucket of this store`);
      continue;
    }
    const decoded = await readBucket(storage, text, generations, schema, APPEND_TABLES.has(name.table));
    if (!decoded.ok) {
      skipped.push(`${text}: ${decoded.why}`);
      continue;
    }
    decoded.records.forEach((record, i) => {
      const parsed = SCHEMAS[name.table].safeParse(record);
      const home = parsed.success ? bucketOfRecord(name.table, parsed.data) : undefined;
      if (!parsed.success) skipped.push(`${text} #${i}: malformed`);
      else if (!home || bucketText(home) !== text) skipped.push(`${text} #${i}: in the wrong bucket`);
      else valid.get(name.table)!.push(parsed.data as object);
    });
  }

  const players = new Set(valid.get('profiles')!.map((p) => (p as { id: string }).id));
  const ops: WriteOp[] = [];
  for (const table of TABLES) {
    for (const value of valid.get(table)!) {
      const owner = (value as { profileId?: unknown }).profileId;
      if (typeof owner === 'string' && !players.has(owner)) {
        skipped.push(`${table}/${owner}: belongs to no player`);
        continue;
      }
      ops.push({ kind: 'putIfAbsent', table, value });
    }
  }
  if (ops.length === 0) return { restored, skipped, complete };
  const { counts } = await target.write(ops);
  ops.forEach((op, i) => (restored[op.table] += counts[i] ?? 0));
  return { restored, skipped, complete };
}
