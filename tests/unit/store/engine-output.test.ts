/**
 * Real engine output through the store and back. The store's other tests use
 * hand-built transcripts, which only hold the fields their author thought
 * of; these play every shipped story at random (choices, protective actions,
 * flags with and without a named sign) and require the stored result and
 * the saved game to come back exactly as the engine made them, over every
 * backend and through a backup file.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createMemoryStore, type ProgressStore } from '../../../src/store/index.js';
import { MemoryMirrorStorage } from '../../../src/store/mirror/storage.js';
import { counterIds, openFakeStore } from './helpers.js';
import { play, playThrough, plays, stories } from './real-play.js';

const STORES: [string, () => Promise<ProgressStore>][] = [
  ['memory', async () => createMemoryStore({ newId: counterIds('a') })],
  ['IndexedDB', () => openFakeStore({ mirrorStorage: null, newId: counterIds('a') })],
  ['IndexedDB with the mirror', () => openFakeStore({ mirrorStorage: new MemoryMirrorStorage() })],
];

describe('engine output through the store', () => {
  it('ships at least one story to play', () => {
    expect(stories.length).toBeGreaterThan(0);
  });

  it('random play reaches every kind of flag record (so the checks below mean something)', () => {
    const seen = new Set<string>();
    fc.assert(
      fc.property(play, ({ story, decisions }) => {
        for (const f of playThrough(stories[story]!, decisions, 0).transcript.flags) {
          seen.add(f.sign === undefined ? 'no sign' : `signMatched ${String(f.signMatched)}`);
        }
      }),
      { numRuns: 200, seed: 7 },
    );
    expect([...seen].sort()).toEqual(['no sign', 'signMatched false', 'signMatched true']);
  });

  describe.each(STORES)('over %s', (_name, open) => {
    it('gives back every result exactly as the engine recorded it', async () => {
      await fc.assert(
        fc.asyncProperty(plays, async (list) => {
          const store = await open();
          const profile = await store.createProfile({ nickname: 'Kiwi', avatar: 'fox', ageBand: '11-14' });
          const transcripts = list.map(
            (p, i) => playThrough(stories[p.story]!, p.decisions, i * 10_000_000).transcript,
          );
          const written = await store.addAttempts(
            transcripts.map((transcript, i) => ({ profileId: profile.id, transcript, id: `r${i}` })),
          );
          expect(written.map((a) => a.transcript)).toEqual(transcripts);
          const read = await store.listAttempts({ profileId: profile.id });
          expect(read.map((a) => a.id).sort()).toEqual(transcripts.map((_, i) => `r${i}`).sort());
          for (const attempt of read) {
            expect(attempt.transcript).toStrictEqual(transcripts[Number(attempt.id.slice(1))]);
          }
          store.close();
        }),
        { numRuns: 25 },
      );
    });

    it('gives back a saved game exactly, and the engine continues it', async () => {
      await fc.assert(
        fc.asyncProperty(play, async ({ story, decisions }) => {
          const store = await open();
          const profile = await store.createProfile({ nickname: 'Kiwi', avatar: 'fox', ageBand: '11-14' });
          const s = stories[story]!;
          const state = playThrough(s, decisions, 0);
          await store.putState(profile.id, s.id, state);
          const saved = await store.getState(profile.id, s.id);
          expect(saved).toStrictEqual(state);
          const restored = s.engine(0).restore(saved);
          expect(restored.ok).toBe(true);
          expect(restored.step.state.transcript).toStrictEqual(state.transcript);
          store.close();
        }),
        { numRuns: 15 },
      );
    });
  });

  it('gives back every result exactly after a backup file is made and loaded elsewhere', async () => {
    await fc.assert(
      fc.asyncProperty(plays, async (list) => {
        const source = createMemoryStore();
        const profile = await source.createProfile({ nickname: 'Kiwi', avatar: 'fox', ageBand: '11-14' });
        const transcripts = list.map((p, i) => playThrough(stories[p.story]!, p.decisions, i).transcript);
        await source.addAttempts(
          transcripts.map((transcript, i) => ({ profileId: profile.id, transcript, id: `r${i}` })),
        );
        const target = createMemoryStore();
        const imported = await target.importBackup(await source.exportBackup());
        expect(imported.ok).toBe(true);
        for (const attempt of await target.listAttempts()) {
          expect(attempt.transcript).toStrictEqual(transcripts[Number(attempt.id.slice(1))]);
        }
      }),
      { numRuns: 15 },
    );
  });
});
