/** What the hub shows about the stories, worked out from the index and the player's results. */
import type { ScenarioIndexEntry } from '../services/scenario-index';

/** A story is new, in progress (a saved game), or done with some endings found. */
export type StoryStatus = { kind: 'new' } | { kind: 'progress' } | { kind: 'done'; found: number };

interface FinishedAttempt {
  scenarioId: string;
  transcript: { ending: { node: string } | null };
}

/** The different endings each story was finished with. */
export function endingsFoundByStory(attempts: readonly FinishedAttempt[]): Map<string, Set<string>> {
  const found = new Map<string, Set<string>>();
  for (const a of attempts) {
    const node = a.transcript.ending?.node;
    if (!node) continue;
    let set = found.get(a.scenarioId);
    if (!set) found.set(a.scenarioId, (set = new Set()));
    set.add(node);
  }
  return found;
}

/** A saved game counts as "in progress" even if the story was finished before. */
export function storyStatus(saved: boolean, endingsFound: number): StoryStatus {
  if (saved) return { kind: 'progress' };
  return endingsFound > 0 ? { kind: 'done', found: endingsFound } : { kind: 'new' };
}

/**
 * The stories for one age band, grouped under each story's first topic, in
 * the order the topics first appear in the index.
 */
export function storiesByTopic(
  entries: readonly ScenarioIndexEntry[],
  ageBand: string,
): { topic: string; stories: ScenarioIndexEntry[] }[] {
  const groups = new Map<string, ScenarioIndexEntry[]>();
  for (const entry of entries) {
    const topic = entry.topics[0];
    if (topic === undefined || !entry.ageBands.includes(ageBand)) continue;
    if (!groups.has(topic)) groups.set(topic, []);
    groups.get(topic)!.push(entry);
  }
  return [...groups].map(([topic, stories]) => ({ topic, stories }));
}
