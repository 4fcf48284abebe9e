/**
 * The rate limit on wrong PIN guesses, as pure functions of the stored
 * count and the clock. Five guesses are free; after the fifth wrong one in a
 * row each further guess waits longer: 30 s, 1 min, 5 min, 15 min, then an
 * hour each. A right PIN clears the count. The state is stored in the
 * teacher database, so reloading the page does not reset it.
 */
export const FREE_TRIES = 5;
/** The wait after the 5th, 6th, 7th… wrong guess; the last one repeats. */
export const WAITS_MS = [30_000, 60_000, 5 * 60_000, 15 * 60_000, 60 * 60_000] as const;

export interface LockoutState {
  /** Wrong guesses in a row. */
  failures: number;
  /** No guess is checked before this time (ms since 1970). */
  lockedUntil: number;
}

/** How long to wait after this many wrong guesses in a row (0 while tries are free). */
export function waitAfter(failures: number): number {
  if (failures < FREE_TRIES) return 0;
  return WAITS_MS[Math.min(failures - FREE_TRIES, WAITS_MS.length - 1)]!;
}

/** The state after one more wrong guess at `now`. */
export function afterWrongGuess(state: LockoutState, now: number): LockoutState {
  const failures = state.failures + 1;
  const wait = waitAfter(failures);
  return { failures, lockedUntil: wait > 0 ? now + wait : 0 };
}

/**
 * Milliseconds until a guess may be checked (0: now). A wait that reaches
 * further than the longest wait for this count (the device's clock was put
 * back) is cut to that, so a wrong clock never locks the teacher out for good.
 */
export function waitLeft(state: LockoutState, now: number): number {
  const left = state.lockedUntil - now;
  if (left <= 0) return 0;
  return Math.min(left, waitAfter(state.failures));
}

/** Free guesses left before the first wait. */
export function triesBeforeWait(state: LockoutState): number {
  return Math.max(0, FREE_TRIES - state.failures);
}
