/**
 * The IndexedDB backend with a second copy of everything in a mirror.
 *
 * Why: Chromium sometimes finds its own IndexedDB files corrupted after the
 * browser was killed (a crash, a phone that ran out of battery) and deletes
 * the whole database. The SIGKILL test saw it about once in 90 kills. The
 * mirror lives in other files (Cache Storage), so openStore can put the
 * records back (restore.ts) and the child loses nothing.
 *
 * Rules, so the mirror never holds what the database no longer does and
 * never misses what the database said was saved:
 *  - A write resolves only when the database committed and the mirror
 *    rewrote every bucket the write touched from what the database now
 *    holds (new results: written alongside the commit, see write()).
 *    "Saved" therefore means saved in both.
 *  - A write that removes anything (delete a player, retention, a finished
 *    game) first rewrites the touched buckets without what it removes, and
 *    only then changes the database: a crash in between leaves a removed
 *    record in the database only, never in the mirror to be restored later.
 *  - A bucket is never overwritten in place: the new copy goes to a new slot
 *    and the old slot is deleted only after it (buckets.ts, slotKey). New
 *    results are added as slots of their own (buckets.ts, APPEND_TABLES),
 *    so saving one result costs the same with ten results or ten thousand.
 *  - Mirror work runs one task at a time, in order.
 *  - If the mirror itself fails (Cache Storage full or refused), it is left
 *    alone for the rest of the session and says so (`secondCopy`, which the
 *    saved-progress page shows the adult); the game carries on with the
 *    database alone, and the next start rebuilds the mirror. What it holds
 *    is kept, an older but true copy, with its "complete" note taken away so
 *    a restore from it tells the child some progress may be missing. Only a
 *    failure while removing records empties it: a deleted player must never
 *    come back from it.
 */
import type { Backend, RecordKey, TableName, WriteOp, WriteResult } from '../backend.js';
import { TABLES, keyOf } from '../backend.js';
import {
  APPEND_TABLES,
  COMPLETE_MARKER,
  INCOMPLETE_BUCKET,
  bucketOfRecord,
  bucketText,
  encodeBucket,
  parseBucketName,
  parseSlotKey,
  slotKey,
  touchedBy,
  type BucketName,
  type Touched,
} from './buckets.js';
import type { MirrorStorage } from './storage.js';

type Groups = Map<string, { name: BucketName; records: unknown[] }>;
type Removal = Exclude<WriteOp, { kind: 'put' | 'putIfAbsent' }>;

/** An error of the mirror's own storage (as opposed to a database read). */
class MirrorStorageError extends Error {
  override name = 'MirrorStorageError';
}

export class MirroredBackend implements Backend {
  readonly kind = 'indexeddb' as const;
  private queue: Promise<void> = Promise.resolve();
  private failed = false;

  get secondCopy(): 'working' | 'failed' {
    return this.failed ? 'failed' : 'working';
  }
  private closed = false;
  /** Bucket → the generations of its slots in storage (one, but for a crash mid-write). */
  private readonly slots = new Map<string, number[]>();
  private nextGeneration = 1;

  constructor(
    readonly inner: Backend,
    private readonly storage: MirrorStorage,
    private readonly schema: number,
  ) {
    // First task: learn which slots exist, so new ones get higher numbers.
    void this.serial(async () => {
      for (const key of await this.list()) {
        const slot = parseSlotKey(key);
        if (!slot) continue;
        this.slots.set(slot.bucket, [...(this.slots.get(slot.bucket) ?? []), slot.generation]);
        this.nextGeneration = Math.max(this.nextGeneration, slot.generation + 1);
      }
    });
  }

  getAll(table: TableName): Promise<unknown[]> {
    return this.inner.getAll(table);
  }

  get(table: TableName, key: RecordKey): Promise<unknown> {
    return this.inner.get(table, key);
  }

  byProfile(table: 'attempts' | 'states', profileId: string): Promise<unknown[]> {
    return this.inner.byProfile(table, profileId);
  }

