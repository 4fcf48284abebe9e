/** Small pure pieces of the hand-in screen, tested in Node. */

/** `escudo-hand-in-KP7M3X-2026-12-01.json`: the class and the date; the nickname is inside, not in the name. */
export function handInFileName(classCode: string, now: number): string {
  return `escudo-hand-in-${classCode}-${new Date(now).toISOString().slice(0, 10)}.json`;
}

/** How long each QR code stays before the next one: slow enough for a camera to lock on. */
export const QR_STEP_MS = 3000;

/** The next (or, with -1, previous) code of a sequence, round and round. */
export function stepIndex(index: number, total: number, by: 1 | -1): number {
  if (total <= 0) return 0;
  return (((index + by) % total) + total) % total;
}
