/** Records on disk are untrusted: a malformed one is skipped and reported, never crashes a list. */
import { describe, expect, it } from 'vitest';
import { createDatabase } from '../../../src/store/database.js';
import { DEFAULT_SETTINGS, openStore, type StoreProblem } from '../../../src/store/index.js';
import { engineState, freshIdb, transcript } from './helpers.js';

async function storeWithRawRecords(raw: Partial<Record<string, unknown[]>>) {
  const idb = freshIdb();
  const db = createDatabase(idb);
  await db.open();
  for (const [table, records] of Object.entries(raw)) await db.table(table).bulkPut(records!);
  db.close();
  const { store, mode } = await openStore({ ...idb, requestPersistence: false });
  expect(mode).toBe('persistent');
  const problems: StoreProblem[] = [];
  store.onProblem((p) => problems.push(p));
  return { store, problems };
}

const good = { id: 'p1', nickname: 'Fox', avatar: 'fox', ageBand: '11-14', createdAt: 1 };
const goodAttempt = {
  id: 'a1',
  profileId: 'p1',
  scenarioId: 's',
  scenarioVersion: 1,
  startedAt: 0,
  endedAt: 90_000,
  durationMs: 90_000,
  transcript: transcript('s', 0),
};

describe('malformed stored records', () => {
  it('profiles: bad ones are skipped and reported, good ones listed', async () => {
    const { store, problems } = await storeWithRawRecords({
      profiles: [
        good,
        { id: 'p2', nickname: 'X'.repeat(500), avatar: 'fox', ageBand: '11-14', createdAt: 2 },
        { id: 'p3', nickname: 'Cat', avatar: 'fox', ageBand: '11-14', createdAt: 3, realName: 'Ana' },
        { id: 'p4', nickname: 'Bear', avatar: 'dragon', ageBand: '11-14', createdAt: 4 },
        { id: 'p5' },
      ],
    });
    expect((await store.listProfiles()).map((p) => p.id)).toEqual(['p1']);
    expect(problems.map((p) => p.key)).toEqual(['p2', 'p3', 'p4', 'p5']);
    expect(problems[1]!.issue).toMatch(/realName/);
    expect(await store.getProfile('p4')).toBeUndefined();
  });

  it('attempts: a broken transcript is skipped, the rest still summarised', async () => {
    const { store, problems } = await storeWithRawRecords({
      profiles: [good],
      attempts: [
        goodAttempt,
        { ...goodAttempt, id: 'a2', transcript: { ...goodAttempt.transcript, path: 'start' } },
        { ...goodAttempt, id: 'a3', durationMs: -5 },
        { ...goodAttempt, id: 'a4', scenarioId: 'other' },
        { ...goodAttempt, id: 'a5', transcript: null },
      ],
    });
    expect((await store.listAttempts()).map((a) => a.id)).toEqual(['a1']);
    expect((await store.listAttempts({ profileId: 'p1' })).map((a) => a.id)).toEqual(['a1']);
    expect(problems.map((p) => `${p.table}:${p.key}`)).toEqual([
      'attempts:a2',
      'attempts:a3',
      'attempts:a4',
      'attempts:a5',
      'attempts:a2',
      'attempts:a3',
      'attempts:a4',
      'attempts:a5',
    ]);
  });

  it('a saved game that is not an object reads as no saved game', async () => {
    const { store, problems } = await storeWithRawRecords({
      profiles: [good],
      states: [
        { profileId: 'p1', scenarioId: 's', savedAt: 1, state: 'garbage' },
        { profileId: 'p1', scenarioId: 't', savedAt: 1, state: engineState('t', 1) },
      ],
    });
    expect(await store.getState('p1', 's')).toBeUndefined();
    expect(await store.getState('p1', 't')).toEqual(engineState('t', 1));
    expect(problems).toHaveLength(1);
  });

  it('settings: valid fields are kept, broken ones fall back to defaults', async () => {
    const { store, problems } = await storeWithRawRecords({
      profiles: [good],
      settings: [{ ...DEFAULT_SETTINGS, profileId: 'p1', textScale: 2, dyslexiaFont: true, volume: 'loud' }],
    });
    expect(await store.getSettings('p1')).toEqual({ ...DEFAULT_SETTINGS, textScale: 2, dyslexiaFont: true });
    expect(problems[0]).toMatchObject({ table: 'settings', key: 'p1' });
  });

  it('device: a broken record reads as defaults and is repaired on open', async () => {
    const { store } = await storeWithRawRecords({
      device: [{ key: 'device', lastProfileId: 5, language: [] }],
    });
    expect(await store.getDevice()).toEqual({ lastProfileId: null, language: null });
  });

  it('a backup export leaves malformed records out (so the file itself is valid)', async () => {
    const { store } = await storeWithRawRecords({
      profiles: [good, { id: 'bad' }],
      attempts: [goodAttempt, { ...goodAttempt, id: 'a2', transcript: null }],
    });
    const file = JSON.parse(await store.exportBackup());
    expect(file.data.profiles).toHaveLength(1);
    expect(file.data.attempts).toHaveLength(1);
    const other = await openStore({ ...freshIdb(), requestPersistence: false });
    expect(await other.store.importBackup(JSON.stringify(file))).toMatchObject({ ok: true });
  });
});
