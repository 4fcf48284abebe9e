/** Device backups: round trip, idempotent merge, and every kind of bad file refused with nothing changed. */
import { describe, expect, it } from 'vitest';
import { BACKUP_MAX_CHARS } from '../../../src/store/backup.js';
import { canonicalJson } from '../../../src/store/json-guard.js';
import { sha256Hex } from '../../../src/store/sha256.js';
import type { ProgressStore } from '../../../src/store/index.js';
import { Clock, counterIds, engineState, openFakeStore, transcript } from './helpers.js';

async function filledStore(prefix = 'id') {
  const clock = new Clock();
  const store = await openFakeStore({ now: clock.now, newId: counterIds(prefix) });
  const fox = await store.createProfile({
    nickname: 'Fox7',
    avatar: 'fox',
    ageBand: '11-14',
    classCode: '7A',
  });
  const owl = await store.createProfile({ nickname: 'Owl', avatar: 'owl', ageBand: '7-11' });
  await store.addAttempt({ profileId: fox.id, transcript: transcript('gift-card', clock.time) });
  await store.addAttempt({ profileId: owl.id, transcript: transcript('job-offer', clock.time + 1) });
  await store.putState(fox.id, 'job-offer', engineState('job-offer', 4));
  await store.updateSettings(owl.id, { textScale: 2, highContrast: true });
  return { clock, store, fox, owl };
}

async function everything(store: ProgressStore) {
  const profiles = await store.listProfiles();
  return {
    profiles,
    attempts: await store.listAttempts(),
    states: await Promise.all(profiles.map((p) => store.getState(p.id, 'job-offer'))),
    settings: await Promise.all(profiles.map((p) => store.getSettings(p.id))),
  };
}

/** Re-signs an edited backup so only the content check, not the checksum, can catch it. */
async function resign(file: Record<string, unknown>): Promise<string> {
  const { sha256: _old, ...body } = file;
  return JSON.stringify({ ...body, sha256: await sha256Hex(canonicalJson(body)) });
}