  async write(ops: WriteOp[]): Promise<WriteResult> {
    const touched = touchedBy(ops);
    if (touched.removes) {
      const removals = ops.filter((op): op is Removal => op.kind !== 'put' && op.kind !== 'putIfAbsent');
      await this.serial(() => this.shrink(touched, removals), true);
    }
    // New results never change, so their slots are written while the
    // database commits rather than after it (a slot whose write the database
    // then refused only holds results the child really produced; the next
    // start's rebuild drops it). Not when the same write removes anything.
    const early = touched.removes ? undefined : this.serial(() => this.appendAll(touched));
    let result: WriteResult;
    try {
      result = await this.inner.write(ops);
    } finally {
      await early;
    }
    await this.serial(() => this.refresh(touched, early === undefined));
    return result;
  }

  /**
   * Rewrites the whole mirror from the database: heals one that missed
   * writes (a crash between a commit and its mirror write, a device with
   * progress from before the mirror) and compacts results slots. Every
   * bucket write is crash-safe, so a mirror that was whole stays whole
   * throughout; one that was not is marked whole only at the end.
   */
  rebuild(): Promise<void> {
    const all: Touched = {
      buckets: new Map(),
      appends: new Map(),
      wholeTables: new Set(TABLES),
      removes: false,
    };
    return this.serial(async () => {
      await this.refresh(all);
      await this.put(COMPLETE_MARKER, '1');
    });
  }

  close(): void {
    this.closed = true;
    this.inner.close();
  }

  /** `removing`: the task takes records out of the mirror (a failure then empties it). */
  private serial(task: () => Promise<void>, removing = false): Promise<void> {
    const run = this.queue.then(async () => {
      if (this.failed || this.closed) return;
      try {
        await task();
      } catch (error) {
        // A database read that failed (the connection closed for another
        // tab's upgrade, say) leaves the mirror as it was; the next start
        // rebuilds it. A failure of the mirror's own storage ends mirroring.
        if (error instanceof MirrorStorageError && !this.closed) await this.fail(error, removing);
      }
    });
    this.queue = run;
    return run;
  }

  private async fail(error: unknown, removing: boolean): Promise<void> {
    this.failed = true;
    console.warn('The second copy of the progress stopped working; the database carries on alone.', error);
    this.slots.clear();
    try {
      // Cut off while removing, it may still hold what was removed: it goes.
      // Otherwise it only misses the newest writes: kept, but no longer whole.
      if (removing) await this.storage.clear();
      else await this.storage.delete(COMPLETE_MARKER);
    } catch {
      // Nothing more can be done from here; the next start rebuilds it.
    }
  }

  private async put(bucket: string, text: string): Promise<void> {
    try {
      await this.storage.put(bucket, text);
    } catch (error) {
      throw new MirrorStorageError(String(error));
    }
  }

  private async remove(bucket: string): Promise<void> {
    try {
      await this.storage.delete(bucket);
    } catch (error) {
      throw new MirrorStorageError(String(error));
    }
  }

  private async list(): Promise<string[]> {
    try {
      return await this.storage.list();
    } catch (error) {
      throw new MirrorStorageError(String(error));
    }
  }

  /** Rewrites the touched buckets from what the database holds now, and adds the appends. */
  private async refresh(touched: Touched, withAppends = true): Promise<void> {
    for (const [text, group] of await this.collect(touched)) await this.writeBucket(text, group, false);
    if (withAppends) await this.appendAll(touched);
  }

  private async appendAll(touched: Touched): Promise<void> {
    for (const [text, append] of touched.appends) {
      // A whole-table refresh in the same write already holds them.
      if (!touched.wholeTables.has(append.name.table)) await this.appendSlot(text, append);
    }
  }

  /** Rewrites the touched buckets as they will be once the removals are applied. */
  private async shrink(touched: Touched, removals: Removal[]): Promise<void> {
    for (const [text, group] of await this.collect(touched)) {
      const kept = group.records.filter((record) => !removals.some((op) => removes(op, group.name, record)));
      await this.writeBucket(text, { name: group.name, records: kept }, true);
    }
  }

