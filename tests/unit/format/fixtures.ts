/** Reading checker fixtures from tests/fixtures for the format tests. */
import { join } from 'node:path';
import { readScenarioSource } from '../../../src/cli/read-scenario.js';
import type { ScenarioSource } from '../../../src/format/load.js';

export const FIXTURES = join('tests', 'fixtures');

export function fixture(kind: 'valid' | 'broken', name: string): ScenarioSource {
  const source = readScenarioSource(join(FIXTURES, kind, name));
  if (!source) throw new Error(`fixture ${kind}/${name} has no scenario.yaml`);
  return source;
}

/** A one-file-in-memory scenario source, for tests that build YAML inline. */
export function inline(
  scenario: string,
  texts: Record<string, string> = {},
  folder = 'inline',
): ScenarioSource {
  return {
    folder,
    scenario: { path: `${folder}/scenario.yaml`, text: scenario },
    texts: Object.entries(texts).map(([lang, text]) => ({ path: `${folder}/text/${lang}.yaml`, text })),
  };
}
