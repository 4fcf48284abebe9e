/**
 * The scenarios shipped in scenarios/, loaded through the same loader the
 * checker and the game use. Tests run against every one of them.
 */
import { readdirSync, readFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { loadScenario } from '../../../src/format/load.js';
import type { ScenarioT } from '../../../src/format/schema.js';

const root = join(import.meta.dirname, '../../../scenarios');

export function shippedScenarios(): [string, ScenarioT][] {
  const result: [string, ScenarioT][] = [];
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
    result.push([id, loaded.scenario]);
  }
  return result;
}
