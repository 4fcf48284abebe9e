/**
 * The teacher store's rules, once over either backend: every write and every
 * read validated (a bad record read back is skipped and reported, never
 * shown), a class deleted with its results, results keyed by their id so an
 * import run twice counts once, and one call that forgets everything the
 * teacher area holds. The children's progress lives in another database
 * (src/store) that nothing here opens.
 */
import type { z } from 'zod';
import { classifyFailure } from '../../store/errors.js';
import { describeIssue } from '../../store/records.js';
import type { StoreFailureReason } from '../../store/types.js';
import type { ClassAttempt, TeacherClass } from '../model.js';
import {
  ClassroomSessionRecord,
  classroomKey,
  type ClassroomSessionRecordT,
} from '../classroom/session-record.js';
import type { TeacherBackend, TeacherTable, TeacherWrite } from './backend.js';
import { teacherKeyOf } from './backend.js';
import {
  ClassAttemptRecord,
  ClassRecord,
  LOCKOUT_KEY,
  LockoutRecord,
  PIN_KEY,
  PinRecord,
  type LockoutRecordT,
  type PinRecordT,
} from './records.js';

/** A stored record that failed validation when read; it was skipped. */
export interface TeacherProblem {
  table: TeacherTable;
  key: string;
  issue: string;
}

/** What storing a batch of results did. */
export interface PutAttemptsResult {
  /** New results, now stored. */
  added: number;
  /** Results with an id already stored (imported before): nothing changed. */
  alreadyPresent: number;
  /** Results that failed validation: not stored, each with its first issue. */
  refused: { id: string; issue: string }[];
}

/** A write the browser refused (storage full, database closed…); nothing of that write was stored. */
export class TeacherStoreError extends Error {
  constructor(
    readonly reason: StoreFailureReason,
    options?: { cause?: unknown },
  ) {
    super(`teacher store: ${reason}`, options);
    this.name = 'TeacherStoreError';
  }
}

/** A value given to the store is invalid; nothing was written. */
export class TeacherValidationError extends Error {
  override name = 'TeacherValidationError';
}

const NO_LOCKOUT: LockoutRecordT = { key: LOCKOUT_KEY, failures: 0, lockedUntil: 0 };

export class TeacherStore {
  private readonly listeners = new Set<(problem: TeacherProblem) => void>();

  constructor(
    private readonly backend: TeacherBackend,
    /** Where data goes: 'memory' when IndexedDB could not be used (then `reason` says why). */
    readonly mode: 'persistent' | 'memory',
    readonly reason?: StoreFailureReason,
  ) {}

