/**
 * The mirror: a second copy of every record in other storage, so that a
 * database the browser deleted after a crash comes back whole, and a player
 * deleted on purpose never does.
 */
import { describe, expect, it } from 'vitest';
import type { WriteOp } from '../../../src/store/backend.js';
import { MemoryBackend } from '../../../src/store/memory-backend.js';
import { SCHEMA_VERSION } from '../../../src/store/migrations/index.js';
import {
  COMPLETE_MARKER,
  INCOMPLETE_BUCKET,
  parseSlotKey,
  slotKey,
} from '../../../src/store/mirror/buckets.js';
import { MirroredBackend } from '../../../src/store/mirror/mirrored-backend.js';
import { restoreFromMirror } from '../../../src/store/mirror/restore.js';
import { MemoryMirrorStorage } from '../../../src/store/mirror/storage.js';
import { openStore, type OpenOptions } from '../../../src/store/index.js';
import { Clock, counterIds, engineState, freshIdb, transcript } from './helpers.js';

function device(mirrorStorage: MemoryMirrorStorage | null) {
  const clock = new Clock();
  const newId = counterIds();
  const open = (idb = freshIdb(), extra: OpenOptions = {}) =>
    openStore({ ...idb, mirrorStorage, requestPersistence: false, now: clock.now, newId, ...extra });
  return { open };
}

async function playSome(store: Awaited<ReturnType<typeof openStore>>['store']) {
  const fox = await store.createProfile({ nickname: 'Fox', avatar: 'fox', ageBand: '11-14' });
  const owl = await store.createProfile({ nickname: 'Owl', avatar: 'owl', ageBand: '7-11' });
  await store.addAttempt({ profileId: fox.id, transcript: transcript('gift-card', 1000) });
  await store.addAttempt({ profileId: owl.id, transcript: transcript('job-offer', 2000) });
  await store.putState(fox.id, 'job-offer', engineState('job-offer', 7));
  await store.updateSettings(owl.id, { textScale: 2 });
  await store.updateDevice({ lastProfileId: owl.id });
  return { fox, owl };
}

/** A device that played some and closed the game: its mirror, and how to open it again. */
async function playedDevice() {
  const mirror = new MemoryMirrorStorage();
  const { open } = device(mirror);
  const { store } = await open();
  const players = await playSome(store);
  store.close();
  return { mirror, open, ...players };
}

/** A copy of a mirror's storage, as it is now. */
function snapshot(storage: MemoryMirrorStorage): MemoryMirrorStorage {
  const copy = new MemoryMirrorStorage();
  for (const [key, text] of storage.buckets) copy.buckets.set(key, text);
  return copy;
}

/** Slots of one bucket in the storage. */
function slotsOf(storage: MemoryMirrorStorage, bucket: string): string[] {
  return [...storage.buckets.keys()].filter((k) => parseSlotKey(k)?.bucket === bucket);
}

