/** Shared test helpers: a fresh fake IndexedDB per test, a settable clock, transcripts. */
import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import type { Transcript } from '../../../src/engine/types.js';
import { openStore, type OpenOptions } from '../../../src/store/index.js';

export const DAY = 24 * 60 * 60 * 1000;

export class Clock {
  constructor(public time = Date.UTC(2026, 2, 1)) {}
  now = (): number => this.time;
  advance(ms: number): void {
    this.time += ms;
  }
}

/** Deterministic ids so failures are readable and runs repeatable. */
export function counterIds(prefix = 'id'): () => string {
  let n = 0;
  return () => `${prefix}-${String(++n).padStart(4, '0')}`;
}

export function freshIdb(): { indexedDB: IDBFactory; IDBKeyRange: typeof IDBKeyRange } {
  return { indexedDB: new IDBFactory(), IDBKeyRange };
}

export async function openFakeStore(options: OpenOptions = {}) {
  const opened = await openStore({ ...freshIdb(), requestPersistence: false, ...options });
  if (opened.mode !== 'persistent') throw new Error(`expected IndexedDB, got memory (${opened.reason})`);
  return opened.store;
}

export function transcript(
  scenarioId: string,
  startedAt: number,
  overrides: Partial<Transcript> = {},
): Transcript {
  const endedAt = startedAt + 90_000;
  return {
    scenarioId,
    scenarioVersion: 1,
    startedAt,
    endedAt,
    path: ['start', 'offer', 'end-safe'],
    choices: [{ node: 'offer', choice: 'offer.ask-adult', rating: 'safe', at: startedAt + 30_000 }],
    flags: [
      { message: 'offer.gift', sign: 'gift-bribe', correct: true, signMatched: true, at: startedAt + 20_000 },
      { message: 'start.hi', correct: false, at: startedAt + 10_000 },
    ],
    signsSpotted: [{ message: 'offer.gift', signs: ['gift-bribe'] }],
    signsMissed: [{ message: 'offer.secret', signs: ['secrecy'] }],
    falseFlags: ['start.hi'],
    protectiveActions: [{ node: 'offer', action: 'tell-adult', at: startedAt + 40_000 }],
    ending: { node: 'end-safe', kind: 'safe' },
    durationMs: endedAt - startedAt,
    ...overrides,
  };
}

/** A plausible saved engine state (the store only checks its envelope). */
export function engineState(scenarioId: string, step: number): Record<string, unknown> {
  return {
    stateVersion: 1,
    scenarioId,
    scenarioVersion: 1,
    status: 'playing',
    node: `n${step}`,
    chat: 'main',
    vars: { trust: step },
    usedChoices: [],
    rng: 12345 + step,
    history: [{ type: 'message', id: `line.${step}`, chat: 'main', from: 'alex', delayMs: 800 }],
    transcript: transcript(scenarioId, 0, { endedAt: null, durationMs: null, ending: null }),
  };
}
