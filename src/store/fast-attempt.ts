/**
 * A hand-written check for the common case of reading results back: a
 * well-formed attempt record. It exists for speed only (reading 10,000
 * results for a teacher summary spends most of its time in validation).
 * It may refuse more than the zod schema, never less: whatever it refuses
 * goes to `AttemptRecord` (records.ts), which decides and explains. A
 * property test checks that anything it accepts, zod accepts identically.
 */
import { ENDING_KINDS, PROTECTIVE_ACTIONS, SAFETY_RATINGS, WARNING_SIGNS } from '../format/taxonomy.js';
import type { Transcript } from '../engine/types.js';
import type { Attempt } from './types.js';

type Loose = Record<string, unknown>;

const SIGNS: ReadonlySet<unknown> = new Set(WARNING_SIGNS);
const RATINGS: ReadonlySet<unknown> = new Set(SAFETY_RATINGS);
const ACTIONS: ReadonlySet<unknown> = new Set(PROTECTIVE_ACTIONS);
const ENDINGS: ReadonlySet<unknown> = new Set(ENDING_KINDS);

const isObj = (v: unknown): v is Loose => typeof v === 'object' && v !== null && !Array.isArray(v);
const str = (v: unknown, max: number): v is string =>
  typeof v === 'string' && v.length >= 1 && v.length <= max;
const id = (v: unknown): v is string => str(v, 64);
const node = (v: unknown): v is string => str(v, 200);
const time = (v: unknown): v is number => typeof v === 'number' && Number.isFinite(v) && v >= 0;
const version = (v: unknown): v is number => typeof v === 'number' && Number.isSafeInteger(v) && v >= 0;

/** Maps an array with `item`, or undefined if the value is not an array or any item fails. */
function list<T>(v: unknown, item: (x: unknown) => T | undefined): T[] | undefined {
  if (!Array.isArray(v)) return undefined;
  const out: T[] = new Array(v.length);
  for (let i = 0; i < v.length; i++) {
    const r = item(v[i]);
    if (r === undefined) return undefined;
    out[i] = r;
  }
  return out;
}

const signList = (v: unknown) =>
  list(v, (s) => (SIGNS.has(s) ? (s as Transcript['flags'][number]['sign']) : undefined));

const signsOn = (x: unknown) => {
  if (!isObj(x) || !node(x.message)) return undefined;
  const signs = signList(x.signs);
  return signs ? { message: x.message, signs: signs as NonNullable<(typeof signs)[number]>[] } : undefined;
};

function transcript(t: unknown): Transcript | undefined {
  if (!isObj(t)) return undefined;
  if (!id(t.scenarioId) || !version(t.scenarioVersion) || !time(t.startedAt)) return undefined;
  if (t.endedAt !== null && !time(t.endedAt)) return undefined;
  if (t.durationMs !== null && !time(t.durationMs)) return undefined;
  const path = list(t.path, (n) => (node(n) ? n : undefined));
  const choices = list(t.choices, (c) =>
    isObj(c) && node(c.node) && node(c.choice) && RATINGS.has(c.rating) && time(c.at)
      ? {
          node: c.node,
          choice: c.choice,
          rating: c.rating as Transcript['choices'][number]['rating'],
          at: c.at,
        }
      : undefined,
  );
  const flags = list(t.flags, (f) => {
    if (!isObj(f) || !node(f.message) || typeof f.correct !== 'boolean' || !time(f.at)) return undefined;
    if (f.sign === undefined) return { message: f.message, correct: f.correct, at: f.at };
    if (!SIGNS.has(f.sign)) return undefined;
    return {
      message: f.message,
      sign: f.sign as Transcript['flags'][number]['sign'],
      correct: f.correct,
      at: f.at,
    };
  });
  const spotted = list(t.signsSpotted, signsOn);
  const missed = list(t.signsMissed, signsOn);
  const falseFlags = list(t.falseFlags, (n) => (node(n) ? n : undefined));
  const actions = list(t.protectiveActions, (a) =>
    isObj(a) && node(a.node) && ACTIONS.has(a.action) && time(a.at)
      ? { node: a.node, action: a.action as Transcript['protectiveActions'][number]['action'], at: a.at }
      : undefined,
  );
  let ending: Transcript['ending'] = null;
  if (t.ending !== null) {
    if (!isObj(t.ending) || !node(t.ending.node) || !ENDINGS.has(t.ending.kind)) return undefined;
    ending = { node: t.ending.node, kind: t.ending.kind as NonNullable<Transcript['ending']>['kind'] };
  }
  if (!path || !choices || !flags || !spotted || !missed || !falseFlags || !actions) return undefined;
  return {
    scenarioId: t.scenarioId,
    scenarioVersion: t.scenarioVersion,
    startedAt: t.startedAt,
    endedAt: t.endedAt as number | null,
    path,
    choices,
    flags,
    signsSpotted: spotted,
    signsMissed: missed,
    falseFlags,
    protectiveActions: actions,
    ending,
    durationMs: t.durationMs as number | null,
  };
}

/** A fresh, valid attempt, or undefined (then ask the zod schema). */
export function fastAttempt(a: unknown): Attempt | undefined {
  if (!isObj(a) || !id(a.id) || !id(a.profileId) || !id(a.scenarioId) || !version(a.scenarioVersion))
    return undefined;
  if (!time(a.startedAt) || !time(a.endedAt) || !time(a.durationMs)) return undefined;
  const t = transcript(a.transcript);
  if (!t || t.scenarioId !== a.scenarioId) return undefined;
  return {
    id: a.id,
    profileId: a.profileId,
    scenarioId: a.scenarioId,
    scenarioVersion: a.scenarioVersion,
    startedAt: a.startedAt,
    endedAt: a.endedAt,
    durationMs: a.durationMs,
    transcript: t,
  };
}
