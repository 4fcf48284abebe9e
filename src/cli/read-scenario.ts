/**
 * The only place that reads scenario folders from disk, for the CLI and for
 * the game's build (src/vite/scenarios.ts) alike, so the checker sees exactly
 * the files the build packs: the format code is pure and receives file
 * contents. Paths in findings are the paths given here, so authors can click
 * them in a terminal.
 *
 * Files are read as bytes and handed over with their text, so the checker
 * can tell a file saved in another encoding than UTF-8 (one clear error)
 * from one whose lines changed. Files named `.yml` (or `.YAML`…) are read
 * too, so the checker can say to rename them rather than leave them out.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { ScenarioSource, SourceFile } from '../format/load.js';

/** Any spelling of a YAML file's extension; the checker refuses all but `.yaml`. */
const YAML_NAME = /\.ya?ml$/i;

function read(path: string, base: string): SourceFile {
  const bytes = readFileSync(resolve(base, path));
  return { path, text: bytes.toString('utf8'), bytes };
}

/** The logic file's name in a folder: `scenario.yaml`, or a misnamed one for the checker to refuse. */
function logicFile(folder: string, base: string): string | undefined {
  const abs = resolve(base, folder);
  if (existsSync(join(abs, 'scenario.yaml'))) return 'scenario.yaml';
  if (!existsSync(abs) || !statSync(abs).isDirectory()) return undefined;
  return readdirSync(abs)
    .sort()
    .find((name) => YAML_NAME.test(name) && name.replace(YAML_NAME, '').toLowerCase() === 'scenario');
}

/**
 * The files of one scenario folder, or undefined when it has no logic file.
 * `folder` is also how paths are written in findings; `base` is where it is
 * read from (default: the current folder).
 */
export function readScenarioSource(folder: string, base = '.'): ScenarioSource | undefined {
  const logic = logicFile(folder, base);
  if (logic === undefined) return undefined;
  const textDir = join(folder, 'text');
  const texts = existsSync(resolve(base, textDir))
    ? readdirSync(resolve(base, textDir))
        .filter((name) => YAML_NAME.test(name))
        .sort()
        .map((name) => read(join(textDir, name), base))
    : [];
  return { folder, scenario: read(join(folder, logic), base), texts };
}

/** Scenario folders (those with a logic file) directly under `root`, sorted. */
export function scenarioFolders(root: string, base = '.'): string[] {
  if (!existsSync(resolve(base, root))) return [];
  return readdirSync(resolve(base, root))
    .sort()
    .map((name) => join(root, name))
    .filter((folder) => logicFile(folder, base) !== undefined);
}

/** One folder of scenario folders or several (the test-only build adds tests/fixtures/languages/). */
export type ScenarioDirs = string | readonly string[];

/** The scenario folders directly under each of `dirs`, in order. */
export function scenarioFoldersOf(dirs: ScenarioDirs, base = '.'): string[] {
  return (typeof dirs === 'string' ? [dirs] : dirs).flatMap((dir) => scenarioFolders(dir, base));
}
