/**
 * Model-based test: random sequences of writes, reads, deletes, exports and
 * imports run against the IndexedDB store (fake-indexeddb) and against a
 * plain model built from Maps; after every command, what the store returns
 * must equal what the model predicts. A second run adds a mirror and the
 * browser's worst habit: deleting the whole database after a crash, at any
 * point; reopened from the mirror, the store must still agree with the model.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { AGE_BANDS, AVATARS } from '../../../src/format/taxonomy.js';
import {
  DEFAULT_SETTINGS,
  type Attempt,
  type Profile,
  type ProgressStore,
  type Settings,
} from '../../../src/store/index.js';
import { MemoryMirrorStorage } from '../../../src/store/mirror/storage.js';
import { Clock, DAY, counterIds, engineState, freshIdb, openFakeStore, transcript } from './helpers.js';

interface Model {
  clock: Clock;
  profiles: Map<string, Profile>;
  attempts: Map<string, Attempt>;
  states: Map<string, unknown>;
  settings: Map<string, Settings>;
  /** Every profile id ever created, so deleted profiles are checked to have left nothing behind. */
  everCreated: Set<string>;
}
interface Real {
  store: ProgressStore;
  /** Closes the store and opens it again; `wipe` first deletes the database as Chromium does. */
  reopen?: (wipe: boolean) => Promise<void>;
}
type Cmd = fc.AsyncCommand<Model, Real>;

const SCENARIOS = ['gift-card', 'job-offer', 'secret-friend'] as const;
const NICKNAMES = ['Fox', 'Lua', 'Tigre Azul', 'Sol', 'Búho'] as const;

function pick(model: Model, index: number): Profile | undefined {
  const all = [...model.profiles.values()].sort(
    (a, b) => a.createdAt - b.createdAt || a.id.localeCompare(b.id),
  );
  return all.length === 0 ? undefined : all[index % all.length];
}

async function expectSame(model: Model, real: Real): Promise<void> {
  const byTime = <T extends { id: string }>(xs: T[], time: (x: T) => number) =>
    xs.sort((a, b) => time(a) - time(b) || a.id.localeCompare(b.id));
  expect(await real.store.listProfiles()).toEqual(byTime([...model.profiles.values()], (p) => p.createdAt));
  expect(await real.store.listAttempts()).toEqual(byTime([...model.attempts.values()], (a) => a.endedAt));
  for (const id of model.everCreated) {
    expect(await real.store.getSettings(id)).toEqual(model.settings.get(id) ?? DEFAULT_SETTINGS);
    for (const s of SCENARIOS)
      expect(await real.store.getState(id, s)).toEqual(model.states.get(`${id}/${s}`));
  }
}

const command = (name: string, run: (m: Model, r: Real) => Promise<void>): Cmd => ({
  check: () => true,
  run,
  toString: () => name,
});

