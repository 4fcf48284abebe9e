/**
 * Every earlier schema version, frozen as JSON (tests/fixtures/store/vN.json),
 * is loaded into a fresh fake IndexedDB and opened by the current code:
 * it must upgrade, and everything the player had must still be there.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { Transcript } from '../../../src/engine/index.js';
import { openStore, SCHEMA_VERSION, DEFAULT_SETTINGS, type Attempt } from '../../../src/store/index.js';
import { MIGRATIONS } from '../../../src/store/migrations/index.js';
import { dumpDatabase, loadDatabase, type DatabaseDump } from '../../fixtures/store/dump.js';
import { freshIdb } from './helpers.js';

function fixture(version: number | string): DatabaseDump {
  const name = typeof version === 'number' ? `v${version}` : version;
  return JSON.parse(readFileSync(new URL(`../../fixtures/store/${name}.json`, import.meta.url), 'utf8'));
}

async function openFixture(version: number | string) {
  const idb = freshIdb();
  const dump = fixture(version);
  await loadDatabase(idb.indexedDB, dump);
  const problems: unknown[] = [];
  const opened = await openStore({ ...idb, requestPersistence: false });
  opened.store.onProblem((p) => problems.push(p));
  return { ...opened, dump, idb, problems };
}

function records(dump: DatabaseDump, store: string): Record<string, unknown>[] {
  return dump.stores.find((s) => s.name === store)!.records as Record<string, unknown>[];
}

describe('schema migrations', () => {
  it('has one migration per version, numbered 1..N, and a frozen fixture for every earlier version', () => {
    expect(MIGRATIONS.map((m) => m.version)).toEqual(Array.from({ length: SCHEMA_VERSION }, (_, i) => i + 1));
    for (let v = 1; v < SCHEMA_VERSION; v++) expect(fixture(v).idbVersion).toBe(v * 10);
  });

  it('every migration and read-time upgrade is self-contained: no values imported from today’s code', () => {
    const dir = new URL('../../../src/store/', import.meta.url);
    const files = [
      ...readdirSync(new URL('migrations/', dir))
        .filter((f) => /^v\d+\.ts$/.test(f))
        .map((f) => `migrations/${f}`),
      'sign-matched-upgrade.ts',
    ];
    expect(files).toContain('migrations/v2.ts');
    for (const file of files) {
      const source = readFileSync(new URL(file, dir), 'utf8');
      // Types may be imported (a change there fails the typecheck); values may not.
      const valueImports = [...source.matchAll(/^import\s+(?!type\s)[^;]*?from\s+'([^']+)'/gms)].map(
        (m) => m[1],
      );
      expect(valueImports, file).toEqual([]);
    }
  });

  it('v1 → current: profiles, results, saved games, settings and device data all survive', async () => {
    const { store, mode, dump, problems } = await openFixture(1);
    expect(mode).toBe('persistent');

    const profiles = await store.listProfiles();
    expect(profiles.map((p) => p.id).sort()).toEqual(
      records(dump, 'profiles')
        .map((p) => p.id)
        .sort(),
    );
    for (const p of profiles) expect(p).not.toHaveProperty('settings');
    expect(profiles.find((p) => p.id === 'p-lua')).toEqual({
      id: 'p-lua',
      nickname: 'Lua',
      avatar: 'cat',
      ageBand: '11-14',
      classCode: '7A',
      createdAt: records(dump, 'profiles')[0]!.createdAt,
    });

    const attempts = await store.listAttempts();
    expect(attempts.map((a) => a.id).sort()).toEqual(
      records(dump, 'attempts')
        .map((a) => a.id)
        .sort(),
    );
    for (const old of records(dump, 'attempts')) {
      const now = attempts.find((a) => a.id === old.id)!;
      // v1 stored no signMatched; every v1 flag here named a sign the message shows.
      const oldTranscript = old.transcript as Transcript;
      expect(oldTranscript.flags.every((f) => f.correct && !('signMatched' in f))).toBe(true);
      expect(now.transcript).toStrictEqual({
        ...oldTranscript,
        flags: oldTranscript.flags.map((f) => ({ ...f, signMatched: true })),
      });
      expect(now.durationMs).toBe((old.endedAt as number) - (old.startedAt as number));
    }
    expect(await store.listAttempts({ profileId: 'p-lua' })).toHaveLength(3);

    const oldState = records(dump, 'states')[0]!;
    expect(await store.getState('p-tigre', 'gift-card')).toEqual(oldState.state);

    expect(await store.getSettings('p-lua')).toEqual({
      ...DEFAULT_SETTINGS,
      textScale: 1.5,
      sound: false,
      language: 'pt-BR',
    });
    // Out-of-range scale from a v1 bug falls back to the default; the rest is kept.
    expect(await store.getSettings('p-sol')).toEqual({ ...DEFAULT_SETTINGS, language: 'es' });
    expect(await store.getSettings('p-tigre')).toEqual(DEFAULT_SETTINGS);
    expect(await store.getDevice()).toEqual({ lastProfileId: 'p-lua', language: 'pt-BR' });
    expect(problems).toEqual([]);
  });

  it('v1 → current: the new indexes work (retention by age, deleting a profile’s saved games)', async () => {
    const { store } = await openFixture(1);
    await store.deleteProfile('p-tigre');
    expect(await store.getState('p-tigre', 'gift-card')).toBeUndefined();
    expect((await store.listAttempts()).some((a) => a.profileId === 'p-tigre')).toBe(false);
    expect(await store.deleteAttemptsOlderThan(0)).toBe(4);
  });

  it('v2 → v3: everything stays, the packs table starts empty, and removing a pack keeps results', async () => {
    const { store, mode, dump, problems } = await openFixture(2);
    expect(mode).toBe('persistent');
    expect(await store.listPacks()).toEqual([]);
    const before = (await store.listAttempts()).map((a) => a.id).sort();
    expect(before).toEqual(
      records(dump, 'attempts')
        .map((a) => String(a.id))
        .sort(),
    );
    await store.putPack('first-tournament', '{"format":"escudo-pack"}');
    expect((await store.listPacks()).map((p) => p.id)).toEqual(['first-tournament']);
    await store.deletePack('first-tournament');
    expect(await store.listPacks()).toEqual([]);
    expect((await store.listAttempts()).map((a) => a.id).sort()).toEqual(before);
    expect(await store.getDevice()).toEqual({ lastProfileId: 'p-rio', language: 'es' });
    expect(problems).toEqual([]);
  });

  it('v2 results that lost signMatched open with it recovered, or null where the record does not tell', async () => {
    const { store, mode, dump, problems } = await openFixture('v2-without-sign-matched');
    expect(mode).toBe('persistent');
    const old = new Map(records(dump, 'attempts').map((a) => [a.id, a as unknown as Attempt]));
    const attempts = await store.listAttempts();
    expect(attempts.map((a) => a.id).sort()).toEqual([...old.keys()].sort());
    const signMatched = (id: string) =>
      attempts.find((a) => a.id === id)!.transcript.flags.map((f) => f.signMatched);
    // Named a sign it shows; named one it does not; a wrong flag; no sign named.
    expect(signMatched('a-told')).toEqual([true, false, false, undefined]);
    expect(signMatched('a-damaged')).toEqual([null]);
    // Nothing else changed: each result is the stored one plus the recovered field.
    for (const attempt of attempts) {
      const before = old.get(attempt.id)!;
      const withoutRecovered = {
        ...attempt,
        transcript: {
          ...attempt.transcript,
          flags: attempt.transcript.flags.map(({ signMatched: _recovered, ...flag }) => flag),
        },
      };
      expect(withoutRecovered).toStrictEqual(before);
    }
    expect(attempts.find((a) => a.id === 'a-told')!.transcript.flags[3]).not.toHaveProperty('signMatched');
    expect(await store.getSettings('p-rio')).toEqual(
      Object.fromEntries(
        Object.entries(records(dump, 'settings')[0]!).filter(([key]) => key !== 'profileId'),
      ),
    );
    expect(await store.getDevice()).toEqual({ lastProfileId: 'p-rio', language: 'es' });
    expect(problems).toEqual([]);
  });

  it('an upgrade survives malformed old records: they stay out of lists and are reported', async () => {
    const idb = freshIdb();
    const dump = fixture(1);
    records(dump, 'profiles').push({ id: 'p-bad', nickname: 42, settings: 'broken' });
    records(dump, 'attempts').push({ id: 'a-bad', profileId: 'p-lua', scenarioId: 'x', transcript: null });
    await loadDatabase(idb.indexedDB, dump);
    const { store, mode } = await openStore({ ...idb, requestPersistence: false });
    expect(mode).toBe('persistent');
    const problems: { table: string; key: string }[] = [];
    store.onProblem((p) => problems.push(p));
    expect(await store.listProfiles()).toHaveLength(3);
    expect(await store.listAttempts()).toHaveLength(5);
    expect(problems.map((p) => `${p.table}:${p.key}`)).toEqual(['profiles:p-bad', 'attempts:a-bad']);
  });

  it('a database from a newer game version is not touched: memory mode with version-error', async () => {
    const idb = freshIdb();
    const dump = { ...fixture(1), idbVersion: (SCHEMA_VERSION + 1) * 10 };
    await loadDatabase(idb.indexedDB, dump);
    const opened = await openStore({ ...idb, requestPersistence: false });
    expect(opened.mode).toBe('memory');
    expect(opened.reason).toBe('version-error');
    // The newer database is exactly as it was: same version, same records.
    const after = await dumpDatabase(idb.indexedDB, dump.name, dump.description);
    expect(after).toEqual(dump);
  });
});
