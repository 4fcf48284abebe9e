/**
 * Untrusted input, at random: garbage YAML and garbage JSON (including
 * `__proto__`/`constructor` keys and deep nesting) must produce findings,
 * never an exception, and must never touch Object.prototype.
 */
import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { afterEach, describe, expect, it } from 'vitest';
import { checkScenario } from '../../../src/format/check/index.js';
import { guardValue, type GuardProblem } from '../../../src/format/check/guard.js';
import { loadScenario } from '../../../src/format/load.js';
import { buildPack } from '../../../src/format/pack/compile.js';
import { readPack } from '../../../src/format/pack/read.js';
import { PACK_VERSION } from '../../../src/format/pack/schema.js';
import { parseGuardedJson } from '../../../src/store/json-guard.js';
import { flatten } from '../../../src/i18n/flatten.js';
import { fixture, inline } from './fixtures.js';

const PROTOTYPE_KEYS = Object.getOwnPropertyNames(Object.prototype).sort();
const BASE = readFileSync('tests/fixtures/valid/valid/scenario.yaml', 'utf8');
const EN = readFileSync('tests/fixtures/valid/valid/text/en.yaml', 'utf8');

function expectUnpolluted(): void {
  expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  expect(Object.getOwnPropertyNames(Object.prototype).sort()).toEqual(PROTOTYPE_KEYS);
}

/** Every result is well-formed: findings are plain records, and no `loaded` without a clean bill. */
function expectWellFormed(result: {
  loaded?: unknown;
  findings: { severity: string; line: number }[];
}): void {
  expect(Array.isArray(result.findings)).toBe(true);
  for (const f of result.findings) {
    expect(['error', 'warning']).toContain(f.severity);
    expect(Number.isInteger(f.line)).toBe(true);
  }
  if (result.loaded === undefined) expect(result.findings.some((f) => f.severity === 'error')).toBe(true);
}

const KEYS = ['__proto__', 'constructor', 'prototype', 'id', 'nodes', 'start', 'goto', 'text', 'source', 'a'];

/** JSON text built by hand, so `__proto__` becomes an own key after JSON.parse (as in a real file). */
const jsonText: fc.Arbitrary<string> = fc.letrec<{ value: string }>((tie) => ({
  value: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    fc.constantFrom('null', 'true', '1', '-2.5', '"x"', '"hidden"', '""'),
    fc.array(tie('value'), { maxLength: 4 }).map((items) => `[${items.join(',')}]`),
    fc
      .array(fc.tuple(fc.constantFrom(...KEYS), tie('value')), { maxLength: 4 })
      .map((pairs) => `{${pairs.map(([k, v]) => `${JSON.stringify(k)}:${v}`).join(',')}}`),
  ),
})).value;

/** YAML-flavoured noise: real YAML punctuation, anchors, aliases and dangerous keys. */
const yamlNoise = fc
  .array(
    fc.oneof(
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
        '&a ',
        '*a',
        '!!str ',
        '|',
        '>',
        '#',
        '---\n',
        '__proto__: ',
        'constructor: ',
        'nodes:\n  ',
        'goto: ',
        'id: ',
        '<<: ',
        '\t',
        '%YAML 1.2\n',
      ),
      fc.string({ maxLength: 6 }),
    ),
    { maxLength: 60 },
  )
  .map((parts) => parts.join(''));

