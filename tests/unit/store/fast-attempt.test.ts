/**
 * The fast attempt check is an optimisation only: whatever it accepts, the
 * zod schema must accept with the same result. Checked on valid records and
 * on records with random damage anywhere in them.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { fastAttempt } from '../../../src/store/fast-attempt.js';
import { AttemptRecord } from '../../../src/store/records.js';
import { transcript } from './helpers.js';

const WEIRD = [
  undefined,
  null,
  -1,
  0,
  1.5,
  NaN,
  Infinity,
  2 ** 60,
  '',
  'x'.repeat(65),
  'x'.repeat(201),
  'safe',
  'secrecy',
  'helped',
  'bogus',
  true,
  [],
  {},
  [1],
  ['secrecy'],
];

function valid(i: number) {
  const t = transcript(i % 2 ? 'gift-card' : 'job-offer', 1000 * i);
  return {
    id: `a${i}`,
    profileId: 'p1',
    scenarioId: t.scenarioId,
    scenarioVersion: 1,
    startedAt: t.startedAt,
    endedAt: t.endedAt!,
    durationMs: 90_000,
    transcript: t,
  };
}

/** Every path to a value inside a JSON-like object. */
function paths(value: unknown, prefix: (string | number)[] = []): (string | number)[][] {
  if (value === null || typeof value !== 'object') return [prefix];
  const keys: (string | number)[] = Array.isArray(value) ? value.map((_, i) => i) : Object.keys(value);
  return [
    prefix,
    ...keys.flatMap((k) => paths((value as Record<string | number, unknown>)[k], [...prefix, k])),
  ];
}

/** A copy of `root` with the value at `path` replaced (or its key deleted); unchanged if the path is gone. */
function setAt(root: unknown, path: (string | number)[], v: unknown, remove: boolean): unknown {
  if (path.length === 0) return v;
  const copy = structuredClone(root) as Record<string | number, unknown>;
  let target: unknown = copy;
  for (const key of path.slice(0, -1)) {
    if (target === null || typeof target !== 'object') return root;
    target = (target as Record<string | number, unknown>)[key];
  }
  if (target === null || typeof target !== 'object') return root;
  const last = path[path.length - 1]!;
  if (remove) delete (target as Record<string | number, unknown>)[last];
  else (target as Record<string | number, unknown>)[last] = v;
  return copy;
}

describe('fast attempt check', () => {
  it('accepts well-formed records exactly as zod does', () => {
    for (let i = 0; i < 20; i++) {
      const record = valid(i);
      expect(fastAttempt(record)).toEqual(AttemptRecord.parse(record));
    }
  });

  it('never accepts what zod refuses, nor returns anything different', () => {
    const base = valid(3);
    const allPaths = paths(base);
    fc.assert(
      fc.property(
        fc.array(fc.tuple(fc.constantFrom(...allPaths), fc.constantFrom(...WEIRD), fc.boolean()), {
          minLength: 1,
          maxLength: 3,
        }),
        (damage) => {
          let record: unknown = base;
          for (const [path, v, remove] of damage) record = setAt(record, path, v, remove);
          const fast = fastAttempt(record);
          if (fast === undefined) return;
          const zod = AttemptRecord.safeParse(record);
          expect(zod.success).toBe(true);
          expect(fast).toEqual(zod.data);
        },
      ),
      { numRuns: 3000 },
    );
  });
});
