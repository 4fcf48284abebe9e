/**
 * A tiny seeded generator (mulberry32). Its whole state is one 32-bit number
 * kept in EngineState, so a saved game continues with the same "random"
 * typing delays after it is restored.
 */
export function nextRandom(seed: number): { value: number; seed: number } {
  const next = (seed + 0x6d2b79f5) >>> 0;
  let t = next;
  t = Math.imul(t ^ (t >>> 15), t | 1);
  t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
  const value = ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  return { value, seed: next };
}

/** Turns an injected random() in [0, 1) into a 32-bit seed. */
export function seedFrom(random: () => number): number {
  const r = random();
  const safe = Number.isFinite(r) ? Math.abs(r) % 1 : 0;
  return Math.floor(safe * 4294967296) >>> 0;
}
