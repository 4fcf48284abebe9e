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

/**
 * Findings as the command line prints them (file, place, severity, code,
 * message): what these tests assert. The words behind each message
 * (`variant`, `params`) have their own test (finding-words.test.ts).
 */
export function printed<T extends { variant?: unknown; params?: unknown }>(
  findings: readonly T[],
): Omit<T, 'variant' | 'params'>[] {
  return findings.map(({ variant: _variant, params: _params, ...rest }) => rest);
}