  onProblem(listener: (problem: TeacherProblem) => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  // --- the PIN and its lockout ---

  async getPin(): Promise<PinRecordT | undefined> {
    return this.readOne('settings', PIN_KEY, PinRecord);
  }

  async setPin(record: PinRecordT): Promise<void> {
    const value = checked(PinRecord, record, 'PIN record');
    // A new PIN starts with no wrong guesses behind it.
    await this.write([
      { kind: 'put', table: 'settings', value },
      { kind: 'put', table: 'settings', value: NO_LOCKOUT },
    ]);
  }

  async getLockout(): Promise<LockoutRecordT> {
    return (await this.readOne('settings', LOCKOUT_KEY, LockoutRecord)) ?? NO_LOCKOUT;
  }

  async setLockout(state: { failures: number; lockedUntil: number }): Promise<void> {
    const value = checked(LockoutRecord, { key: LOCKOUT_KEY, ...state }, 'lockout');
    await this.write([{ kind: 'put', table: 'settings', value }]);
  }

  // --- classes ---

  async listClasses(): Promise<TeacherClass[]> {
    const classes = await this.readAll('classes', ClassRecord);
    return classes.sort((a, b) => b.createdAt - a.createdAt || a.code.localeCompare(b.code));
  }

  getClass(code: string): Promise<TeacherClass | undefined> {
    return this.readOne('classes', code, ClassRecord);
  }

  /** Creates or replaces a class (archiving is a replace with `archived` changed). */
  async putClass(value: TeacherClass): Promise<TeacherClass> {
    const record = checked(ClassRecord, value, 'class');
    await this.write([{ kind: 'put', table: 'classes', value: record }]);
    return record;
  }

  /** Deletes a class, every result imported for it and its unfinished class session, in one transaction; returns how many results went. */
  async deleteClass(code: string): Promise<number> {
    const [, removed] = await this.write([
      { kind: 'delete', table: 'classes', key: code },
      { kind: 'deleteByClass', classCode: code },
      // A class session left unfinished goes with its class.
      { kind: 'delete', table: 'settings', key: classroomKey(code) },
    ]);
    return removed ?? 0;
  }

  // --- results ---

  /**
   * Stores results handed in or imported. An id already stored is left as it
   * was (importing twice counts once); an invalid result is refused with its
   * issue while the valid ones are stored, all in one transaction.
   */
  async putAttempts(attempts: readonly ClassAttempt[]): Promise<PutAttemptsResult> {
    const refused: PutAttemptsResult['refused'] = [];
    const ops: TeacherWrite[] = [];
    for (const attempt of attempts) {
      const parsed = ClassAttemptRecord.safeParse(attempt);
      if (parsed.success) ops.push({ kind: 'putIfAbsent', table: 'attempts', value: parsed.data });
      else refused.push({ id: idOf(attempt), issue: describeIssue(parsed.error) });
    }
    const counts = await this.write(ops);
    const added = counts.reduce((sum, n) => sum + n, 0);
    return { added, alreadyPresent: ops.length - added, refused };
  }

  /** Results stored for one class, or all of them. */
  async listAttempts(filter: { classCode?: string } = {}): Promise<ClassAttempt[]> {
    const raw =
      filter.classCode === undefined
        ? await this.read(() => this.backend.getAll('attempts'))
        : await this.read(() => this.backend.byClass(filter.classCode!));
    return this.keepValid('attempts', raw, ClassAttemptRecord);
  }

  // --- classroom mode: the session in progress and its result ---

  /** The class session in progress for a class, if any (a damaged one is skipped and reported). */
  getClassroomSession(classCode: string): Promise<ClassroomSessionRecordT | undefined> {
    return this.readOne('settings', classroomKey(classCode), ClassroomSessionRecord);
  }

  async putClassroomSession(record: ClassroomSessionRecordT): Promise<void> {
    const value = checked(ClassroomSessionRecord, record, 'class session');
    await this.write([{ kind: 'put', table: 'settings', value }]);
  }

  /**
   * Saves a class session's result together with the session's own record,
   * in one transaction. Unlike a hand-in, the result is replaced: the class
   * may rewind from an ending or flag another message, and its one result
   * follows. Only results played together can be written this way.
   */
  async saveClassroomResult(attempt: ClassAttempt, session: ClassroomSessionRecordT): Promise<void> {
    const result = checked(ClassAttemptRecord, attempt, 'class result');
    if (result.source !== 'classroom') throw new TeacherValidationError('class result: not a class session');
    const record = checked(ClassroomSessionRecord, session, 'class session');
    await this.write([
      { kind: 'put', table: 'attempts', value: result },
      { kind: 'put', table: 'settings', value: record },
    ]);
  }

  /** Ends the class session in progress (its result, if saved, stays). */
  async clearClassroomSession(classCode: string): Promise<void> {
    await this.write([{ kind: 'delete', table: 'settings', key: classroomKey(classCode) }]);
  }

  /** Forgets the PIN, its lockout, every class and every imported result. Children's progress is elsewhere. */
  async resetAll(): Promise<void> {
    await this.write([
      { kind: 'clear', table: 'settings' },
      { kind: 'clear', table: 'classes' },
      { kind: 'clear', table: 'attempts' },
    ]);
  }

  close(): void {
    this.backend.close();
  }

  // --- reading and writing through validation ---

  private async readOne<T>(table: TeacherTable, key: string, schema: z.ZodType<T>): Promise<T | undefined> {
    const raw = await this.read(() => this.backend.get(table, key));
    if (raw === undefined) return undefined;
    return this.keepValid(table, [raw], schema)[0];
  }

  private async readAll<T>(table: TeacherTable, schema: z.ZodType<T>): Promise<T[]> {
    return this.keepValid(table, await this.read(() => this.backend.getAll(table)), schema);
  }

  private keepValid<T>(table: TeacherTable, raw: unknown[], schema: z.ZodType<T>): T[] {
    const out: T[] = [];
    for (const value of raw) {
      const parsed = schema.safeParse(value);
      if (parsed.success) out.push(parsed.data);
      else this.report(table, value, describeIssue(parsed.error));
    }
    return out;
  }

  private report(table: TeacherTable, value: unknown, issue: string): void {
    const key = value && typeof value === 'object' ? teacherKeyOf(table, value) : undefined;
    const problem = { table, key: key ?? '?', issue };
    if (this.listeners.size === 0) console.warn('Teacher store: skipped a damaged record', problem);
    for (const listener of this.listeners) listener(problem);
  }

  private async read<T>(run: () => Promise<T>): Promise<T> {
    try {
      return await run();
    } catch (error) {
      throw new TeacherStoreError(classifyFailure(error), { cause: error });
    }
  }

  private async write(ops: TeacherWrite[]): Promise<number[]> {
    if (ops.length === 0) return [];
    try {
      return await this.backend.write(ops);
    } catch (error) {
      throw new TeacherStoreError(classifyFailure(error), { cause: error });
    }
  }
}

function checked<T>(schema: z.ZodType<T>, value: unknown, what: string): T {
  const parsed = schema.safeParse(value);
  if (!parsed.success) throw new TeacherValidationError(`${what}: ${describeIssue(parsed.error)}`);
  return parsed.data;
}

function idOf(value: unknown): string {
  const id = value && typeof value === 'object' ? (value as { id?: unknown }).id : undefined;
  return typeof id === 'string' ? id.slice(0, 64) : '?';
}
