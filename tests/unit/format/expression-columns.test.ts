/**
 * Expression mistakes point at the exact column inside the YAML string, for
 * plain, single-quoted and double-quoted values; when the source differs from
 * the value (escapes, folded text) they point at the start of the value.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { checkScenario } from '../../../src/format/check/index.js';
import { inline } from './fixtures.js';

const BASE = readFileSync('tests/fixtures/valid/valid/scenario.yaml', 'utf8');
const EN = readFileSync('tests/fixtures/valid/valid/text/en.yaml', 'utf8');
const LINE = 54; // the line of `if: 'trust >= 1'` in the valid fixture

function conditionFindings(yamlValue: string): string[] {
  const text = BASE.replace("if: 'trust >= 1'", `if: ${yamlValue}`);
  return checkScenario(inline(text, { en: EN }, 'valid')).map((f) => `${f.line}:${f.column} ${f.code}`);
}

describe('expression column mapping', () => {
  // `        if: ` is 12 characters, so the value starts at column 13.
  it('maps offsets in a plain scalar', () => {
    expect(conditionFindings('trust >= 1 and nope')).toEqual([`${LINE}:28 undeclared-variable`]);
  });

  it('skips the opening quote of single- and double-quoted scalars', () => {
    expect(conditionFindings("'trust >= 1 and nope'")).toEqual([`${LINE}:29 undeclared-variable`]);
    expect(conditionFindings('"trust >= 1 and nope"')).toEqual([`${LINE}:29 undeclared-variable`]);
  });

  it('points at the operator of a type error and the token of a syntax error', () => {
    expect(conditionFindings("'trust + 1'")).toEqual([`${LINE}:14 type-error`]);
    expect(conditionFindings('\'trust >= "a"\'')).toEqual([`${LINE}:20 type-error`]);
    expect(conditionFindings("'(trust >= 1'")).toEqual([`${LINE}:14 expression-syntax`]);
  });

  it('falls back to the start of the value when escapes move the text', () => {
    expect(conditionFindings('"\\x74rust >= 1 and nope"')).toEqual([`${LINE}:13 undeclared-variable`]);
  });

  it('maps effects too', () => {
    const text = BASE.replace("effects: ['trust += 1']", "effects: ['trust += true']");
    expect(
      checkScenario(inline(text, { en: EN }, 'valid')).map((f) => `${f.line}:${f.column} ${f.message}`),
    ).toEqual([
      '40:29 nodes.hello.choices[0].effects[0]: "trust" holds a number, but this gives it a boolean',
    ]);
  });
});
