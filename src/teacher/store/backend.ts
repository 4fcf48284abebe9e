/**
 * The storage seam under the teacher store: three tables of raw records and
 * batches of writes applied all or nothing. Validation lives once above it,
 * in teacher-store.ts, for both backends (IndexedDB through Dexie, memory).
 */

export type TeacherTable = 'settings' | 'classes' | 'attempts';
export const TEACHER_TABLES: readonly TeacherTable[] = ['settings', 'classes', 'attempts'];

export type TeacherWrite =
  | { kind: 'put'; table: TeacherTable; value: object }
  /** Writes only if no record has this key yet; counts 1 if written, 0 if it was there. */
  | { kind: 'putIfAbsent'; table: TeacherTable; value: object }
  | { kind: 'delete'; table: TeacherTable; key: string }
  /** Deletes the attempts of one class; counts how many. */
  | { kind: 'deleteByClass'; classCode: string }
  | { kind: 'clear'; table: TeacherTable };

export interface TeacherBackend {
  readonly kind: 'indexeddb' | 'memory';
  /** Raw, untrusted records. */
  getAll(table: TeacherTable): Promise<unknown[]>;
  get(table: TeacherTable, key: string): Promise<unknown>;
  /** Attempts of one class, by index. */
  byClass(classCode: string): Promise<unknown[]>;
  /** Applies every write in one transaction; returns, per write, how many records it wrote or deleted. */
  write(ops: TeacherWrite[]): Promise<number[]>;
  close(): void;
}

/** The primary key of a record (mirrors the IndexedDB key paths in database.ts). */
export function teacherKeyOf(table: TeacherTable, value: object): string | undefined {
  const v = value as Record<string, unknown>;
  const key = table === 'settings' ? v.key : table === 'classes' ? v.code : v.id;
  return typeof key === 'string' ? key : undefined;
}
