/**
 * The in-memory backend: tests, and the fallback when IndexedDB cannot be
 * used. Records are structured-cloned in and out, as IndexedDB does, so a
 * caller changing an object it got back cannot change what is stored.
 */
import type { Backend, RecordKey, TableName, WriteOp, WriteResult } from './backend.js';
import { TABLES, keyOf } from './backend.js';

type Tables = Record<TableName, Map<string, unknown>>;

function keyText(key: RecordKey): string {
  return typeof key === 'string' ? key : JSON.stringify(key);
}

function emptyTables(): Tables {
  return Object.fromEntries(TABLES.map((t) => [t, new Map<string, unknown>()])) as Tables;
}

export class MemoryBackend implements Backend {
  readonly kind = 'memory' as const;
  private tables: Tables = emptyTables();

  async getAll(table: TableName): Promise<unknown[]> {
    return [...this.tables[table].values()].map((v) => structuredClone(v));
  }

  async get(table: TableName, key: RecordKey): Promise<unknown> {
    const value = this.tables[table].get(keyText(key));
    return value === undefined ? undefined : structuredClone(value);
  }

  async byProfile(table: 'attempts' | 'states', profileId: string): Promise<unknown[]> {
    return (await this.getAll(table)).filter((v) => (v as { profileId?: unknown }).profileId === profileId);
  }

  /** All or nothing: ops run on copies of the tables, swapped in only if every op succeeded. */
  async write(ops: WriteOp[]): Promise<WriteResult> {
    const staged = { ...this.tables };
    for (const name of new Set(ops.map((op) => op.table))) staged[name] = new Map(this.tables[name]);
    const counts = ops.map((op) => this.apply(staged, op));
    this.tables = staged;
    return { counts };
  }

  private apply(tables: Tables, op: WriteOp): number {
    const table = tables[op.table];
    switch (op.kind) {
      case 'put':
      case 'putIfAbsent': {
        const key = keyOf(op.table, op.value);
        if (key === undefined) throw new Error(`A ${op.table} record without its key`);
        if (op.kind === 'putIfAbsent' && table.has(keyText(key))) return 0;
        table.set(keyText(key), structuredClone(op.value));
        return 1;
      }
      case 'delete':
        return table.delete(keyText(op.key)) ? 1 : 0;
      case 'deleteByProfile':
        return this.deleteWhere(table, (v) => v.profileId === op.profileId);
      case 'deleteEndedBefore':
        return this.deleteWhere(table, (v) => typeof v.endedAt === 'number' && v.endedAt < op.before);
      case 'clear': {
        const count = table.size;
        table.clear();
        return count;
      }
    }
  }

  private deleteWhere(table: Map<string, unknown>, test: (v: Record<string, unknown>) => boolean): number {
    let count = 0;
    for (const [key, value] of table) {
      if (value && typeof value === 'object' && test(value as Record<string, unknown>)) {
        table.delete(key);
        count++;
      }
    }
    return count;
  }

  close(): void {}
}
