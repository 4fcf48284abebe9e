/**
 * The fast parser (js-yaml) is only trusted when it reads exactly what the
 * full parser (`yaml`) reads. Whenever readYamlFile accepts a text without a
 * finding, the full parser must accept it too and produce the same data.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { parseDocument, stringify } from 'yaml';
import { describe, expect, it } from 'vitest';
import { readYamlFile } from '../../../src/format/check/yaml-file.js';

function agree(text: string): void {
  const read = readYamlFile({ path: 'x.yaml', text });
  if (read.findings.length > 0) return;
  // readYamlFile drops a leading byte-order mark before either parser runs.
  const doc = parseDocument(text.replace(/^\ufeff/, ''), { uniqueKeys: true, logLevel: 'silent' });
  expect(doc.errors.map((e) => e.message)).toEqual([]);
  expect(JSON.stringify(read.value)).toBe(JSON.stringify(doc.toJS({ maxAliasCount: 100 })));
}

/** Every YAML file under tests/fixtures and scenarios. */
function yamlFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? yamlFiles(join(dir, e.name)) : e.name.endsWith('.yaml') ? [join(dir, e.name)] : [],
  );
}
const samples = [...yamlFiles('tests/fixtures'), ...yamlFiles('scenarios')].map((p) =>
  readFileSync(p, 'utf8'),
);

const pieces = fc.oneof(
  fc.constantFrom(
    ':',
    ': ',
    '- ',
    '\n',
    '\n  ',
    '[',
    ']',
    '{',
    '}',
    ',',
    '"',
    "'",
    '#',
    '|',
    '>',
    '|-',
    '>+',
    '? ',
    '!!str ',
    '!!int ',
    '~',
    'null',
    'true',
    'yes',
    'No',
    '0x1F',
    '0o17',
    '0b11',
    '1_000',
    '1e3',
    '.inf',
    '-.NaN',
    '012',
    '+1',
    '2001-12-14',
    '&a ',
    '*a',
    '!x ',
    '%TAG ',
    ' #',
    'a: b',
    '- a: b',
    '\r\n',
    '\u00a0',
    '\ufeff',
    '>2',
    '|1-',
    '|+',
    '>-',
    '\n   \n',
    '__proto__: ',
    '<<: ',
    '\t',
    '\\',
    '\\n',
    '"\\u00e9"',
    '...',
    '---',
    '@',
    '`',
  ),
  fc.string({ maxLength: 5 }),
);

describe('fast and full YAML parsers agree', () => {
  it('on every YAML file in the repository', () => {
    samples.forEach(agree);
  });

  it('on random YAML-flavoured text', () => {
    fc.assert(
      fc.property(fc.array(pieces, { maxLength: 40 }), (parts) => agree(parts.join(''))),
      { numRuns: 2000 },
    );
  });

  it('on repository files with random text spliced in', () => {
    fc.assert(
      fc.property(
        fc.nat(samples.length - 1),
        fc.nat(),
        fc.nat(30),
        fc.array(pieces, { maxLength: 8 }),
        (i, at, cut, parts) => {
          const text = samples[i]!;
          const p = at % (text.length + 1);
          agree(text.slice(0, p) + parts.join('') + text.slice(p + cut));
        },
      ),
      { numRuns: 500 },
    );
  });

  it('on random data written in every YAML style', () => {
    const styles = fc.record({
      defaultStringType: fc.constantFrom(
        'PLAIN',
        'QUOTE_DOUBLE',
        'QUOTE_SINGLE',
        'BLOCK_FOLDED',
        'BLOCK_LITERAL',
      ),
      collectionStyle: fc.constantFrom('any', 'block', 'flow'),
    } as const);
    fc.assert(
      fc.property(fc.jsonValue({ maxDepth: 4 }), styles, (value, options) =>
        agree(stringify(value, options)),
      ),
      { numRuns: 1000 },
    );
  });
});
