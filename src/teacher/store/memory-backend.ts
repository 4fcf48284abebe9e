/**
 * The teacher store in memory: tests, and the fallback where IndexedDB cannot
 * be used. Records are structured-cloned in and out, as IndexedDB does; a
 * batch runs on copies of the tables and is swapped in only if all of it ran.
 */
import type { TeacherBackend, TeacherTable, TeacherWrite } from './backend.js';
import { TEACHER_TABLES, teacherKeyOf } from './backend.js';

type Tables = Record<TeacherTable, Map<string, unknown>>;

export class MemoryTeacherBackend implements TeacherBackend {
  readonly kind = 'memory' as const;
  private tables = Object.fromEntries(TEACHER_TABLES.map((t) => [t, new Map()])) as Tables;

  async getAll(table: TeacherTable): Promise<unknown[]> {
    return [...this.tables[table].values()].map((v) => structuredClone(v));
  }

  async get(table: TeacherTable, key: string): Promise<unknown> {
    const value = this.tables[table].get(key);
    return value === undefined ? undefined : structuredClone(value);
  }

  async byClass(classCode: string): Promise<unknown[]> {
    return (await this.getAll('attempts')).filter(
      (v) => (v as { classCode?: unknown }).classCode === classCode,
    );
  }

  async write(ops: TeacherWrite[]): Promise<number[]> {
    const staged = { ...this.tables };
    for (const op of ops) {
      const name = op.kind === 'deleteByClass' ? 'attempts' : op.table;
      if (staged[name] === this.tables[name]) staged[name] = new Map(this.tables[name]);
    }
    const counts = ops.map((op) => apply(staged, op));
    this.tables = staged;
    return counts;
  }

  close(): void {}
}

function apply(tables: Tables, op: TeacherWrite): number {
  switch (op.kind) {
    case 'put':
    case 'putIfAbsent': {
      const key = teacherKeyOf(op.table, op.value);
      if (key === undefined) throw new Error(`a ${op.table} record without its key`);
      if (op.kind === 'putIfAbsent' && tables[op.table].has(key)) return 0;
      tables[op.table].set(key, structuredClone(op.value));
      return 1;
    }
    case 'delete':
      return tables[op.table].delete(op.key) ? 1 : 0;
    case 'deleteByClass': {
      let n = 0;
      for (const [key, v] of tables.attempts)
        if ((v as { classCode?: unknown }).classCode === op.classCode) {
          tables.attempts.delete(key);
          n++;
        }
      return n;
    }
    case 'clear':
      tables[op.table].clear();
      return 1;
  }
}