  /**
   * The database's current records for every touched bucket (empty ones
   * included). For a whole table, mirror buckets no record backs any more
   * are listed empty, so they are deleted.
   */
  private async collect(touched: Touched): Promise<Groups> {
    const groups: Groups = new Map();
    for (const table of touched.wholeTables) {
      for (const stale of this.slots.keys()) {
        const name = parseBucketName(stale);
        if (name?.table === table) groups.set(stale, { name, records: [] });
      }
      for (const record of await this.inner.getAll(table)) {
        const name = bucketOfRecord(table, record);
        if (!name) continue;
        const text = bucketText(name);
        const group = groups.get(text) ?? { name, records: [] };
        group.records.push(record);
        groups.set(text, group);
      }
    }
    for (const [text, name] of touched.buckets) {
      if (!touched.wholeTables.has(name.table)) groups.set(text, { name, records: await this.read(name) });
    }
    return groups;
  }

  private read(name: BucketName): Promise<unknown[]> {
    const { table, profileId } = name;
    if (profileId === undefined) return this.inner.getAll(table);
    if (table === 'attempts' || table === 'states') return this.inner.byProfile(table, profileId);
    return this.inner.get(table, profileId).then((value) => (value === undefined ? [] : [value]));
  }

  /**
   * Replaces a bucket by a slot holding these records (none: the bucket
   * goes): the new slot first, then the old ones, so a crash leaves either.
   */
  private async writeBucket(
    text: string,
    group: { name: BucketName; records: unknown[] },
    removing: boolean,
  ): Promise<void> {
    const older = this.slots.get(text) ?? [];
    if (removing && APPEND_TABLES.has(group.name.table) && older.length > 0) {
      // Every slot of an append bucket counts, so when results are being
      // removed the old slots go first and a marker covers the gap: a crash
      // there reads as incomplete, never as a removed result brought back.
      const marker = `${INCOMPLETE_BUCKET}:${text}`;
      await this.put(marker, '1');
      await this.removeSlots(text, older);
      if (group.records.length > 0) await this.appendSlot(text, group);
      await this.remove(marker);
      return;
    }
    if (group.records.length > 0) await this.appendSlot(text, group);
    await this.removeSlots(text, older);
  }

  private async appendSlot(text: string, group: { name: BucketName; records: unknown[] }): Promise<void> {
    const generation = this.newGeneration();
    await this.put(slotKey(text, generation), encodeBucket(group.name, this.schema, group.records));
    this.slots.set(text, [...(this.slots.get(text) ?? []), generation]);
  }

  /**
   * A slot number no other tab will pick: two tabs of the game write to the
   * same mirror, each with its own counter, and a shared number would make
   * one tab overwrite the other's results slot. Time-based (so the newest
   * slot of a bucket is the latest write, from either tab) with a random
   * part, and always above any number this tab has seen.
   */
  private newGeneration(): number {
    const stamp = Date.now() * 1000 + Math.floor(Math.random() * 1000);
    const generation = Math.max(this.nextGeneration, Number.isSafeInteger(stamp) ? stamp : 0);
    this.nextGeneration = generation + 1;
    return generation;
  }

  private async removeSlots(text: string, generations: number[]): Promise<void> {
    for (const generation of generations) {
      await this.remove(slotKey(text, generation));
      const left = (this.slots.get(text) ?? []).filter((g) => g !== generation);
      if (left.length > 0) this.slots.set(text, left);
      else this.slots.delete(text);
    }
  }
}

/** Whether a removal op removes this record (of the bucket's table). */
function removes(op: Removal, bucket: BucketName, record: unknown): boolean {
  if (op.table !== bucket.table) return false;
  const value = (record ?? {}) as Record<string, unknown>;
  switch (op.kind) {
    case 'clear':
      return true;
    case 'deleteByProfile':
      return value.profileId === op.profileId;
    case 'deleteEndedBefore':
      return typeof value.endedAt === 'number' && value.endedAt < op.before;
    case 'delete':
      return JSON.stringify(keyOf(op.table, value)) === JSON.stringify(op.key);
  }
}
