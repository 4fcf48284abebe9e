/** The teacher store, the same over IndexedDB (fake-indexeddb) and memory: classes, results, bad records, reset. */
import { describe, expect, it } from 'vitest';
import {
  createMemoryTeacherStore,
  openTeacherStore,
  TeacherValidationError,
  type TeacherProblem,
  type TeacherStore,
} from '../../../src/teacher/store/index.js';
import { createTeacherDatabase } from '../../../src/teacher/store/database.js';
import { classAttempt, freshIdb, openFakeTeacherStore } from './helpers.js';

const KINDS: [string, () => Promise<TeacherStore>][] = [
  ['IndexedDB', () => openFakeTeacherStore()],
  ['memory', async () => createMemoryTeacherStore()],
];

const sixB = { code: 'KP7M3X', name: '6º B — mañana', createdAt: 1000, archived: false };

describe.each(KINDS)('teacher store (%s)', (_kind, open) => {
  it('creates, lists, archives and deletes a class with its results only', async () => {
    const store = await open();
    await store.putClass(sixB);
    await store.putClass({ ...sixB, code: 'RT4WQ9', name: '7º A', createdAt: 2000 });
    expect((await store.listClasses()).map((c) => c.code)).toEqual(['RT4WQ9', 'KP7M3X']);
    await store.putClass({ ...sixB, archived: true });
    expect((await store.getClass('KP7M3X'))?.archived).toBe(true);

    await store.putAttempts([
      classAttempt('a1', 'KP7M3X'),
      classAttempt('a2', 'KP7M3X'),
      classAttempt('b1', 'RT4WQ9'),
    ]);
    expect(await store.deleteClass('KP7M3X')).toBe(2);
    expect(await store.getClass('KP7M3X')).toBeUndefined();
    expect((await store.listAttempts()).map((a) => a.id)).toEqual(['b1']);
  });

  it('counts an attempt imported twice once, and leaves the stored one as it was', async () => {
    const store = await open();
    const first = await store.putAttempts([classAttempt('a1', 'KP7M3X'), classAttempt('a2', 'KP7M3X')]);
    expect(first).toEqual({ added: 2, alreadyPresent: 0, refused: [] });
    const again = await store.putAttempts([
      classAttempt('a1', 'KP7M3X', { nickname: 'Otro' }),
      classAttempt('a3', 'KP7M3X'),
      classAttempt('a3', 'KP7M3X'),
    ]);
    expect(again).toEqual({ added: 1, alreadyPresent: 2, refused: [] });
    const stored = await store.listAttempts({ classCode: 'KP7M3X' });
    expect(stored.map((a) => a.id).sort()).toEqual(['a1', 'a2', 'a3']);
    expect(stored.find((a) => a.id === 'a1')?.nickname).toBe('Zorro Azul');
  });

  it('refuses an invalid result with its issue and stores the valid ones beside it', async () => {
    const store = await open();
    const result = await store.putAttempts([
      classAttempt('ok', 'KP7M3X'),
      classAttempt('bad-name', 'KP7M3X', { nickname: 'me@mail.com' }),
      { ...classAttempt('extra', 'KP7M3X'), school: 'Escola 12' } as never,
    ]);
    expect(result.added).toBe(1);
    expect(result.refused.map((r) => r.id)).toEqual(['bad-name', 'extra']);
    expect(result.refused[0]!.issue).toMatch(/nickname/);
    expect((await store.listAttempts()).map((a) => a.id)).toEqual(['ok']);
  });

  it('refuses a class with a bad code or name, and stores nothing', async () => {
    const store = await open();
    await expect(store.putClass({ ...sixB, code: 'no spaces' })).rejects.toBeInstanceOf(
      TeacherValidationError,
    );
    await expect(store.putClass({ ...sixB, name: '' })).rejects.toBeInstanceOf(TeacherValidationError);
    await expect(store.putClass({ ...sixB, name: 'two\nlines' })).rejects.toBeInstanceOf(
      TeacherValidationError,
    );
    expect(await store.listClasses()).toEqual([]);
  });

  it('forgets everything it holds on reset', async () => {
    const store = await open();
    await store.putClass(sixB);
    await store.putAttempts([classAttempt('a1', 'KP7M3X')]);
    await store.setLockout({ failures: 3, lockedUntil: 0 });
    await store.resetAll();
    expect(await store.listClasses()).toEqual([]);
    expect(await store.listAttempts()).toEqual([]);
    expect(await store.getPin()).toBeUndefined();
    expect(await store.getLockout()).toEqual({ key: 'lockout', failures: 0, lockedUntil: 0 });
  });
});

describe('teacher store on IndexedDB', () => {
  it('skips and reports damaged records instead of failing the page', async () => {
    const idb = freshIdb();
    const store = await openFakeTeacherStore(idb);
    await store.putClass(sixB);
    await store.putAttempts([classAttempt('a1', 'KP7M3X'), classAttempt('a2', 'KP7M3X')]);
    // Another build, an extension or a damaged disk writes behind the store's back.
    const raw = createTeacherDatabase(idb);
    await raw.open();
    await raw.table('classes').put({ code: 'ZZ9', name: 42, createdAt: 1, archived: false });
    await raw.table('attempts').put({ ...classAttempt('a3', 'KP7M3X'), transcript: { scenarioId: 'x' } });
    await raw.table('settings').put({ key: 'pin', id: 'p', hash: 'not base64!' });
    raw.close();

    const problems: TeacherProblem[] = [];
    store.onProblem((p) => problems.push(p));
    expect((await store.listClasses()).map((c) => c.code)).toEqual(['KP7M3X']);
    expect((await store.listAttempts({ classCode: 'KP7M3X' })).map((a) => a.id).sort()).toEqual(['a1', 'a2']);
    expect(await store.getPin()).toBeUndefined();
    expect(problems.map((p) => `${p.table}:${p.key}`)).toEqual([
      'classes:ZZ9',
      'attempts:a3',
      'settings:pin',
    ]);
  });

  it('keeps what it stored for the next page load', async () => {
    const idb = freshIdb();
    const first = await openFakeTeacherStore(idb);
    await first.putClass(sixB);
    first.close();
    const second = await openFakeTeacherStore(idb);
    expect(await second.listClasses()).toEqual([sixB]);
  });

  it('falls back to memory, with a reason, where IndexedDB is missing', async () => {
    const store = await openTeacherStore({
      indexedDB: undefined as never,
      IDBKeyRange: undefined as never,
      name: 'x',
    });
    // Node has no indexedDB global: the store works in memory and says why.
    expect(store.mode).toBe('memory');
    expect(store.reason).toBe('unavailable');
    await store.putClass(sixB);
    expect(await store.listClasses()).toEqual([sixB]);
  });
});
