/**
 * The generated JSON Schemas, as an editor would use them (draft 7): they
 * accept every valid scenario we have and reject schema mistakes, so authors
 * never see false alarms or miss real ones while typing.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import Ajv from 'ajv';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { jsonSchemaFiles } from '../../../src/cli/json-schemas.js';
import { scenarioFolders } from '../../../src/cli/read-scenario.js';
import { buildAllPacks } from '../../../src/vite/scenarios.js';

const files = jsonSchemaFiles();
const ajv = new Ajv({ allErrors: true, strict: false });
const scenarioSchema = ajv.compile(JSON.parse(files['scenario.schema.json']!) as object);
const textSchema = ajv.compile(JSON.parse(files['text.schema.json']!) as object);
const packSchema = ajv.compile(JSON.parse(files['pack.schema.json']!) as object);
const yamlAt = (path: string): unknown => parse(readFileSync(path, 'utf8'));

const validFolders = [
  ...scenarioFolders('scenarios'),
  ...scenarioFolders(join('tests', 'fixtures', 'valid')),
];

describe('generated JSON Schemas', () => {
  for (const folder of validFolders) {
    it(`accept ${folder}`, () => {
      expect(
        scenarioSchema(yamlAt(join(folder, 'scenario.yaml'))),
        JSON.stringify(scenarioSchema.errors),
      ).toBe(true);
      for (const name of readdirSync(join(folder, 'text'))) {
        expect(
          textSchema(yamlAt(join(folder, 'text', name))),
          `${name}: ${JSON.stringify(textSchema.errors)}`,
        ).toBe(true);
      }
    });
  }

  it('reject a wrong rating, a misspelt field and an unknown warning sign', () => {
    const broken = join('tests', 'fixtures', 'broken');
    expect(scenarioSchema(yamlAt(join(broken, 'schema', 'scenario.yaml')))).toBe(false);
    expect(scenarioSchema.errors?.map((e) => e.instancePath).sort()).toEqual([
      '/nodes/hello/choices/0/rating',
      '/nodes/secret',
    ]);
    expect(scenarioSchema(yamlAt(join(broken, 'unknown-warning-sign', 'scenario.yaml')))).toBe(false);
  });

  it('reject a translation whose fingerprint is not 8 hex digits', () => {
    expect(textSchema({ hello: { text: 'Hola', source: 'xyz' } })).toBe(false);
    expect(textSchema({ hello: { text: 'Hola', source: '0a1b2c3d' } })).toBe(true);
  });

  it('accept every pack the game is built with, and reject one with a text condition', () => {
    const { packs } = buildAllPacks(process.cwd());
    expect(packs.size).toBeGreaterThan(0);
    for (const [id, json] of packs) {
      expect(packSchema(JSON.parse(json)), `${id}: ${JSON.stringify(packSchema.errors)}`).toBe(true);
    }
    const pack = JSON.parse([...packs.values()][0]!) as {
      scenario: { nodes: Record<string, { choices: { condition?: unknown }[] }> };
    };
    const node = Object.values(pack.scenario.nodes).find((n) => n.choices.length > 0)!;
    node.choices[0]!.condition = 'trust >= 2';
    expect(packSchema(pack)).toBe(false);
  });
});
