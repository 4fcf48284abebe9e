/** The IndexedDB backend, through Dexie. Every batch of writes is one transaction. */
import type { Dexie, Table } from 'dexie';
import type { Backend, RecordKey, TableName, WriteOp, WriteResult } from './backend.js';
import { keyOf } from './backend.js';

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
      for (const op of ops) counts.push(await this.apply(op));
      return { counts };
    });
  }

  private async apply(op: WriteOp): Promise<number> {
    const table = this.table(op.table);
    switch (op.kind) {
      case 'put':
        await table.put(op.value);
        return 1;
      case 'putIfAbsent': {
        const key = keyOf(op.table, op.value);
        if (key === undefined || (await table.get(key)) !== undefined) return 0;
        await table.add(op.value);
        return 1;
      }
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
