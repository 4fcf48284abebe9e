/**
 * The only place that reads scenario folders from disk: the format code is
 * pure and receives file contents. Paths in findings are the paths given here,
 * so authors can click them in a terminal.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import type { ScenarioSource, SourceFile } from '../format/load.js';

function read(path: string): SourceFile {
  return { path, text: readFileSync(path, 'utf8') };
}

/** The files of one scenario folder, or undefined when it has no scenario.yaml. */
export function readScenarioSource(folder: string): ScenarioSource | undefined {
  const logic = join(folder, 'scenario.yaml');
  if (!existsSync(logic)) return undefined;
  const textDir = join(folder, 'text');
  const texts = existsSync(textDir)
    ? readdirSync(textDir)
        .filter((name) => /\.ya?ml$/i.test(name))
        .sort()
        .map((name) => read(join(textDir, name)))
    : [];
  return { folder, scenario: read(logic), texts };
}

/** Scenario folders (those with a scenario.yaml) directly under `root`, sorted. */
export function scenarioFolders(root: string): string[] {
  if (!existsSync(root)) return [];
  return readdirSync(root)
    .filter(
      (name) => statSync(join(root, name)).isDirectory() && existsSync(join(root, name, 'scenario.yaml')),
    )
    .sort()
    .map((name) => join(root, name));
}
