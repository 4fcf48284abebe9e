/**
 * When IndexedDB fails: at opening (missing, private mode, full, blocked by
 * another tab, newer database) the game gets a memory store and a reason;
 * mid-game (disk full, another tab upgrading) the store moves to memory
 * without losing anything it had, and never damages what is on disk.
 */
import { IDBObjectStore } from 'fake-indexeddb';
import { afterEach, describe, expect, it } from 'vitest';
import {
  openStore,
  SCHEMA_VERSION,
  type StoreFailureReason,
  type StoreMode,
} from '../../../src/store/index.js';
import { createDatabase } from '../../../src/store/database.js';
import { dumpDatabase, loadDatabase, type DatabaseDump } from '../../fixtures/store/dump.js';
import { readFileSync } from 'node:fs';
import { engineState, freshIdb, transcript } from './helpers.js';

const proto = IDBObjectStore.prototype as unknown as Record<'put' | 'add', (...args: unknown[]) => unknown>;
const realPut = proto.put;
const realAdd = proto.add;

/** Makes every write fail as a full disk does. */
function fillDisk(full: boolean): void {
  const quota = () => {
    throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
  };
  proto.put = full ? quota : realPut;
  proto.add = full ? quota : realAdd;
}

afterEach(() => fillDisk(false));

function request<T>(req: IDBRequest<T>): Promise<T> {
  return new Promise((resolve, reject) => {
    req.onsuccess = () => resolve(req.result);
    req.onerror = () => reject(req.error);
  });
}

const v1 = (): DatabaseDump =>
  JSON.parse(readFileSync(new URL('../../fixtures/store/v1.json', import.meta.url), 'utf8'));

describe('opening falls back to memory with a reason', () => {
  it('IndexedDB missing → unavailable', async () => {
    const opened = await openStore({ requestPersistence: false });
    expect(opened).toMatchObject({ mode: 'memory', reason: 'unavailable' });
    expect(opened.store.mode).toBe('memory');
    expect(opened.store.reason).toBe('unavailable');
    // Still fully playable.
    const p = await opened.store.createProfile({ nickname: 'Fox', avatar: 'fox', ageBand: '7-11' });
    await opened.store.putState(p.id, 's', engineState('s', 1));
    expect(await opened.store.getState(p.id, 's')).toEqual(engineState('s', 1));
    expect(await opened.store.persistence()).toBe('denied');
  });

  it('a private window that refuses IndexedDB → private-mode', async () => {
    const refusing = {
      open() {
        throw new DOMException(
          'A mutation operation was attempted on a database that did not allow mutations.',
          'InvalidStateError',
        );
      },
    } as unknown as IDBFactory;
    expect(await openStore({ indexedDB: refusing, requestPersistence: false })).toMatchObject({
      mode: 'memory',
      reason: 'private-mode',
    });
  });

  it('a full disk at the first write → quota', async () => {
    fillDisk(true);
    expect(await openStore({ ...freshIdb(), requestPersistence: false })).toMatchObject({
      mode: 'memory',
      reason: 'quota',
    });
  });

  it('another tab holding the old version and ignoring the upgrade request → blocked, and nothing is damaged', async () => {
    const idb = freshIdb();
    const dump = v1();
    await loadDatabase(idb.indexedDB, dump);
    const oldTab = await request(idb.indexedDB.open(dump.name, dump.idbVersion)); // never closes by itself
    const opened = await openStore({ ...idb, requestPersistence: false, blockedTimeoutMs: 50 });
    expect(opened).toMatchObject({ mode: 'memory', reason: 'blocked' });
    expect(oldTab.version).toBe(10);

    // The old tab is closed: the upgrade goes through and everything is there.
    oldTab.close();
    await new Promise((r) => setTimeout(r, 50));
    const later = await openStore({ ...idb, requestPersistence: false });
    expect(later.mode).toBe('persistent');
    expect((await later.store.listProfiles()).map((p) => p.id).sort()).toEqual(['p-lua', 'p-sol', 'p-tigre']);
    expect(await later.store.listAttempts()).toHaveLength(5);
  });
});

