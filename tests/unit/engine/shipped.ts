/**
 * The scenarios shipped in scenarios/, loaded through the same loader the
 * checker uses and compiled as the game's packs are. Tests run against every one of them.
 */
import { readdirSync, readFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { loadScenario } from '../../../src/format/load.js';
import { compileStory } from '../../../src/format/pack/compile.js';
import type { StoryT } from '../../../src/format/pack/schema.js';

const root = join(import.meta.dirname, '../../../scenarios');

/** Each shipped scenario's id and compiled story, as the game would play it. */
export function shippedScenarios(): [string, StoryT][] {
  const result: [string, StoryT][] = [];
  for (const id of readdirSync(root)) {
    const folder = join(root, id);
    const file = join(folder, 'scenario.yaml');
    if (!existsSync(file)) continue;
    const textDir = join(folder, 'text');
    const texts = existsSync(textDir)
      ? readdirSync(textDir)
          .filter((f) => f.endsWith('.yaml'))
          .map((f) => ({ path: join(textDir, f), text: readFileSync(join(textDir, f), 'utf8') }))
      : [];
    const { loaded, findings } = loadScenario({
      folder,
      scenario: { path: file, text: readFileSync(file, 'utf8') },
      texts,
    });
    if (!loaded) throw new Error(`${id} does not load: ${findings.map((f) => f.message).join('; ')}`);
    result.push([id, compileStory(loaded.scenario, loaded.texts)]);
  }
  return result;
}
