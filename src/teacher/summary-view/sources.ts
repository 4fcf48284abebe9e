/**
 * How a class's results reached the teacher, counted for the summary's
 * first lines: handed in as a file, by QR codes, played on this device,
 * played together (classroom mode), and "other" for a source a newer
 * version wrote, so nothing unknown is hidden or shown as a raw code.
 */
import type { ClassAttempt } from '../model';
import { KNOWN_SOURCES, type SummaryWords } from './words';

export function sourceCounts(
  attempts: readonly Pick<ClassAttempt, 'id' | 'source'>[],
  words: SummaryWords,
): { key: string; label: string; count: number }[] {
  const seen = new Set<string>();
  const counts = new Map<string, number>();
  for (const a of attempts) {
    if (seen.has(a.id)) continue; // counted once, as in the summary
    seen.add(a.id);
    const key = (KNOWN_SOURCES as readonly string[]).includes(a.source) ? a.source : 'other';
    counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  return [...KNOWN_SOURCES, 'other']
    .filter((k) => counts.has(k))
    .map((key) => ({ key, label: words.source(key), count: counts.get(key)! }));
}