describe('progress mirror', () => {
  it('puts everything back when the browser deleted the database', async () => {
    const mirror = new MemoryMirrorStorage();
    const { open } = device(mirror);
    const first = await open();
    const { fox, owl } = await playSome(first.store);
    const before = {
      profiles: await first.store.listProfiles(),
      attempts: await first.store.listAttempts(),
    };
    first.store.close();

    const after = await open(freshIdb()); // same device, empty database
    expect(after.lostData).toBeUndefined();
    expect(after.recovered).toMatchObject({
      restored: { profiles: 2, attempts: 2, states: 1, settings: 1, device: 1 },
      skipped: [],
      complete: true,
    });
    const store = after.store;
    expect(await store.listProfiles()).toEqual(before.profiles);
    expect(await store.listAttempts()).toEqual(before.attempts);
    expect(await store.getState(fox.id, 'job-offer')).toEqual(engineState('job-offer', 7));
    expect((await store.getSettings(owl.id)).textScale).toBe(2);
    expect((await store.getDevice()).lastProfileId).toBe(owl.id);
  });

  it('never brings back a player deleted on purpose, nor after "delete everything"', async () => {
    const mirror = new MemoryMirrorStorage();
    const { open } = device(mirror);
    const { store } = await open();
    const { fox, owl } = await playSome(store);
    await store.deleteProfile(fox.id);
    expect(slotsOf(mirror, `attempts/${fox.id}`)).toEqual([]);
    expect(slotsOf(mirror, `states/${fox.id}`)).toEqual([]);

    const wiped = await open(freshIdb());
    expect((await wiped.store.listProfiles()).map((p) => p.id)).toEqual([owl.id]);
    expect(await wiped.store.listAttempts({ profileId: fox.id })).toEqual([]);

    await wiped.store.deleteEverything();
    // Left: the device record (language, no player) and the note that the mirror is whole.
    expect([...mirror.buckets.keys()].filter((k) => !k.startsWith('device'))).toEqual([COMPLETE_MARKER]);
    const again = await open(freshIdb());
    expect(again.recovered).toBeUndefined();
    expect(await again.store.listProfiles()).toEqual([]);
  });

  it('removes from the mirror before the database changes', async () => {
    const mirror = new MemoryMirrorStorage();
    const memory = new MemoryBackend();
    let mirrorAtDelete: string[] | undefined;
    const watched = Object.assign(Object.create(memory) as MemoryBackend, {
      async write(ops: WriteOp[]) {
        if (ops.some((op) => op.kind === 'deleteByProfile')) {
          const scratch = new MemoryBackend();
          await restoreFromMirror(scratch, mirror, SCHEMA_VERSION);
          mirrorAtDelete = ((await scratch.getAll('attempts')) as { profileId: string }[]).map(
            (a) => a.profileId,
          );
        }
        return memory.write(ops);
      },
    });
    const backend = new MirroredBackend(watched, mirror, SCHEMA_VERSION);
    const profile = (id: string) => ({ id, nickname: id, avatar: 'fox', ageBand: '11-14', createdAt: 1 });
    const attempt = (id: string, profileId: string) => ({
      id,
      profileId,
      scenarioId: 'gift-card',
      scenarioVersion: 1,
      startedAt: 0,
      endedAt: 90_000,
      durationMs: 90_000,
      transcript: transcript('gift-card', 0),
    });
    await backend.write([
      { kind: 'put', table: 'profiles', value: profile('p1') },
      { kind: 'put', table: 'profiles', value: profile('p2') },
      { kind: 'put', table: 'attempts', value: attempt('a1', 'p1') },
      { kind: 'put', table: 'attempts', value: attempt('a2', 'p2') },
    ]);
    await backend.write([
      { kind: 'delete', table: 'profiles', key: 'p1' },
      { kind: 'deleteByProfile', table: 'attempts', profileId: 'p1' },
    ]);
    // When the database was asked to delete p1, the mirror already held only p2.
    expect(mirrorAtDelete).toEqual(['p2']);
    const scratch = new MemoryBackend();
    const { restored } = await restoreFromMirror(scratch, mirror, SCHEMA_VERSION);
    expect(restored).toMatchObject({ profiles: 1, attempts: 1 });
  });

  it('keeps the older copy of a bucket when the browser died writing the newer one', async () => {
    const { mirror, open } = await playedDevice();
    const [slot] = slotsOf(mirror, 'profiles');
    const good = mirror.buckets.get(slot!)!;
    // A newer slot that was cut short: its write never finished.
    const newer = parseSlotKey(slot!)!.generation + 1;
    mirror.buckets.set(slotKey('profiles', newer), good.slice(0, good.length / 2));
    const after = await open(freshIdb());
    expect(after.recovered).toMatchObject({ restored: { profiles: 2 }, skipped: [] });
  });

  it('names a damaged bucket and restores the rest', async () => {
    const { mirror, open, fox } = await playedDevice();
    const [slot] = slotsOf(mirror, `attempts/${fox.id}`);
    mirror.buckets.set(slot!, '{"format":"escudo-progress-mi');
    const after = await open(freshIdb());
    expect(after.recovered?.restored).toMatchObject({ profiles: 2, attempts: 1 });
    expect(after.recovered?.skipped).toEqual([`attempts/${fox.id}: not JSON (cut short or damaged)`]);
  });

  it('leaves out records that do not belong where they are or to any player', async () => {
    const { mirror, open, fox } = await playedDevice();
    const [slot] = slotsOf(mirror, `attempts/${fox.id}`);
    // The same results copied under a player who is not in the mirror.
    const text = mirror.buckets.get(slot!)!;
    mirror.buckets.set(
      slotKey('attempts/ghost', 1),
      text.replace(`"attempts/${fox.id}"`, '"attempts/ghost"'),
    );
    const after = await open(freshIdb());
    expect(after.recovered?.restored.attempts).toBe(2);
    expect(after.recovered?.skipped).toEqual(['attempts/ghost #0: in the wrong bucket']);
  });

  it('says some progress may be missing when the mirror was never whole', async () => {
    const { mirror, open } = await playedDevice();
    // As if the first rebuild on this device had been cut off.
    mirror.buckets.delete(COMPLETE_MARKER);
    const after = await open(freshIdb());
    expect(after.recovered?.complete).toBe(false);
    expect(after.lostData).toBe(true);
    expect(await after.store.listProfiles()).toHaveLength(2);
  });

  it('a device with progress from before the mirror gets a whole mirror at the next start', async () => {
    const mirror = new MemoryMirrorStorage();
    const idb = freshIdb();
    const { store } = await device(null).open(idb);
    await playSome(store);
    store.close();
    expect(mirror.buckets.size).toBe(0);

    const next = await device(mirror).open(idb);
    await next.store.updateDevice({}); // queued behind the rebuild
    next.store.close();
    expect(mirror.buckets.has(COMPLETE_MARKER)).toBe(true);
    const after = await device(mirror).open(freshIdb());
    expect(after.recovered?.restored).toMatchObject({ profiles: 2, attempts: 2, states: 1, settings: 1 });
  });

  it('when the mirror fails, saving goes on, the adult is told, and the older copy is kept as not whole', async () => {
    const mirror = new MemoryMirrorStorage();
    let full = false;
    const put = mirror.put.bind(mirror);
    mirror.put = async (bucket, text) => {
      if (full) throw new DOMException('mirror full', 'QuotaExceededError');
      return put(bucket, text);
    };
    const idb = freshIdb();
    const { store } = await device(mirror).open(idb);
    expect(store.secondCopy()).toBe('working');
    const { fox } = await playSome(store);
    full = true;
    await store.putState(fox.id, 'gift-card', engineState('gift-card', 3));
    expect(store.secondCopy()).toBe('failed');
    expect(store.mode).toBe('persistent');
    expect(await store.getState(fox.id, 'gift-card')).toEqual(engineState('gift-card', 3));
    // What it held before stays (the players are not lost with it), but it is no longer whole.
    expect(slotsOf(mirror, 'profiles')).toHaveLength(1);
    expect(mirror.buckets.has(COMPLETE_MARKER)).toBe(false);
    store.close();
    const wipedMeanwhile = await device(mirror).open(freshIdb(), { mirrorStorage: snapshot(mirror) });
    expect(wipedMeanwhile.recovered?.restored.profiles).toBe(2);
    expect(wipedMeanwhile.lostData).toBe(true); // some of it may be missing: the child is told kindly
    wipedMeanwhile.store.close();
    // Next start: the mirror works again and is rebuilt whole.
    full = false;
    const next = await device(mirror).open(idb);
    await next.store.updateDevice({});
    const after = await device(mirror).open(freshIdb());
    expect(after.recovered?.restored.states).toBe(2);
  });

  it('a mirror that fails while removing a player is emptied, so the player never comes back', async () => {
    const mirror = new MemoryMirrorStorage();
    const { store } = await device(mirror).open();
    const { fox } = await playSome(store);
    await store.updateDevice({}); // the start-up rebuild is done
    mirror.put = async () => {
      throw new DOMException('mirror full', 'QuotaExceededError');
    };
    await store.deleteProfile(fox.id);
    expect(store.secondCopy()).toBe('failed');
    expect(mirror.buckets.size).toBe(0);
    expect((await store.listProfiles()).map((p) => p.nickname)).toEqual(['Owl']);
    store.close();
  });

  it('never writes a record whose owner is not an id the store keeps (left from before ids had a shape)', async () => {
    const mirror = new MemoryMirrorStorage();
    const { store } = await device(mirror).open();
    await playSome(store);
    const backend = (store as unknown as { repo: { backend: MirroredBackend } }).repo.backend;
    const lone = '\ud800x';
    await backend.inner.write([
      { kind: 'put', table: 'settings', value: { profileId: lone, textScale: 1 } } as WriteOp,
    ]);
    await backend.rebuild();
    expect(store.secondCopy()).toBe('working');
    expect([...mirror.buckets.keys()].some((k) => k.includes(lone))).toBe(false);
    store.close();
  });

  it('a step save leaves one slot per bucket', async () => {
    const mirror = new MemoryMirrorStorage();
    const { store } = await device(mirror).open();
    const { fox } = await playSome(store);
    for (let step = 0; step < 5; step++)
      await store.putState(fox.id, 'gift-card', engineState('gift-card', step));
    expect(slotsOf(mirror, `states/${fox.id}`)).toHaveLength(1);
    await store.clearState(fox.id, 'gift-card');
    await store.clearState(fox.id, 'job-offer');
    expect(slotsOf(mirror, `states/${fox.id}`)).toEqual([]);
  });

  it('adds each new result as a slot of its own, compacted at the next start', async () => {
    const mirror = new MemoryMirrorStorage();
    const idb = freshIdb();
    const { store } = await device(mirror).open(idb);
    const { fox } = await playSome(store);
    for (let i = 0; i < 4; i++)
      await store.addAttempt({ profileId: fox.id, transcript: transcript('gift-card', 10_000 * i) });
    expect(slotsOf(mirror, `attempts/${fox.id}`)).toHaveLength(5);
    store.close();

    const wiped = await device(mirror).open(freshIdb());
    expect(wiped.recovered?.restored.attempts).toBe(6);
    await wiped.store.updateDevice({}); // queued behind the rebuild
    expect(slotsOf(mirror, `attempts/${fox.id}`)).toHaveLength(1);
    // Retention removes from the mirror too.
    expect(await wiped.store.deleteAttemptsOlderThan(0)).toBe(6);
    expect(slotsOf(mirror, `attempts/${fox.id}`)).toEqual([]);
    expect([...mirror.buckets.keys()].some((k) => k.startsWith(INCOMPLETE_BUCKET))).toBe(false);
  });

  it('two tabs saving results to the same mirror never overwrite each other', async () => {
    const mirror = new MemoryMirrorStorage();
    const idb = freshIdb();
    const tabA = await openStore({ ...idb, mirrorStorage: mirror, requestPersistence: false });
    const tabB = await openStore({ ...idb, mirrorStorage: mirror, requestPersistence: false });
    const fox = await tabA.store.createProfile({ nickname: 'Fox', avatar: 'fox', ageBand: '11-14' });
    await tabB.store.listProfiles();
    const saved: string[] = [];
    for (let i = 0; i < 6; i++) {
      const tab = i % 2 === 0 ? tabA : tabB;
      const a = await tab.store.addAttempt({
        profileId: fox.id,
        transcript: transcript('gift-card', 1000 * i),
      });
      saved.push(a.id);
    }
    tabA.store.close();
    tabB.store.close();
    const after = await openStore({ ...freshIdb(), mirrorStorage: mirror, requestPersistence: false });
    expect(after.recovered?.skipped).toEqual([]);
    expect((await after.store.listAttempts()).map((a) => a.id).sort()).toEqual([...saved].sort());
  });
});