describe('untrusted input never crashes the loader or pollutes prototypes', () => {
  afterEach(expectUnpolluted);

  it('random text as scenario.yaml and as a text table', () => {
    fc.assert(
      fc.property(
        fc.oneof(fc.string({ maxLength: 200 }), yamlNoise),
        fc.oneof(fc.string(), yamlNoise),
        (logic, table) => {
          const src = inline(logic, { en: table });
          expectWellFormed(loadScenario(src));
          expect(Array.isArray(checkScenario(src))).toBe(true);
          expectUnpolluted();
        },
      ),
      { numRuns: 400 },
    );
  });

  it('a valid scenario with random text spliced into it', () => {
    fc.assert(
      fc.property(fc.nat(BASE.length), fc.nat(40), yamlNoise, (at, cut, noise) => {
        const src = inline(BASE.slice(0, at) + noise + BASE.slice(at + cut), { en: EN });
        expectWellFormed(loadScenario(src));
        expect(Array.isArray(checkScenario(src))).toBe(true);
      }),
      { numRuns: 150 },
    );
  });

  it('random JSON values, with prototype keys, as packs', () => {
    fc.assert(
      fc.property(jsonText, (text) => {
        expectWellFormed(readPack(JSON.parse(text)));
        expectUnpolluted();
      }),
      { numRuns: 1000 },
    );
  });

  it('a valid pack with a random value grafted at a random place', () => {
    const { loaded } = loadScenario(fixture('valid', 'valid'));
    const packText = JSON.stringify(buildPack(loaded!));
    fc.assert(
      fc.property(fc.nat(), jsonText, fc.constantFrom(...KEYS), (pick, graft, key) => {
        const pack = JSON.parse(packText) as unknown;
        // Collect the objects in the pack and graft onto one of them.
        const objects: Record<string, unknown>[] = [];
        const walk = (v: unknown): void => {
          if (v && typeof v === 'object') {
            if (!Array.isArray(v)) objects.push(v as Record<string, unknown>);
            Object.values(v).forEach(walk);
          }
        };
        walk(pack);
        const target = objects[pick % objects.length]!;
        Object.defineProperty(target, key, {
          value: JSON.parse(graft),
          enumerable: true,
          configurable: true,
          writable: true,
        });
        expectWellFormed(readPack(pack));
        expectUnpolluted();
      }),
      { numRuns: 300 },
    );
  });

  it('very deep nesting, in YAML and in JSON', () => {
    const deepJson: unknown = JSON.parse('['.repeat(5000) + ']'.repeat(5000));
    expectWellFormed(
      readPack({ format: 'escudo-pack', version: PACK_VERSION, scenario: deepJson, texts: {} }),
    );
    expectWellFormed(
      loadScenario(
        inline('a:\n' + Array.from({ length: 300 }, (_, i) => `${'  '.repeat(i + 1)}k${i}:`).join('\n')),
      ),
    );
    expectWellFormed(loadScenario(inline('{'.repeat(3000) + '}'.repeat(3000))));
  });
});

/** Every object in `value` is a plain object or array, and none has a prototype key of its own. */
function expectNoPrototypeKeys(value: unknown): void {
  if (value === null || typeof value !== 'object') return;
  const proto = Object.getPrototypeOf(value) as unknown;
  expect(proto === Object.prototype || proto === Array.prototype).toBe(true);
  for (const key of ['__proto__', 'constructor', 'prototype']) expect(Object.hasOwn(value, key)).toBe(false);
  Object.values(value).forEach(expectNoPrototypeKeys);
}

/** The input without prototype keys, written plainly, to compare the guard against. */
function withoutPrototypeKeys(value: unknown): { clean: unknown; dropped: number } {
  let dropped = 0;
  const strip = (v: unknown): unknown => {
    if (v === null || typeof v !== 'object') return v;
    if (Array.isArray(v)) return v.map(strip);
    const out: [string, unknown][] = [];
    for (const [k, item] of Object.entries(v)) {
      if (['__proto__', 'constructor', 'prototype'].includes(k)) dropped++;
      else out.push([k, strip(item)]);
    }
    return Object.fromEntries(out);
  };
  return { clean: strip(value), dropped };
}

// 10,000 random documents each: the project's target for prototype pollution (docs/targets.md).
describe('the one guard against prototype keys, wherever untrusted data comes in', () => {
  afterEach(expectUnpolluted);

  it('drops and reports every prototype key in scenarios and packs, and keeps everything else', () => {
    fc.assert(
      fc.property(jsonText, (text) => {
        const parsed: unknown = JSON.parse(text);
        const problems: GuardProblem[] = [];
        const guarded = guardValue(parsed, problems);
        expectNoPrototypeKeys(guarded);
        const expected = withoutPrototypeKeys(parsed);
        expect(guarded).toEqual(expected.clean);
        expect(problems.filter((p) => p.kind === 'forbidden-key')).toHaveLength(expected.dropped);
      }),
      { numRuns: 10_000 },
    );
  });

  it('refuses a backup with a prototype key, and copies a clean one exactly', () => {
    fc.assert(
      fc.property(jsonText, (text) => {
        const result = parseGuardedJson(text, { maxChars: 1e6, maxDepth: 40 });
        const expected = withoutPrototypeKeys(JSON.parse(text));
        if (expected.dropped > 0) expect(result).toMatchObject({ ok: false, failure: 'forbidden-key' });
        else expect(result).toEqual({ ok: true, value: JSON.parse(text) });
        if (result.ok) expectNoPrototypeKeys(result.value);
      }),
      { numRuns: 10_000 },
    );
  });

  it('never lets a locale table give a prototype key a text', () => {
    fc.assert(
      fc.property(jsonText, (text) => {
        const parsed: unknown = JSON.parse(text);
        if (parsed === null || typeof parsed !== 'object' || Array.isArray(parsed)) return;
        const flat = flatten(parsed as Record<string, unknown>);
        expectNoPrototypeKeys(flat);
        for (const key of Object.keys(flat)) {
          expect(
            key.split('.').some((part) => ['__proto__', 'constructor', 'prototype'].includes(part)),
          ).toBe(false);
        }
      }),
      { numRuns: 1000 },
    );
  });
});
