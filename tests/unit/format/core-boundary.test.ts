/**
 * The core boundary is an allow-list enforced by the lint: these run the
 * project's real ESLint config on small samples placed (in memory) inside
 * src/engine and src/format and check which ones it reports.
 */
import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';

const eslint = new ESLint({ cwd: process.cwd() });

/** The rule ids reported for `code` as if it lived at `filePath`. */
async function reported(filePath: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(`${code}\nexport {};\n`, { filePath });
  return (result?.messages ?? []).map((m) => m.ruleId ?? m.message);
}

const BOUNDARY_RULES = [
  'core/imports',
  'no-restricted-globals',
  'no-restricted-properties',
  'no-restricted-syntax',
];
const boundary = (ids: string[]) => ids.filter((id) => BOUNDARY_RULES.includes(id));

describe('the core boundary', () => {
  it.each([
    ['src/engine/sample.ts', "import { z } from 'zod';"],
    ['src/engine/sample.ts', "import { parse } from 'yaml';"],
    ['src/engine/sample.ts', "import { PLAYER } from '../format/taxonomy.js';"],
    ['src/engine/sample.ts', "import { nextRandom } from './random.js';"],
    ['src/engine/deep/sample.ts', "export { createEngine } from '../engine.js';"],
    ['src/format/sample.ts', "import type { StoryT } from './pack/schema.js';"],
    ['src/format/check/sample.ts', "import { PLAYER } from '../taxonomy.js';"],
    ['src/format/sample.ts', 'const rules = new Intl.PluralRules("en");'],
  ])('allows %s: %s', async (file, code) => {
    expect(boundary(await reported(file, code))).toEqual([]);
  });

  it.each([
    ['src/engine/sample.ts', "import { Howl } from 'howler';", 'core/imports'],
    ['src/engine/sample.ts', "import type { Plugin } from 'vite';", 'core/imports'],
    ['src/engine/sample.ts', "import i18next from 'i18next';", 'core/imports'],
    ['src/engine/sample.ts', "import { readFileSync } from 'node:fs';", 'core/imports'],
    ['src/engine/sample.ts', "import { readFileSync } from 'fs';", 'core/imports'],
    ['src/engine/sample.ts', "import 'zod-extra';", 'core/imports'],
    ['src/engine/sample.ts', "import { sound } from '../audio/index.js';", 'core/imports'],
    ['src/engine/sample.ts', "import { boot } from '../boot.js';", 'core/imports'],
    ['src/engine/sample.ts', "import type { Settings } from '../store/index.js';", 'core/imports'],
    ['src/engine/sample.ts', "export * from '../game/app.js';", 'core/imports'],
    ['src/engine/sample.ts', "const m = await import('../vite/scenarios.js');", 'core/imports'],
    ['src/engine/sample.ts', 'const name = "x"; const m = await import(name);', 'core/imports'],
    ['src/engine/sample.ts', "type P = import('phaser').Game;", 'core/imports'],
    ['src/format/sample.ts', "import { createEngine } from '../engine/index.js';", 'core/imports'],
    ['src/format/check/sample.ts', "import type { Engine } from '../../engine/engine.js';", 'core/imports'],
    ['src/format/sample.ts', "import { x } from '/abs/path.js';", 'core/imports'],
    ['src/engine/sample.ts', 'const t = Date.now();', 'no-restricted-globals'],
    ['src/engine/sample.ts', 'const t = globalThis.Date.now();', 'no-restricted-globals'],
    ['src/format/sample.ts', 'const f = new Intl.DateTimeFormat("en");', 'no-restricted-properties'],
    ['src/format/sample.ts', 'const r = Math.random();', 'no-restricted-properties'],
    ['src/format/sample.ts', 'const env = import.meta.env;', 'no-restricted-syntax'],
  ])('reports %s: %s', async (file, code, rule) => {
    expect(boundary(await reported(file, code))).toContain(rule);
  });

  it('does not apply outside the core', async () => {
    expect(boundary(await reported('src/game/sample.ts', "import { Howl } from 'howler';"))).toEqual([]);
  });
});
