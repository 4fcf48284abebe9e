/**
 * Results stored by earlier builds lost `signMatched`. Reading them must
 * give back what the engine recorded when the record tells (checked on real
 * engine output with the field removed), and `null` ("unknown") when it
 * does not, never a guessed true or false.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Transcript } from '../../../src/engine/index.js';
import { buildBackup } from '../../../src/store/backup.js';
import { createMemoryStore } from '../../../src/store/index.js';
import { MemoryBackend } from '../../../src/store/memory-backend.js';
import { Repository } from '../../../src/store/repository.js';
import { recoverSignMatched } from '../../../src/store/sign-matched-upgrade.js';
import { counterIds, transcript } from './helpers.js';
import { play, playThrough, stories } from './real-play.js';

/** What an earlier build stored: the same transcript without `signMatched`. */
function asStoredBefore(t: Transcript): Transcript {
  return { ...t, flags: t.flags.map(({ signMatched: _lost, ...flag }) => flag) };
}

describe('recovering signMatched on results stored without it', () => {
  it('gives back exactly what the engine recorded, on random play of every shipped story', () => {
    let named = 0;
    fc.assert(
      fc.property(play, ({ story, decisions }) => {
        const real = playThrough(stories[story]!, decisions, 0).transcript;
        named += real.flags.filter((f) => f.sign !== undefined).length;
        expect(recoverSignMatched(asStoredBefore(real))).toStrictEqual(real);
      }),
      { numRuns: 300 },
    );
    expect(named).toBeGreaterThan(0);
  });

  it('leaves a transcript that lost nothing as it is (the same object)', () => {
    const t = transcript('gift-card', 0, {
      flags: [
        { message: 'offer.gift', sign: 'gift-bribe', correct: true, signMatched: true, at: 1 },
        { message: 'start.hi', correct: false, at: 2 },
      ],
    });
    expect(recoverSignMatched(t)).toBe(t);
  });

  it('a wrong flag cannot have matched; a right one matched when the sign is among those spotted', () => {
    const t = transcript('gift-card', 0, {
      flags: [
        { message: 'offer.gift', sign: 'gift-bribe', correct: true, at: 1 },
        { message: 'offer.rush', sign: 'secrecy', correct: true, at: 2 },
        { message: 'start.hi', sign: 'flattery', correct: false, at: 3 },
        { message: 'start.bye', correct: false, at: 4 },
      ],
      signsSpotted: [
        { message: 'offer.gift', signs: ['gift-bribe', 'flattery'] },
        { message: 'offer.rush', signs: ['pressure'] },
      ],
    });
    expect(recoverSignMatched(t).flags.map((f) => f.signMatched)).toEqual([true, false, false, undefined]);
    expect(recoverSignMatched(t).flags[3]).not.toHaveProperty('signMatched');
  });

  it('a right flag whose spotted signs were not kept is unknown (null), not a guess', () => {
    const t = transcript('gift-card', 0, {
      flags: [{ message: 'offer.gift', sign: 'gift-bribe', correct: true, at: 1 }],
      signsSpotted: [],
    });
    expect(recoverSignMatched(t).flags[0]!.signMatched).toBeNull();
  });

  it('an old result read back from storage comes with the value recovered, and no problem reported', async () => {
    const backend = new MemoryBackend();
    const repository = new Repository(backend, { now: () => 0, newId: counterIds() });
    const problems: unknown[] = [];
    repository.onProblem((p) => problems.push(p));
    const t = transcript('gift-card', 0);
    const old = asStoredBefore(t);
    // Exactly what an earlier build wrote, put straight into storage.
    const record = { id: 'a1', profileId: 'p1', scenarioId: 'gift-card', scenarioVersion: 1 };
    const times = { startedAt: 0, endedAt: 90_000, durationMs: 90_000 };
    await backend.write([
      { kind: 'put', table: 'attempts', value: { ...record, ...times, transcript: old } },
    ]);
    const [read] = await repository.listAttempts();
    expect(read!.transcript).toStrictEqual(t);
    expect(problems).toEqual([]);
  });

  it('a backup file made by an earlier build loads with the value recovered', async () => {
    const t = transcript('gift-card', 0);
    const profile = { id: 'p1', nickname: 'Kiwi', avatar: 'fox', ageBand: '11-14', createdAt: 0 } as const;
    const times = { startedAt: 0, endedAt: 90_000, durationMs: 90_000 };
    const old = { id: 'a1', profileId: 'p1', scenarioId: 'gift-card', scenarioVersion: 1, ...times };
    const text = await buildBackup(
      {
        profiles: [profile],
        attempts: [{ ...old, transcript: asStoredBefore(t) }],
        states: [],
        settings: [],
      },
      1,
    );
    const store = createMemoryStore();
    expect((await store.importBackup(text)).ok).toBe(true);
    expect((await store.listAttempts())[0]!.transcript).toStrictEqual(t);
  });
});
