/** The IndexedDB backend, through Dexie. Every batch of writes is one transaction. */
import type { Dexie, Table } from 'dexie';
import type { Backend, RecordKey, TableName, WriteOp, WriteResult } from './backend.js';
import { keyOf } from './backend.js';

/**
 * Values per bulk request. The browser copies every value of a request on the
 * page's thread before the request starts, so one request for a whole
 * near-limit backup (18,000 results) held the page for seconds. Between
 * requests of one transaction the page can paint and take input; the
 * transaction stays one, all or nothing.
 */
const BULK_CHUNK = 500;

/** `run` over `values` in slices of BULK_CHUNK, one request after the other. */
async function inChunks<T, R>(values: T[], run: (slice: T[]) => Promise<R[]>): Promise<R[]> {
  const out: R[] = [];
  for (let i = 0; i < values.length; i += BULK_CHUNK) {
    for (const r of await run(values.slice(i, i + BULK_CHUNK))) out.push(r);
  }
  return out;
}

export class DexieBackend implements Backend {
  readonly kind = 'indexeddb' as const;

  constructor(private readonly db: Dexie) {}

  private table(name: TableName): Table {
    return this.db.table(name);
  }

  getAll(table: TableName): Promise<unknown[]> {
    return this.table(table).toArray();
  }

  get(table: TableName, key: RecordKey): Promise<unknown> {
    return this.table(table).get(key);
  }

  byProfile(table: 'attempts' | 'states', profileId: string): Promise<unknown[]> {
    return this.table(table).where('profileId').equals(profileId).toArray();
  }

  async write(ops: WriteOp[]): Promise<WriteResult> {
    const tables = [...new Set(ops.map((op) => op.table))].map((name) => this.table(name));
    if (tables.length === 0) return { counts: [] };
    return this.db.transaction('rw', tables, async () => {
      const counts: number[] = [];
      // Runs of puts to one table go as one bulk request: awaiting 10,000
      // single puts in turn costs seconds, one bulk request milliseconds.
      for (let i = 0; i < ops.length;) {
        const op = ops[i]!;
        let end = i + 1;
        if (op.kind === 'put' || op.kind === 'putIfAbsent') {
          while (end < ops.length && ops[end]!.kind === op.kind && ops[end]!.table === op.table) end++;
          const values = (ops.slice(i, end) as { value: object }[]).map((o) => o.value);
          const done =
            op.kind === 'put' ? await this.putAll(op.table, values) : await this.addMissing(op.table, values);
          // One at a time: spreading ~130,000 counts into push() overflows the stack.
          for (const count of done) counts.push(count);
        } else {
          counts.push(await this.apply(op));
        }
        i = end;
      }
      return { counts };
    });
  }

  private async putAll(table: TableName, values: object[]): Promise<number[]> {
    await inChunks(values, async (slice) => {
      await this.table(table).bulkPut(slice);
      return [];
    });
    return values.map(() => 1);
  }

  /** Adds the values whose key is not stored yet (nor earlier in the same batch). */
  private async addMissing(table: TableName, values: object[]): Promise<number[]> {
    const keys = values.map((v) => keyOf(table, v));
    const stored = await inChunks(
      keys.filter((k): k is RecordKey => k !== undefined),
      (slice) => this.table(table).bulkGet(slice),
    );
    const present = new Set<string>();
    let s = 0;
    for (const key of keys) {
      if (key === undefined) continue;
      if (stored[s++] !== undefined) present.add(JSON.stringify(key));
    }
    const counts: number[] = [];
    const toAdd: object[] = [];
    values.forEach((value, i) => {
      const key = keys[i];
      const text = JSON.stringify(key);
      if (key === undefined || present.has(text)) counts.push(0);
      else {
        present.add(text);
        toAdd.push(value);
        counts.push(1);
      }
    });
    await inChunks(toAdd, async (slice) => {
      await this.table(table).bulkAdd(slice);
      return [];
    });
    return counts;
  }

  private async apply(op: Exclude<WriteOp, { kind: 'put' | 'putIfAbsent' }>): Promise<number> {
    const table = this.table(op.table);
    switch (op.kind) {
      case 'delete':
        await table.delete(op.key);
        return 1;
      case 'deleteByProfile':
        return table.where('profileId').equals(op.profileId).delete();
      case 'deleteEndedBefore':
        return table.where('endedAt').below(op.before).delete();
      case 'clear': {
        const count = await table.count();
        await table.clear();
        return count;
      }
    }
  }

  close(): void {
    this.db.close();
  }
}
