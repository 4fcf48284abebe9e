/**
 * A chat session on a real shipped story, an in-memory progress store and a
 * fake clock: typing pauses are timers the test fires, never real waits.
 */
import { createEngine, type Engine } from '../../../../src/engine/index';
import type { EngineEvent, EngineState } from '../../../../src/engine/types';
import { ChatSession, type SessionProgress } from '../../../../src/game/chat/session/chat-session';
import type { Timers } from '../../../../src/game/chat/session/timers';
import { createMemoryStore, type MessageSpeed } from '../../../../src/store/index';
import { shippedScenarios } from '../../engine/shipped';

export const STORY = 'first-tournament';
const story = shippedScenarios().find(([id]) => id === STORY)?.[1];
if (!story) throw new Error(`${STORY} is not in scenarios/`);
export const STORY_DATA = story;

/** Timers that fire only when the test says so; remembers every wait asked for. */
export class FakeTimers implements Timers {
  now = 0;
  readonly asked: number[] = [];
  private queue: { id: number; at: number; fn: () => void }[] = [];
  private nextId = 1;

  set(fn: () => void, ms: number): number {
    const id = this.nextId++;
    this.asked.push(ms);
    this.queue.push({ id, at: this.now + ms, fn });
    return id;
  }

  clear(handle: unknown): void {
    this.queue = this.queue.filter((t) => t.id !== handle);
  }

  get pending(): number {
    return this.queue.length;
  }

  /** Moves the clock to the next timer and fires it; false when none is waiting. */
  fireNext(): boolean {
    this.queue.sort((a, b) => a.at - b.at);
    const next = this.queue.shift();
    if (!next) return false;
    this.now = next.at;
    next.fn();
    return true;
  }
}

/** Lets pending promise work (the store's, the session's) run. */
export async function flush(): Promise<void> {
  for (let i = 0; i < 3; i++) await new Promise((resolve) => setImmediate(resolve));
}

/** A store that remembers every state it was asked to save. */
export function recordingStore() {
  const store = createMemoryStore();
  const saves: unknown[] = [];
  const progress: SessionProgress = {
    getState: (p, s) => store.getState(p, s),
    putState: (p, s, state) => {
      saves.push(structuredClone(state));
      return store.putState(p, s, state);
    },
    clearState: (p, s) => store.clearState(p, s),
    addAttempt: (input) => store.addAttempt(input),
  };
  return { store, progress, saves };
}

/** An engine whose every batch of events the test can read back. */
export function watchedEngine(seed = 7): { engine: Engine; batches: EngineEvent[][] } {
  let t = Date.UTC(2026, 2, 1);
  let r = seed;
  const engine = createEngine(STORY_DATA, {
    now: () => (t += 1000),
    random: () => (r = (r * 9301 + 49297) % 233280) / 233280,
  });
  const batches: EngineEvent[][] = [];
  const keep = <T extends { events: EngineEvent[] }>(step: T): T => {
    batches.push(step.events);
    return step;
  };
  return {
    batches,
    engine: {
      start: () => keep(engine.start()),
      advance: (state: EngineState, input) => keep(engine.advance(state, input)),
      restore: (saved) => engine.restore(saved),
      replay: (state) => engine.replay(state),
    },
  };
}

export interface Harness {
  session: ChatSession;
  timers: FakeTimers;
  batches: EngineEvent[][];
  warnings: unknown[];
}

export function makeSession(
  progress: SessionProgress,
  profileId: string,
  speed: MessageSpeed = 'normal',
): Harness {
  const timers = new FakeTimers();
  const { engine, batches } = watchedEngine();
  const warnings: unknown[] = [];
  const session = new ChatSession({
    engine,
    story: STORY_DATA,
    progress,
    profileId,
    messageSpeed: () => speed,
    timers,
    warn: (message, error) => warnings.push([message, error]),
  });
  return { session, timers, batches, warnings };
}

/** Fires typing timers until the session shows choices or an ending and waits for the player. */
export async function untilIdle({ session, timers }: Harness): Promise<void> {
  for (let guard = 0; guard < 10_000; guard++) {
    await flush();
    if (!session.state.busy) return;
    if (!timers.fireNext()) await new Promise((resolve) => setTimeout(resolve, 1));
  }
  throw new Error('the session never came to rest');
}

/** Gives an input, then lets the messages it brings arrive. */
export async function act(h: Harness, input: () => Promise<unknown>): Promise<void> {
  const done = input();
  await untilIdle(h);
  await done;
}
