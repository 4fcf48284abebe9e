/** Shipped stories as the studio holds them, read from the repository for the studio's tests. */
import { readFileSync } from 'node:fs';
import { scenarioSources } from '../../../src/vite/scenario-sources';
import { readShippedSource } from '../../../src/studio/model/shipped';
import type { StoryFiles } from '../../../src/studio/model/story-files';

export function shipped(id: string): StoryFiles {
  const json = scenarioSources('.').get(id);
  if (!json) throw new Error(`no shipped story ${id}`);
  const story = readShippedSource(JSON.parse(json));
  if (!story) throw new Error(`shipped story ${id} could not be read`);
  return story;
}

export const fileText = (path: string): string => readFileSync(path, 'utf8');
