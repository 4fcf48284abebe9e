/**
 * Generated inputs for the teacher area's property tests: transcripts that
 * follow the transcript contract to its edges (any id text the schema
 * allows, optional fields present or not, unfinished plays), nicknames the
 * store would accept, and results from real random play of every shipped
 * story (tests/unit/store/real-play.ts).
 */
import fc from 'fast-check';
import type { Transcript } from '../../../src/engine/types.js';
import {
  AGE_BANDS,
  ENDING_KINDS,
  PROTECTIVE_ACTIONS,
  SAFETY_RATINGS,
  WARNING_SIGNS,
} from '../../../src/format/taxonomy.js';
import type { HandInAttemptInput, HandInInput } from '../../../src/teacher/handin/index.js';
import { nicknameProblem } from '../../../src/store/nickname.js';
import { decision, playThrough, stories } from '../store/real-play.js';

const id = fc.string({ minLength: 1, maxLength: 40, unit: 'grapheme' });
const time = fc.integer({ min: 0, max: 4_102_444_800_000 });
const sign = fc.constantFrom(...WARNING_SIGNS);

export const transcript: fc.Arbitrary<Transcript> = fc
  .record({
    scenarioId: fc.string({ minLength: 1, maxLength: 64 }),
    scenarioVersion: fc.nat({ max: 1000 }),
    startedAt: time,
    endedAt: fc.option(time, { nil: null }),
    path: fc.array(id, { maxLength: 12 }),
    choices: fc.array(
      fc.record({ node: id, choice: id, rating: fc.constantFrom(...SAFETY_RATINGS), at: time }),
      { maxLength: 8 },
    ),
    flags: fc.array(
      fc.record(
        {
          message: id,
          sign,
          correct: fc.boolean(),
          signMatched: fc.option(fc.boolean(), { nil: null }),
          at: time,
        },
        { requiredKeys: ['message', 'correct', 'at'] },
      ),
      { maxLength: 5 },
    ),
    signsSpotted: fc.array(fc.record({ message: id, signs: fc.array(sign, { maxLength: 3 }) }), {
      maxLength: 4,
    }),
    signsMissed: fc.array(fc.record({ message: id, signs: fc.array(sign, { maxLength: 3 }) }), {
      maxLength: 4,
    }),
    falseFlags: fc.array(id, { maxLength: 3 }),
    protectiveActions: fc.array(
      fc.record(
        { node: id, action: fc.constantFrom(...PROTECTIVE_ACTIONS), at: time, choice: id },
        { requiredKeys: ['node', 'action', 'at'] },
      ),
      { maxLength: 3 },
    ),
    ending: fc.option(fc.record({ node: id, kind: fc.constantFrom(...ENDING_KINDS) }), { nil: null }),
    durationMs: fc.option(time, { nil: null }),
  })
  .map((t) => t as Transcript);

const nicknameChars = "abcdefghijklmnopqrstuvwxyzÁÉÍÓÚáéíóúñÑçÇãõ ._-'0123".split('');
export const nickname = fc
  .array(fc.constantFrom(...nicknameChars), { minLength: 1, maxLength: 20 })
  .map((cs) => cs.join(''))
  .filter((n) => nicknameProblem(n) === undefined);

export const classCode = fc.stringMatching(/^[A-Za-z0-9][A-Za-z0-9-]{0,15}$/);

export function attemptOf(t: Transcript, attemptId: string): HandInAttemptInput {
  const endedAt = t.endedAt ?? t.startedAt + 60_000;
  return {
    id: attemptId,
    scenarioId: t.scenarioId,
    scenarioVersion: t.scenarioVersion,
    startedAt: t.startedAt,
    endedAt,
    durationMs: t.durationMs ?? Math.max(0, endedAt - t.startedAt),
    transcript: t,
  };
}

export const handInInput: fc.Arbitrary<HandInInput> = fc.record({
  classCode,
  childKey: fc.uuid(),
  nickname,
  ageBand: fc.constantFrom(...AGE_BANDS),
  attempts: fc
    .uniqueArray(fc.tuple(fc.uuid(), transcript), { maxLength: 6, selector: ([u]) => u })
    .map((list) => list.map(([u, t]) => attemptOf(t, u))),
});

/** A result of real play: a shipped story played at random, as the store would keep it. */
export const realAttempt = fc
  .record({
    story: fc.nat({ max: stories.length - 1 }),
    decisions: fc.array(decision, { maxLength: 200 }),
    clock: fc.integer({ min: 1_700_000_000_000, max: 1_900_000_000_000 }),
    id: fc.uuid(),
  })
  .map(({ story, decisions, clock, id: attemptId }) =>
    attemptOf(playThrough(stories[story]!, decisions, clock).transcript, attemptId),
  );

export const realHandIn: fc.Arbitrary<HandInInput> = fc.record({
  classCode,
  childKey: fc.uuid(),
  nickname,
  ageBand: fc.constantFrom(...AGE_BANDS),
  attempts: fc.uniqueArray(realAttempt, { maxLength: 5, selector: (a) => a.id }),
});
