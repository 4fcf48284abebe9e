/**
 * Pack files for the packs browser test, made the way an NGO makes them:
 * the new-story template, checked and compiled (npm run scenarios:pack does
 * the same), then written to the test's output folder.
 */
import { writeFileSync } from 'node:fs';
import { loadScenario, type ScenarioSource } from '../../../src/format/load';
import { buildPack } from '../../../src/format/pack/compile';
import type { PackT } from '../../../src/format/pack/schema';
import { newScenarioFiles } from '../../../src/format/template/new-scenario';

/** A checked pack of the template story under another id, with its titles changed by `edit`. */
export function templatePack(id: string, titles?: Record<string, string>): PackT {
  const files = newScenarioFiles(id);
  const source: ScenarioSource = {
    folder: id,
    scenario: files.find((f) => f.path.endsWith('scenario.yaml'))!,
    texts: files.filter((f) => f.path.includes('/text/')),
  };
  const { loaded, findings } = loadScenario(source);
  if (!loaded) throw new Error(`the template does not load: ${JSON.stringify(findings)}`);
  const pack = buildPack(loaded);
  for (const [lang, title] of Object.entries(titles ?? {})) {
    const entry = pack.texts[lang]!['meta.title']!;
    pack.texts[lang]!['meta.title'] =
      typeof entry === 'object' && 'text' in entry ? { ...entry, text: title } : title;
  }
  return pack;
}

export function writePack(path: string, value: unknown): string {
  writeFileSync(path, typeof value === 'string' ? value : JSON.stringify(value));
  return path;
}