describe('mid-game failures move to memory without losing anything', () => {
  it('disk full on a write: the write lands in memory, earlier data is kept, the disk copy is intact', async () => {
    const idb = freshIdb();
    const { store } = await openStore({ ...idb, requestPersistence: false });
    const changes: [StoreMode, StoreFailureReason | undefined][] = [];
    store.onModeChange((mode, reason) => changes.push([mode, reason]));
    const fox = await store.createProfile({ nickname: 'Fox', avatar: 'fox', ageBand: '11-14' });
    await store.addAttempt({ profileId: fox.id, transcript: transcript('a', 1000) });
    await store.putState(fox.id, 'b', engineState('b', 1));
    await store.updateSettings(fox.id, { textScale: 1.5 });

    fillDisk(true);
    await store.putState(fox.id, 'b', engineState('b', 2));
    expect(store.mode).toBe('memory');
    expect(store.reason).toBe('quota');
    expect(changes).toEqual([['memory', 'quota']]);
    expect(await store.getState(fox.id, 'b')).toEqual(engineState('b', 2));
    expect(await store.listProfiles()).toHaveLength(1);
    expect(await store.listAttempts()).toHaveLength(1);
    expect((await store.getSettings(fox.id)).textScale).toBe(1.5);
    await store.addAttempt({ profileId: fox.id, transcript: transcript('b', 2000) });
    expect(await store.listAttempts()).toHaveLength(2);

    // On disk: everything up to the failed write, nothing half-written.
    fillDisk(false);
    const reopened = await openStore({ ...idb, requestPersistence: false });
    expect(reopened.mode).toBe('persistent');
    expect(await reopened.store.getState(fox.id, 'b')).toEqual(engineState('b', 1));
    expect(await reopened.store.listAttempts()).toHaveLength(1);
  });

  it('a failed import on a full disk writes nothing to disk and keeps the data in memory', async () => {
    const idb = freshIdb();
    const source = await openStore({ ...freshIdb(), requestPersistence: false });
    const owl = await source.store.createProfile({ nickname: 'Owl', avatar: 'owl', ageBand: '7-11' });
    await source.store.addAttempt({ profileId: owl.id, transcript: transcript('a', 5) });
    const backup = await source.store.exportBackup();

    const { store } = await openStore({ ...idb, requestPersistence: false });
    await store.createProfile({ nickname: 'Fox', avatar: 'fox', ageBand: '11-14' });
    fillDisk(true);
    const result = await store.importBackup(backup);
    expect(result).toMatchObject({ ok: true, added: { profiles: 1, attempts: 1 } });
    expect(store.mode).toBe('memory');
    expect(await store.listProfiles()).toHaveLength(2);
    fillDisk(false);
    const disk = await openStore({ ...idb, requestPersistence: false });
    expect(await disk.store.listProfiles()).toHaveLength(1);
    expect(await disk.store.listAttempts()).toHaveLength(0);
  });

  it('a newer version opening in another tab: this tab copies to memory and lets the upgrade run', async () => {
    const idb = freshIdb();
    const oldTab = await openStore({ ...idb, requestPersistence: false, upTo: 1 });
    expect(oldTab.mode).toBe('persistent');
    const fox = await oldTab.store.createProfile({ nickname: 'Fox', avatar: 'fox', ageBand: '11-14' });
    await oldTab.store.addAttempt({ profileId: fox.id, transcript: transcript('a', 1000) });
    await oldTab.store.putState(fox.id, 'b', engineState('b', 3));
    const reasons: (StoreFailureReason | undefined)[] = [];
    oldTab.store.onModeChange((_m, reason) => reasons.push(reason));

    const newTab = await openStore({ ...idb, requestPersistence: false, blockedTimeoutMs: 2000 });
    expect(newTab.mode).toBe('persistent');
    expect(reasons).toEqual(['version-error']);
    expect(oldTab.store.mode).toBe('memory');

    // The old tab still has its data, and what it writes now stays in its memory.
    expect(await oldTab.store.getState(fox.id, 'b')).toEqual(engineState('b', 3));
    expect(await oldTab.store.listAttempts()).toHaveLength(1);
    await oldTab.store.putState(fox.id, 'b', engineState('b', 4));

    expect(await newTab.store.getState(fox.id, 'b')).toEqual(engineState('b', 3));
    expect(await newTab.store.listAttempts()).toHaveLength(1);
    expect((await dumpDatabase(idb.indexedDB, 'escudo-progress', '')).idbVersion).toBe(SCHEMA_VERSION * 10);
  });

  it('an old build (v1 schema, Dexie default handling) closes for the upgrade; nothing is lost', async () => {
    const idb = freshIdb();
    const oldDb = createDatabase({ ...idb, upTo: 1 });
    await oldDb.open();
    await oldDb
      .table('profiles')
      .put({ id: 'p1', nickname: 'Old', avatar: 'cat', ageBand: '7-11', createdAt: 1 });
    const newTab = await openStore({ ...idb, requestPersistence: false, blockedTimeoutMs: 2000 });
    expect(newTab.mode).toBe('persistent');
    expect((await newTab.store.listProfiles()).map((p) => p.nickname)).toEqual(['Old']);
    expect(oldDb.isOpen()).toBe(false);
  });
});
