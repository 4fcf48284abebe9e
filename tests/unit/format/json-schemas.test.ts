/** The committed JSON Schemas must be exactly what `npm run schemas` writes, so they cannot go stale. */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { jsonSchemaFiles } from '../../../src/cli/json-schemas.js';

describe('committed JSON Schemas', () => {
  for (const [name, text] of Object.entries(jsonSchemaFiles())) {
    it(`scenarios/${name} is up to date (run npm run schemas if this fails)`, () => {
      expect(readFileSync(`scenarios/${name}`, 'utf8')).toBe(text);
    });
  }

  it('describes what authors write: defaulted fields are optional, enums listed', () => {
    const schema = JSON.parse(jsonSchemaFiles()['scenario.schema.json']!) as {
      required: string[];
      properties: Record<string, unknown>;
    };
    expect(schema.required).toContain('nodes');
    expect(schema.required).not.toContain('groups');
    expect(JSON.stringify(schema.properties.nodes)).toContain('"proof-demand"');
  });
});
