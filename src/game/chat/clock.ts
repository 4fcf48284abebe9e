/**
 * The fictional clock shown on messages. It starts at 18:02 and moves one
 * minute every two lines, computed from the line's position so a resumed
 * game shows the same times.
 */
export const CLOCK_START_MINUTES = 18 * 60 + 2;

export function clockAt(index: number, start = CLOCK_START_MINUTES): string {
  const total = (start + Math.floor(index / 2)) % (24 * 60);
  const hh = String(Math.floor(total / 60)).padStart(2, '0');
  const mm = String(total % 60).padStart(2, '0');
  return `${hh}:${mm}`;
}
