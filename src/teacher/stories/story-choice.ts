/**
 * Which stories the teacher's story list shows: every story in the library,
 * narrowed by age band and topic, in a fixed order (youngest band first,
 * then topic, then id) so the list reads the same on every device. Pure, so
 * it is unit-tested.
 */
import { AGE_BANDS, TOPICS } from '../../format/taxonomy';
import type { ScenarioIndexEntry } from '../../format/scenario-index';

export interface StoryFilter {
  /** An age band id, or undefined for every band. */
  band?: string;
  /** A topic id, or undefined for every topic. */
  topic?: string;
}

const rank = (list: readonly string[], value: string | undefined): number => {
  const i = value === undefined ? -1 : list.indexOf(value);
  return i < 0 ? list.length : i;
};

const youngest = (e: ScenarioIndexEntry): number => Math.min(...e.ageBands.map((b) => rank(AGE_BANDS, b)));

export function chooseStories(
  entries: readonly ScenarioIndexEntry[],
  filter: StoryFilter,
): ScenarioIndexEntry[] {
  return entries
    .filter((e) => filter.band === undefined || e.ageBands.includes(filter.band))
    .filter((e) => filter.topic === undefined || e.topics.includes(filter.topic))
    .sort(
      (a, b) =>
        youngest(a) - youngest(b) ||
        rank(TOPICS, a.topics[0]) - rank(TOPICS, b.topics[0]) ||
        a.id.localeCompare(b.id),
    );
}

/** A filter from the page's address, ignoring values that are not real bands or topics. */
export function filterFromParams(params: Record<string, string>): StoryFilter {
  const filter: StoryFilter = {};
  if (params.band && (AGE_BANDS as readonly string[]).includes(params.band)) filter.band = params.band;
  if (params.topic && (TOPICS as readonly string[]).includes(params.topic)) filter.topic = params.topic;
  return filter;
}
