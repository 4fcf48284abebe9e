/**
 * js-yaml reads the data and `yaml` only locates it. These properties check
 * the locating: every key js-yaml reads is found where it is written, and no
 * text, however broken, makes the reader throw or point outside the file.
 */
import fc from 'fast-check';
import { stringify } from 'yaml';
import { describe, expect, it } from 'vitest';
import { readYamlFile } from '../../../src/format/check/yaml-file.js';
import type { Path } from '../../../src/format/check/locate.js';

/** Offset in `text` of a 1-based line and column. */
function offsetOf(text: string, line: number, column: number): number {
  const lines = text.split('\n');
  return lines.slice(0, line - 1).reduce((sum, l) => sum + l.length + 1, 0) + column - 1;
}

/** Every path to a mapping key in `value`. */
function keyPaths(value: unknown, path: Path = []): Path[] {
  if (value === null || typeof value !== 'object') return [];
  const entries = Array.isArray(value) ? value.map((v, i) => [i, v] as const) : Object.entries(value);
  return entries.flatMap(([k, v]) => [
    ...(typeof k === 'string' ? [[...path, k]] : []),
    ...keyPaths(v, [...path, k]),
  ]);
}

const key = fc.stringMatching(/^[a-z][a-z0-9_-]{0,8}$/);
const data = fc.letrec((tie) => ({
  node: fc.oneof({ depthSize: 'small' }, fc.string({ maxLength: 6 }), fc.integer(), tie('map'), tie('list')),
  map: fc.dictionary(key, tie('node'), { minKeys: 1, maxKeys: 4 }),
  list: fc.array(tie('node'), { maxLength: 3 }),
})).map;

const pieces = fc.oneof(
  fc.constantFrom(':', ': ', '- ', '\n', '\n  ', '[', ']', '{', '}', '"', "'", '#', '|', '>+', '? '),
  fc.constantFrom('&a ', '*a', '!x ', '%TAG ', '\t', '\r', '\ufeff', '---', '...', '__proto__: ', '1e400'),
  fc.string({ maxLength: 5 }),
);

describe('reading a YAML file', () => {
  it('locates every key at the place it is written, in every YAML style', () => {
    const styles = fc.record({
      defaultStringType: fc.constantFrom('PLAIN', 'QUOTE_DOUBLE', 'QUOTE_SINGLE'),
      defaultKeyType: fc.constantFrom('PLAIN', 'QUOTE_DOUBLE', 'QUOTE_SINGLE'),
      collectionStyle: fc.constantFrom('any', 'block', 'flow'),
    } as const);
    fc.assert(
      fc.property(data, styles, (value, options) => {
        const text = stringify(value, options);
        const read = readYamlFile({ path: 'x.yaml', text });
        expect(read.findings).toEqual([]);
        expect(read.value).toEqual(value);
        for (const path of keyPaths(read.value)) {
          const at = read.locator.at(path, 'key');
          const written = text.slice(offsetOf(text, at.line, at.column)).replace(/^["']/, '');
          expect(written.startsWith(String(path.at(-1)))).toBe(true);
        }
      }),
      { numRuns: 500 },
    );
  });

  it('never throws on broken text, and every finding points inside the file', () => {
    fc.assert(
      fc.property(fc.array(pieces, { maxLength: 40 }), (parts) => {
        const text = parts.join('');
        const read = readYamlFile({ path: 'x.yaml', text });
        const lines = text.split(/\r\n|\r|\n/).length;
        for (const f of read.findings) {
          expect(f.line).toBeGreaterThanOrEqual(1);
          expect(f.line).toBeLessThanOrEqual(lines + 1);
          expect(f.message.length).toBeGreaterThan(0);
        }
        if (read.findings.length === 0) read.locator.at(['a', 0, 'b'], 'key');
      }),
      { numRuns: 2000 },
    );
  });

  it('refuses aliases that multiply what they copy', () => {
    const fine = readYamlFile({ path: 'x.yaml', text: 'a: &a [1, 2]\nb: *a\nc: *a\n' });
    expect(fine.findings).toEqual([]);
    expect(fine.value).toEqual({ a: [1, 2], b: [1, 2], c: [1, 2] });
    const lines = ['l0: &l0 [x, x, x, x, x, x, x, x, x, x]'];
    for (let i = 1; i < 4; i++)
      lines.push(
        `l${i}: &l${i} [${Array(10)
          .fill(`*l${i - 1}`)
          .join(', ')}]`,
      );
    expect(readYamlFile({ path: 'x.yaml', text: lines.join('\n') }).findings.map((f) => f.code)).toEqual([
      'too-many-aliases',
    ]);
  });

  it('says in plain words, and where, why js-yaml refused a file', () => {
    const said = (text: string) =>
      readYamlFile({ path: 'x.yaml', text }).findings.map((f) => `${f.line}:${f.column} ${f.message}`);
    expect(said(`a: ${'['.repeat(150)}${']'.repeat(150)}`)).toEqual([
      '1:103 this file is nested too deeply to read',
    ]);
    expect(said('a: 1\n---\nb: 2\n')).toEqual([
      '2:1 the file holds more than one document ("---"); keep one per file',
    ]);
    expect(said('a:\n\tb: 1\n')).toEqual(['2:1 indent with spaces, not tabs']);
    expect(said('a: 1\na: 2\n')).toEqual([
      '2:1 this key appears twice in the same place; each key may appear only once',
    ]);
  });
});
