/**
 * The teacher PIN as the screens use it: whether one is set and whether this
 * tab is unlocked, setting it, guessing it under the rate limit, locking,
 * and "forgot PIN" (which resets all the teacher data — never the
 * children's progress, which lives in another database).
 *
 * Guesses are taken one at a time (a queue), so two quick submits cannot
 * both be checked before the first one's failure is counted.
 */
import { newId } from '../../store/ids.js';
import type { TeacherStore } from '../store/teacher-store.js';
import { afterWrongGuess, triesBeforeWait, waitLeft } from './lockout.js';
import { hashPin, pinMatches } from './pin-hash.js';
import { newPinProblem, type PinProblem } from './pin-rules.js';
import type { SessionMarker } from './session.js';

export type PinStatus = 'unset' | 'locked' | 'unlocked';

export type UnlockResult =
  | { ok: true }
  /** Wrong PIN: `triesLeft` free guesses before a wait, or `waitMs` until the next one. */
  | { ok: false; reason: 'wrong'; triesLeft: number; waitMs: number }
  /** Too many wrong guesses: this one was not even checked. */
  | { ok: false; reason: 'wait'; waitMs: number }
  /** There is no PIN to guess (it was reset in another tab). */
  | { ok: false; reason: 'unset' };

export interface PinServiceOptions {
  store: TeacherStore;
  session: SessionMarker;
  now?: () => number;
  /** PBKDF2 iterations for new PINs (tests use fewer; the default is PIN_ITERATIONS). */
  iterations?: number;
}

export class PinService {
  private readonly store: TeacherStore;
  private readonly session: SessionMarker;
  private readonly now: () => number;
  private readonly iterations: number | undefined;
  private queue: Promise<unknown> = Promise.resolve();

  constructor(options: PinServiceOptions) {
    this.store = options.store;
    this.session = options.session;
    this.now = options.now ?? (() => Date.now());
    this.iterations = options.iterations;
  }

  async status(): Promise<PinStatus> {
    const pin = await this.store.getPin();
    if (!pin) return 'unset';
    return this.session.get() === pin.id ? 'unlocked' : 'locked';
  }

  /** Sets the first PIN (or a new one after a reset) and unlocks this tab. Refuses when a PIN is set. */
  setPin(pin: string, again: string): Promise<{ ok: true } | { ok: false; problem: PinProblem | 'exists' }> {
    return this.serial(async () => {
      const problem = newPinProblem(pin, again);
      if (problem) return { ok: false, problem };
      // Setting over an existing PIN would be a way round it: that takes "forgot PIN".
      if (await this.store.getPin()) return { ok: false, problem: 'exists' };
      const record = await hashPin(pin, {
        now: this.now(),
        newId,
        ...(this.iterations ? { iterations: this.iterations } : {}),
      });
      await this.store.setPin(record);
      this.session.set(record.id);
      return { ok: true };
    });
  }

  /** Milliseconds until a guess will be checked (0: now), and free guesses left. */
  async lockout(): Promise<{ waitMs: number; triesLeft: number }> {
    const state = await this.store.getLockout();
    return { waitMs: waitLeft(state, this.now()), triesLeft: triesBeforeWait(state) };
  }

  unlock(pin: string): Promise<UnlockResult> {
    return this.serial(async () => {
      const record = await this.store.getPin();
      if (!record) return { ok: false, reason: 'unset' };
      const state = await this.store.getLockout();
      const wait = waitLeft(state, this.now());
      if (wait > 0) return { ok: false, reason: 'wait', waitMs: wait };
      if (await pinMatches(pin, record)) {
        if (state.failures > 0) await this.store.setLockout({ failures: 0, lockedUntil: 0 });
        this.session.set(record.id);
        return { ok: true };
      }
      const next = afterWrongGuess(state, this.now());
      await this.store.setLockout(next);
      return {
        ok: false,
        reason: 'wrong',
        triesLeft: triesBeforeWait(next),
        waitMs: waitLeft(next, this.now()),
      };
    });
  }

  /** Locks this tab: the PIN is asked again. */
  lock(): void {
    this.session.clear();
  }

  /** "Forgot PIN": deletes the PIN, classes and imported results of the teacher area. */
  forget(): Promise<void> {
    return this.serial(async () => {
      await this.store.resetAll();
      this.session.clear();
    });
  }

  private serial<T>(run: () => Promise<T>): Promise<T> {
    const next = this.queue.then(run, run);
    this.queue = next.catch(() => undefined);
    return next;
  }
}
