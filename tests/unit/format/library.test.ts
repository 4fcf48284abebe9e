/**
 * Checks across a library of scenario folders, and the files a folder is
 * read from: two folders with one id, and YAML files named otherwise than
 * `.yaml`, which the build must never leave out silently.
 */
import { cpSync, mkdtempSync, renameSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { readScenarioSource, scenarioFolders } from '../../../src/cli/read-scenario.js';
import { checkScenarios } from '../../../src/format/check/index.js';
import { FIXTURES, fixture, inline, printed } from './fixtures.js';

const LIBRARY = join(FIXTURES, 'library');

describe('two scenario folders with the same id', () => {
  it('is an error on both, each naming the other folder, instead of a folder-name mismatch', () => {
    const folders = scenarioFolders(LIBRARY);
    const results = checkScenarios(folders.map((f) => readScenarioSource(f)!));
    const copy = join(LIBRARY, 'first-story-copy');
    const original = join(LIBRARY, 'first-story');
    expect(results.map(printed)).toEqual([
      [
        {
          file: join(original, 'scenario.yaml'),
          line: 3,
          column: 5,
          severity: 'error',
          code: 'duplicate-id',
          message: `id: "first-story" is also the id of ${copy}; two scenarios cannot share an id (saved games and teacher data find a story by it); change the id in that folder, and name each folder after its new id`,
        },
      ],
      [
        {
          file: join(copy, 'scenario.yaml'),
          line: 3,
          column: 5,
          severity: 'error',
          code: 'duplicate-id',
          message: `id: "first-story" is also the id of ${original}; two scenarios cannot share an id (saved games and teacher data find a story by it); this folder is called "first-story-copy", so write id: "first-story-copy" here`,
        },
      ],
    ]);
  });

  it('leaves a folder-name mismatch alone when no other folder has the id', () => {
    const [findings] = checkScenarios([fixture('broken', 'id-mismatch')]);
    expect(findings!.map((f) => f.code)).toEqual(['id-mismatch']);
  });
});

describe('a logic file named scenario.yml', () => {
  const dir = mkdtempSync(join(tmpdir(), 'escudo-yml-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('is read, so the checker can say to rename it, rather than the folder being skipped', () => {
    const folder = join(dir, 'valid');
    cpSync(join(FIXTURES, 'valid', 'valid'), folder, { recursive: true });
    renameSync(join(folder, 'scenario.yaml'), join(folder, 'scenario.yml'));
    expect(scenarioFolders(dir)).toEqual([folder]);
    const [findings] = checkScenarios([readScenarioSource(folder)!]);
    expect(printed(findings!)).toEqual([
      {
        file: join(folder, 'scenario.yml'),
        line: 1,
        column: 1,
        severity: 'error',
        code: 'file-extension',
        message:
          'the game reads only files named like "scenario.yaml"; rename "scenario.yml" to "scenario.yaml"',
      },
    ]);
  });
});

describe('a table value YAML reads as a number or true/false', () => {
  const scenario = fixture('valid', 'valid').scenario.text;
  const es = fixture('valid', 'valid').texts.find((t) => t.path.endsWith('es.yaml'))!.text;
  const en = fixture('valid', 'valid').texts.find((t) => t.path.endsWith('en.yaml'))!.text;
  const messages = (texts: Record<string, string>) =>
    checkScenarios([inline(scenario, texts, 'valid')])[0]!.map((f) => `${f.code}: ${f.message}`);

  it('says to put a fingerprint in quotes, quoting what the author wrote', () => {
    expect(messages({ en, es: es.replace("source: '10121398'", 'source: 1e5') })).toEqual([
      'not-in-quotes: line "title": the fingerprint 1e5 is not in quotes, so YAML reads it as the number 100000 instead of text; put it in quotes: source: "1e5"',
    ]);
  });

  it('says the same for a line of text', () => {
    expect(messages({ en: en.replace(/^sam\.name: .*$/m, 'sam.name: 2024'), es })).toEqual([
      'not-in-quotes: line "sam.name": 2024 is not in quotes, so YAML reads it as the number 2024 instead of text; put it in quotes: "2024"',
    ]);
    expect(messages({ en: en.replace(/^sam\.name: .*$/m, 'sam.name: true'), es })[0]).toBe(
      'not-in-quotes: line "sam.name": true is not in quotes, so YAML reads it as true/false instead of text; put it in quotes: "true"',
    );
  });
});
