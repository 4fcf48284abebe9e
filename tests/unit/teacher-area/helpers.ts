/** Shared pieces of the teacher-area tests: fake IndexedDB, a class attempt, a clock. */
import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import type { ClassAttempt } from '../../../src/teacher/model.js';
import { openTeacherStore } from '../../../src/teacher/store/index.js';
import { transcript } from '../store/helpers.js';

export { Clock } from '../store/helpers.js';

export function freshIdb(): { indexedDB: IDBFactory; IDBKeyRange: typeof IDBKeyRange } {
  return { indexedDB: new IDBFactory(), IDBKeyRange };
}

export async function openFakeTeacherStore(idb = freshIdb()) {
  const store = await openTeacherStore(idb);
  if (store.mode !== 'persistent') throw new Error(`expected IndexedDB, got memory (${store.reason})`);
  return store;
}

export function classAttempt(
  id: string,
  classCode: string,
  overrides: Partial<ClassAttempt> = {},
): ClassAttempt {
  const t = transcript('first-tournament', Date.UTC(2026, 2, 1, 10));
  return {
    id,
    classCode,
    childKey: `child-of-${id}`,
    nickname: 'Zorro Azul',
    ageBand: '11-14',
    scenarioId: t.scenarioId,
    scenarioVersion: t.scenarioVersion,
    startedAt: t.startedAt,
    endedAt: t.endedAt ?? t.startedAt,
    durationMs: t.durationMs ?? 0,
    transcript: t,
    source: 'file',
    importedAt: Date.UTC(2026, 2, 2),
    ...overrides,
  };
}
