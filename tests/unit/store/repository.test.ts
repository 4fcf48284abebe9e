/** The store's behaviour, identical over IndexedDB (fake-indexeddb) and memory. */
import { describe, expect, it } from 'vitest';
import {
  createMemoryStore,
  DEFAULT_SETTINGS,
  StoreNotFoundError,
  StoreValidationError,
} from '../../../src/store/index.js';
import type { ProgressStore } from '../../../src/store/index.js';
import { Clock, DAY, counterIds, engineState, openFakeStore, transcript } from './helpers.js';

const kinds: [string, (clock: Clock) => Promise<ProgressStore>][] = [
  ['indexeddb', (clock) => openFakeStore({ now: clock.now, newId: counterIds() })],
  ['memory', async (clock) => createMemoryStore({ now: clock.now, newId: counterIds() })],
];

describe.each(kinds)('progress store over %s', (kind, make) => {
  async function setup() {
    const clock = new Clock();
    const store = await make(clock);
    const fox = await store.createProfile({ nickname: 'Fox7', avatar: 'fox', ageBand: '11-14' });
    return { clock, store, fox };
  }

  it('reports its mode', async () => {
    const { store } = await setup();
    expect(store.mode).toBe(kind === 'indexeddb' ? 'persistent' : 'memory');
    expect(store.reason).toBeUndefined();
  });

  it('creates, lists, updates and reads profiles with only the allowed fields', async () => {
    const { store, fox, clock } = await setup();
    clock.advance(1000);
    const owl = await store.createProfile({
      nickname: 'Búho Sábio',
      avatar: 'owl',
      ageBand: '7-11',
      classCode: '6B-2026',
    });
    expect(owl).toEqual({
      id: 'id-0002',
      nickname: 'Búho Sábio',
      avatar: 'owl',
      ageBand: '7-11',
      classCode: '6B-2026',
      createdAt: clock.time,
    });
    expect((await store.listProfiles()).map((p) => p.nickname)).toEqual(['Fox7', 'Búho Sábio']);
    const renamed = await store.updateProfile(owl.id, { nickname: 'Owl', classCode: null });
    expect(renamed.classCode).toBeUndefined();
    expect(await store.getProfile(owl.id)).toMatchObject({ nickname: 'Owl', avatar: 'owl' });
    expect(await store.getProfile('nobody')).toBeUndefined();
    await expect(store.updateProfile('nobody', { nickname: 'X' })).rejects.toBeInstanceOf(StoreNotFoundError);
    expect(fox.createdAt).toBeLessThan(owl.createdAt);
  });

  it('refuses personal data: extra fields, contact details, long text, unknown avatars', async () => {
    const { store, fox } = await setup();
    const base = { avatar: 'fox', ageBand: '11-14' } as const;
    const refused = async (input: object, code: string) => {
      const error = await store.createProfile(input as never).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(StoreValidationError);
      expect((error as StoreValidationError).code).toBe(code);
    };
    await refused({ ...base, nickname: 'Ana', realName: 'Ana Souza' }, 'unknown-field');
    await refused({ ...base, nickname: 'Ana', school: 'Escola Central' }, 'unknown-field');
    await refused({ ...base, nickname: 'ana@mail.com' }, 'nickname-characters');
    await refused({ ...base, nickname: '11 98765 4321' }, 'nickname-contact');
    await refused({ ...base, nickname: 'www example' }, 'nickname-contact');
    await refused({ ...base, nickname: 'I live at 5th street next to the park' }, 'nickname-too-long');
    await refused({ ...base, nickname: '   ' }, 'nickname-empty');
    await refused({ ...base, nickname: 'Fox', avatar: 'photo' }, 'invalid');
    await refused({ ...base, nickname: 'Fox', classCode: 'Escola Estadual Professor' }, 'invalid');
    await expect(store.updateProfile(fox.id, { email: 'x' } as never)).rejects.toThrow(/no field "email"/);
    expect(await store.listProfiles()).toHaveLength(1);
  });

  it('saves results built from the transcript and filters them', async () => {
    const { store, fox, clock } = await setup();
    const t = transcript('gift-card', clock.time);
    const saved = await store.addAttempt({ profileId: fox.id, transcript: t });
    expect(saved).toMatchObject({
      profileId: fox.id,
      scenarioId: 'gift-card',
      scenarioVersion: 1,
      startedAt: t.startedAt,
      endedAt: t.endedAt,
      durationMs: 90_000,
    });
    await store.addAttempt({ profileId: fox.id, transcript: transcript('job-offer', clock.time + 5) });
    expect(await store.listAttempts()).toHaveLength(2);
    expect(await store.listAttempts({ scenarioId: 'job-offer' })).toHaveLength(1);
    expect(await store.listAttempts({ profileId: 'someone-else' })).toEqual([]);
    expect((await store.listAttempts({ profileId: fox.id }))[0]).toEqual(saved);
  });

  it('refuses a result for an unknown profile or with a broken transcript, writing nothing', async () => {
    const { store, fox, clock } = await setup();
    await expect(
      store.addAttempt({ profileId: 'ghost', transcript: transcript('a', 0) }),
    ).rejects.toBeInstanceOf(StoreNotFoundError);
    const broken = {
      ...transcript('a', clock.time),
      choices: [{ node: 'x', choice: 'y', rating: 'great', at: 1 }],
    };
    await expect(
      store.addAttempts([
        { profileId: fox.id, transcript: transcript('a', 0) },
        { profileId: fox.id, transcript: broken as never },
      ]),
    ).rejects.toThrow(/rating/);
    expect(await store.listAttempts()).toEqual([]);
  });

  it('an abandoned game is recorded with the time it was saved', async () => {
    const { store, fox, clock } = await setup();
    const started = clock.time;
    clock.advance(60_000);
    const saved = await store.addAttempt({
      profileId: fox.id,
      transcript: transcript('a', started, { endedAt: null, durationMs: null, ending: null }),
    });
    expect(saved.endedAt).toBe(clock.time);
    expect(saved.durationMs).toBe(60_000);
  });

  it('puts, gets and clears the game in progress per profile and scenario', async () => {
    const { store, fox } = await setup();
    expect(await store.getState(fox.id, 'gift-card')).toBeUndefined();
    await store.putState(fox.id, 'gift-card', engineState('gift-card', 1));
    await store.putState(fox.id, 'gift-card', engineState('gift-card', 2));
    await store.putState(fox.id, 'job-offer', engineState('job-offer', 7));
    expect(await store.getState(fox.id, 'gift-card')).toEqual(engineState('gift-card', 2));
    await store.clearState(fox.id, 'gift-card');
    expect(await store.getState(fox.id, 'gift-card')).toBeUndefined();
    expect(await store.getState(fox.id, 'job-offer')).toEqual(engineState('job-offer', 7));
    await expect(store.putState(fox.id, 'x', 'not an object')).rejects.toBeInstanceOf(StoreValidationError);
  });

  it('keeps settings per profile with defaults and range checks', async () => {
    const { store, fox } = await setup();
    expect(await store.getSettings(fox.id)).toEqual(DEFAULT_SETTINGS);
    const next = await store.updateSettings(fox.id, { textScale: 2, dyslexiaFont: true, language: 'pt-BR' });
    expect(next).toEqual({ ...DEFAULT_SETTINGS, textScale: 2, dyslexiaFont: true, language: 'pt-BR' });
    expect(await store.getSettings(fox.id)).toEqual(next);
    await expect(store.updateSettings(fox.id, { textScale: 3 })).rejects.toThrow(/textScale/);
    await expect(store.updateSettings(fox.id, { volume: -1 })).rejects.toThrow(/volume/);
    await expect(store.updateSettings(fox.id, { theme: 'dark' } as never)).rejects.toThrow(/theme/);
    await expect(store.updateSettings('ghost', { sound: false })).rejects.toBeInstanceOf(StoreNotFoundError);
    expect(await store.getSettings(fox.id)).toEqual(next);
  });

  it('keeps device data: last profile and language', async () => {
    const { store, fox } = await setup();
    expect(await store.getDevice()).toEqual({ lastProfileId: null, language: null });
    await store.updateDevice({ lastProfileId: fox.id, language: 'es' });
    expect(await store.getDevice()).toEqual({ lastProfileId: fox.id, language: 'es' });
    await expect(store.updateDevice({ language: 'Español!' })).rejects.toBeInstanceOf(StoreValidationError);
  });

  it('deleting a profile deletes its results, saved games and settings, and nobody else’s', async () => {
    const { store, fox, clock } = await setup();
    const owl = await store.createProfile({ nickname: 'Owl', avatar: 'owl', ageBand: '7-11' });
    for (const p of [fox, owl]) {
      await store.addAttempt({ profileId: p.id, transcript: transcript('a', clock.time) });
      await store.putState(p.id, 'a', engineState('a', 3));
      await store.updateSettings(p.id, { textScale: 1.5 });
    }
    await store.updateDevice({ lastProfileId: fox.id });
    await store.deleteProfile(fox.id);
    expect((await store.listProfiles()).map((p) => p.id)).toEqual([owl.id]);
    expect((await store.listAttempts()).map((a) => a.profileId)).toEqual([owl.id]);
    expect(await store.getState(fox.id, 'a')).toBeUndefined();
    expect(await store.getSettings(fox.id)).toEqual(DEFAULT_SETTINGS);
    expect(await store.getState(owl.id, 'a')).toBeDefined();
    expect((await store.getSettings(owl.id)).textScale).toBe(1.5);
    expect((await store.getDevice()).lastProfileId).toBeNull();
  });

  it('deletes everything', async () => {
    const { store, fox, clock } = await setup();
    await store.addAttempt({ profileId: fox.id, transcript: transcript('a', clock.time) });
    await store.putState(fox.id, 'a', engineState('a', 1));
    await store.updateDevice({ lastProfileId: fox.id, language: 'en' });
    await store.deleteEverything();
    expect(await store.listProfiles()).toEqual([]);
    expect(await store.listAttempts()).toEqual([]);
    expect(await store.getState(fox.id, 'a')).toBeUndefined();
    expect(await store.getDevice()).toEqual({ lastProfileId: null, language: null });
  });

  it('retention deletes only results that ended more than N days ago', async () => {
    const { store, fox, clock } = await setup();
    const start = clock.time;
    for (const daysAgo of [400, 40, 31, 29, 1]) {
      await store.addAttempt({ profileId: fox.id, transcript: transcript('a', start - daysAgo * DAY) });
    }
    expect(await store.deleteAttemptsOlderThan(30)).toBe(3);
    const left = await store.listAttempts();
    expect(left.map((a) => Math.round((start - a.startedAt) / DAY))).toEqual([29, 1]);
    expect(await store.deleteAttemptsOlderThan(30)).toBe(0);
    await expect(store.deleteAttemptsOlderThan(-1)).rejects.toBeInstanceOf(StoreValidationError);
  });

  it('returned objects are copies: changing them changes nothing stored', async () => {
    const { store, fox } = await setup();
    const listed = await store.listProfiles();
    listed[0]!.nickname = 'Changed';
    expect((await store.getProfile(fox.id))!.nickname).toBe('Fox7');
  });
});
