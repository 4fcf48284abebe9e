/**
 * The new-story template as the studio holds a story: its files by path
 * inside the story's folder. The template itself is written once, in
 * new-scenario.ts (what `npm run scenarios:new` writes); the studio leaves out
 * its SAFEGUARDING.md checklist, which is not a file the studio edits.
 */
import { newScenarioFiles, scenarioIdProblem } from './new-scenario.js';

/** True when `id` can name a story (and its folder). */
export function isStoryId(id: string): boolean {
  return scenarioIdProblem(id) === null;
}

/** The template's files for a story called `id` (paths inside its folder). */
export function newStoryFiles(id: string): Record<string, string> {
  const inFolder = `${id}/`;
  return Object.fromEntries(
    newScenarioFiles(id)
      .filter((f) => f.path.endsWith('.yaml'))
      .map((f) => [f.path.slice(inFolder.length), f.text]),
  );
}