const commands = [
  fc
    .tuple(fc.constantFrom(...NICKNAMES), fc.constantFrom(...AVATARS), fc.constantFrom(...AGE_BANDS))
    .map(([nickname, avatar, ageBand]) =>
      command(`create(${nickname})`, async (m, r) => {
        const p = await r.store.createProfile({ nickname, avatar, ageBand });
        expect(p).toMatchObject({ nickname, avatar, ageBand, createdAt: m.clock.time });
        expect(m.profiles.has(p.id)).toBe(false);
        m.profiles.set(p.id, p);
        m.everCreated.add(p.id);
      }),
    ),
  fc.tuple(fc.nat(), fc.constantFrom(...NICKNAMES)).map(([i, nickname]) =>
    command(`rename(${i},${nickname})`, async (m, r) => {
      const p = pick(m, i);
      if (!p) return;
      m.profiles.set(p.id, await r.store.updateProfile(p.id, { nickname }));
      expect(m.profiles.get(p.id)).toEqual({ ...p, nickname });
    }),
  ),
  fc.nat().map((i) =>
    command(`delete(${i})`, async (m, r) => {
      const p = pick(m, i);
      if (!p) return;
      await r.store.deleteProfile(p.id);
      m.profiles.delete(p.id);
      m.settings.delete(p.id);
      for (const [id, a] of m.attempts) if (a.profileId === p.id) m.attempts.delete(id);
      for (const s of SCENARIOS) m.states.delete(`${p.id}/${s}`);
    }),
  ),
  fc.tuple(fc.nat(), fc.constantFrom(...SCENARIOS), fc.integer({ min: 0, max: 90 })).map(([i, s, daysAgo]) =>
    command(`attempt(${i},${s},-${daysAgo}d)`, async (m, r) => {
      const p = pick(m, i);
      if (!p) return;
      const a = await r.store.addAttempt({
        profileId: p.id,
        transcript: transcript(s, m.clock.time - daysAgo * DAY),
      });
      m.attempts.set(a.id, a);
    }),
  ),
  fc.tuple(fc.nat(), fc.constantFrom(...SCENARIOS), fc.nat(50)).map(([i, s, step]) =>
    command(`putState(${i},${s},${step})`, async (m, r) => {
      const p = pick(m, i);
      if (!p) return;
      await r.store.putState(p.id, s, engineState(s, step));
      m.states.set(`${p.id}/${s}`, engineState(s, step));
    }),
  ),
  fc.tuple(fc.nat(), fc.constantFrom(...SCENARIOS)).map(([i, s]) =>
    command(`clearState(${i},${s})`, async (m, r) => {
      const p = pick(m, i);
      if (!p) return;
      await r.store.clearState(p.id, s);
      m.states.delete(`${p.id}/${s}`);
    }),
  ),
  fc
    .tuple(
      fc.nat(),
      fc.record({ textScale: fc.constantFrom(1, 1.25, 2), sound: fc.boolean() }, { requiredKeys: [] }),
    )
    .map(([i, patch]) =>
      command(`settings(${i},${JSON.stringify(patch)})`, async (m, r) => {
        const p = pick(m, i);
        if (!p) return;
        const next = { ...(m.settings.get(p.id) ?? DEFAULT_SETTINGS), ...patch };
        expect(await r.store.updateSettings(p.id, patch)).toEqual(next);
        m.settings.set(p.id, next);
      }),
    ),
  fc.integer({ min: 1, max: 40 }).map((days) =>
    command(`advance(${days}d)`, async (m) => {
      m.clock.advance(days * DAY);
    }),
  ),
  fc.integer({ min: 0, max: 60 }).map((days) =>
    command(`retain(${days}d)`, async (m, r) => {
      const before = m.clock.time - days * DAY;
      let expected = 0;
      for (const [id, a] of m.attempts) {
        if (a.endedAt < before) {
          m.attempts.delete(id);
          expected++;
        }
      }
      expect(await r.store.deleteAttemptsOlderThan(days)).toBe(expected);
    }),
  ),
  fc.constant(
    command('reimport', async (m, r) => {
      const result = await r.store.importBackup(await r.store.exportBackup());
      expect(result).toEqual({
        ok: true,
        added: { profiles: 0, attempts: 0, states: 0, settings: 0 },
        alreadyPresent: {
          profiles: m.profiles.size,
          attempts: m.attempts.size,
          states: m.states.size,
          settings: m.settings.size,
        },
      });
    }),
  ),
  fc.constant(
    command('export-wipe-import', async (_m, r) => {
      const text = await r.store.exportBackup();
      await r.store.deleteEverything();
      expect(await r.store.listProfiles()).toEqual([]);
      expect(await r.store.importBackup(text)).toMatchObject({ ok: true });
    }),
  ),
  fc.integer({ min: 1, max: 2000 }).map((cut) =>
    command(`import-truncated(${cut})`, async (_m, r) => {
      const text = await r.store.exportBackup();
      const result = await r.store.importBackup(text.slice(0, Math.max(0, text.length - cut)));
      expect(result.ok).toBe(false);
    }),
  ),
  fc.constant(command('check', async (m, r) => expectSame(m, r))),
];

/** Only for the run with a mirror. */
const crashCommands = [
  fc.boolean().map((wipe) =>
    command(wipe ? 'crash-and-wipe' : 'restart', async (m, r) => {
      await r.reopen!(wipe);
      await expectSame(m, r);
    }),
  ),
];

function emptyModel(clock: Clock): Model {
  return {
    clock,
    profiles: new Map(),
    attempts: new Map(),
    states: new Map(),
    settings: new Map(),
    everCreated: new Set(),
  };
}

describe('progress store against a model', () => {
  it('agrees over random sequences of commands', async () => {
    await fc.assert(
      fc.asyncProperty(fc.commands(commands, { maxCommands: 50, size: 'large' }), async (cmds) => {
        const clock = new Clock();
        const store = await openFakeStore({ now: clock.now, newId: counterIds() });
        const model = emptyModel(clock);
        const real: Real = { store };
        await fc.asyncModelRun(() => ({ model, real }), cmds);
        await expectSame(model, real);
        store.close();
      }),
      { numRuns: 60 },
    );
  });

  it('agrees when the browser deletes the database at any point and the mirror restores it', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.commands([...commands, ...crashCommands], { maxCommands: 40, size: 'large' }),
        async (cmds) => {
          const clock = new Clock();
          const newId = counterIds();
          const mirrorStorage = new MemoryMirrorStorage();
          let idb = freshIdb();
          const open = () => openFakeStore({ ...idb, mirrorStorage, now: clock.now, newId });
          const real: Real = { store: await open() };
          real.reopen = async (wipe) => {
            real.store.close();
            if (wipe) idb = freshIdb();
            real.store = await open();
          };
          const model = emptyModel(clock);
          await fc.asyncModelRun(() => ({ model, real }), cmds);
          await expectSame(model, real);
          real.store.close();
        },
      ),
      { numRuns: 40 },
    );
  });
});
