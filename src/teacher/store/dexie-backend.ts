/** The teacher store on IndexedDB, through Dexie: every batch of writes is one transaction. */
import type { Dexie } from 'dexie';
import type { TeacherBackend, TeacherTable, TeacherWrite } from './backend.js';
import { teacherKeyOf } from './backend.js';

export class DexieTeacherBackend implements TeacherBackend {
  readonly kind = 'indexeddb' as const;

  constructor(private readonly db: Dexie) {}

  getAll(table: TeacherTable): Promise<unknown[]> {
    return this.db.table(table).toArray();
  }

  get(table: TeacherTable, key: string): Promise<unknown> {
    return this.db.table(table).get(key);
  }

  byClass(classCode: string): Promise<unknown[]> {
    return this.db.table('attempts').where('classCode').equals(classCode).toArray();
  }

  async write(ops: TeacherWrite[]): Promise<number[]> {
    const names = [...new Set(ops.map((op) => (op.kind === 'deleteByClass' ? 'attempts' : op.table)))];
    if (names.length === 0) return [];
    return this.db.transaction('rw', names, async () => {
      const counts: number[] = [];
      // A run of putIfAbsent to one table (an import of many results) is read
      // and written in two bulk requests rather than one request per record.
      for (let i = 0; i < ops.length;) {
        const op = ops[i]!;
        if (op.kind === 'putIfAbsent') {
          let end = i + 1;
          const sameRun = (next: TeacherWrite | undefined) =>
            next?.kind === 'putIfAbsent' && next.table === op.table;
          while (end < ops.length && sameRun(ops[end])) end++;
          const values = (ops.slice(i, end) as { value: object }[]).map((o) => o.value);
          // One at a time: spreading ~130,000 counts into push() overflows the stack.
          for (const count of await this.addMissing(op.table, values)) counts.push(count);
          i = end;
        } else {
          counts.push(await this.apply(op));
          i++;
        }
      }
      return counts;
    });
  }

  private async addMissing(table: TeacherTable, values: object[]): Promise<number[]> {
    const keys = values.map((v) => teacherKeyOf(table, v) ?? '');
    const stored = await this.db.table(table).bulkGet(keys);
    const seen = new Set<string>();
    const toAdd: object[] = [];
    const counts = values.map((value, i) => {
      const key = keys[i]!;
      if (stored[i] !== undefined || seen.has(key)) return 0;
      seen.add(key);
      toAdd.push(value);
      return 1;
    });
    if (toAdd.length > 0) await this.db.table(table).bulkAdd(toAdd);
    return counts;
  }

  private async apply(op: Exclude<TeacherWrite, { kind: 'putIfAbsent' }>): Promise<number> {
    switch (op.kind) {
      case 'put':
        await this.db.table(op.table).put(op.value);
        return 1;
      case 'delete':
        await this.db.table(op.table).delete(op.key);
        return 1;
      case 'deleteByClass':
        return this.db.table('attempts').where('classCode').equals(op.classCode).delete();
      case 'clear':
        await this.db.table(op.table).clear();
        return 1;
    }
  }

  close(): void {
    this.db.close();
  }
}