describe('backup export and import', () => {
  it('exports a versioned file with a SHA-256 checksum of its contents', async () => {
    const { store, clock } = await filledStore();
    const file = JSON.parse(await store.exportBackup());
    expect(file).toMatchObject({ format: 'escudo-backup', version: 1, createdAt: clock.time });
    expect(file.sha256).toMatch(/^[0-9a-f]{64}$/);
    const { sha256, ...body } = file;
    expect(await sha256Hex(canonicalJson(body))).toBe(sha256);
    expect(file.data.profiles).toHaveLength(2);
    expect(file.data.attempts).toHaveLength(2);
    expect(file.data.states).toHaveLength(1);
    expect(file.data.settings).toHaveLength(1);
  });

  it('restores everything onto an empty device', async () => {
    const { store } = await filledStore();
    const text = await store.exportBackup();
    const other = await openFakeStore();
    const result = await other.importBackup(text);
    expect(result).toEqual({
      ok: true,
      added: { profiles: 2, attempts: 2, states: 1, settings: 1 },
      alreadyPresent: { profiles: 0, attempts: 0, states: 0, settings: 0 },
    });
    expect(await everything(other)).toEqual(await everything(store));
  });

  it('importing twice (or into the device it came from) counts nothing twice', async () => {
    const { store } = await filledStore();
    const text = await store.exportBackup();
    const before = await everything(store);
    const again = await store.importBackup(text);
    expect(again).toMatchObject({ ok: true, added: { profiles: 0, attempts: 0, states: 0, settings: 0 } });
    expect(await everything(store)).toEqual(before);

    const other = await openFakeStore();
    await other.importBackup(text);
    await other.importBackup(text);
    expect(await other.listAttempts()).toHaveLength(2);
  });

  it('merges two devices: both sets of results, no duplicates, local edits kept', async () => {
    const a = await filledStore('a');
    const b = await filledStore('b');
    await b.store.importBackup(await a.store.exportBackup());
    await a.store.updateProfile(a.fox.id, { nickname: 'Fox Renamed' });
    const result = await b.store.importBackup(await a.store.exportBackup());
    expect(result).toMatchObject({ ok: true, added: { profiles: 0, attempts: 0 } });
    expect(await b.store.listProfiles()).toHaveLength(4);
    expect(await b.store.listAttempts()).toHaveLength(4);
    expect((await b.store.getProfile(a.fox.id))!.nickname).toBe('Fox7');
  });

  describe('refuses bad files and changes nothing', () => {
    async function expectRefused(text: string, reason: string) {
      const { store } = await filledStore();
      const before = await everything(store);
      const result = await store.importBackup(text);
      expect(result).toMatchObject({ ok: false, reason });
      if (!result.ok) expect(result.detail.length).toBeGreaterThan(0);
      expect(await everything(store)).toEqual(before);
    }

    async function exported() {
      const other = await filledStore('x');
      return { text: await other.store.exportBackup(), file: JSON.parse(await other.store.exportBackup()) };
    }

    it('truncated', async () => {
      const { text } = await exported();
      await expectRefused(text.slice(0, Math.floor(text.length * 0.7)), 'truncated');
    });

    it('damaged in the middle is not called incomplete', async () => {
      const { text } = await exported();
      const middle = text.indexOf('"attempts"');
      await expectRefused(`${text.slice(0, middle)}\u0000#${text.slice(middle + 2)}`, 'damaged');
      // A block of zeros (a bad disk sector, a failed copy that filled a hole).
      await expectRefused(`${text.slice(0, 200)}${'\u0000'.repeat(64)}${text.slice(264)}`, 'damaged');
      // Something after the end.
      await expectRefused(`${text}}`, 'damaged');
    });

    it("an id that is not the store's shape (a lone surrogate, a slash) even with a recomputed checksum", async () => {
      for (const id of ['\ud800', 'a/b', 'x'.repeat(65), '']) {
        const { file } = await exported();
        const old = file.data.profiles[0].id;
        file.data.profiles[0].id = id;
        for (const a of file.data.attempts) if (a.profileId === old) a.profileId = id;
        for (const s of file.data.states) if (s.profileId === old) s.profileId = id;
        for (const s of file.data.settings) if (s.profileId === old) s.profileId = id;
        await expectRefused(await resign(file), 'malformed');
      }
    });

    it('larger than the limit, refused before it is parsed', async () => {
      const text = `{"format":"escudo-backup","pad":"${'x'.repeat(BACKUP_MAX_CHARS)}`;
      const started = performance.now();
      await expectRefused(text, 'too-large');
      // Its size alone decides (no parse of 32 M characters happens): well under a second.
      expect(performance.now() - started).toBeLessThan(1000);
    });

    it('not JSON at all', async () => {
      await expectRefused('PK\u0003\u0004 this is a zip', 'not-json');
      await expectRefused(42 as unknown as string, 'not-json');
    });

    it('foreign JSON', async () => {
      await expectRefused(JSON.stringify({ format: 'other-game', data: {} }), 'foreign');
      await expectRefused('[1,2,3]', 'foreign');
      await expectRefused('null', 'foreign');
    });

    it('tampered (a result edited, checksum left alone)', async () => {
      const { file } = await exported();
      file.data.attempts[0].transcript.ending.kind = 'supported';
      await expectRefused(JSON.stringify(file), 'checksum');
    });

    it('from a newer backup version', async () => {
      const { file } = await exported();
      await expectRefused(await resign({ ...file, version: 99 }), 'unsupported-version');
    });

    it('valid checksum but invalid contents', async () => {
      const { file } = await exported();
      file.data.profiles[0].realName = 'Ana Souza';
      await expectRefused(await resign(file), 'malformed');
      const { file: f2 } = await exported();
      f2.data.attempts[0].profileId = 'nobody';
      await expectRefused(await resign(f2), 'malformed');
      const { file: f3 } = await exported();
      f3.data.attempts.push(f3.data.attempts[0]);
      await expectRefused(await resign(f3), 'malformed');
    });

    it('too large or too deeply nested', async () => {
      await expectRefused(`{"format":"escudo-backup","pad":"${'x'.repeat(BACKUP_MAX_CHARS)}"}`, 'too-large');
      await expectRefused(`${'['.repeat(100_000)}${']'.repeat(100_000)}`, 'too-deep');
    });

    it('prototype-polluting keys', async () => {
      const { text } = await exported();
      const polluted = text.replace('"data":{', '"data":{"__proto__":{"polluted":true},');
      await expectRefused(polluted, 'malformed');
      expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    });
  });
});
