/**
 * The bulk reader's JSON handling: the fast canonical text must be exactly
 * the store's canonical JSON (the checksum's definition), and the walk must
 * refuse what the store's guard refuses.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { canonicalJson } from '../../../src/store/json-guard.js';
import { decodeHandIn } from '../../../src/teacher/handin/index.js';
import { canonicalText, keysOf, parseUntrustedJson } from '../../../src/teacher/handin/untrusted-json.js';

describe('untrusted JSON', () => {
  it('writes the same canonical text as the store’s canonicalJson, for any JSON value', () => {
    fc.assert(
      fc.property(fc.jsonValue(), (value) => {
        expect(canonicalText(value, keysOf(value))).toBe(canonicalJson(value));
      }),
      { numRuns: 2000 },
    );
  });

  it('refuses prototype keys, deep nesting and oversized text, and collects every key', () => {
    expect(parseUntrustedJson('{"a":{"__proto__":1}}', { maxChars: 100, maxDepth: 8 })).toMatchObject({
      ok: false,
      failure: 'forbidden-key',
    });
    expect(parseUntrustedJson('[{"constructor":{}}]', { maxChars: 100, maxDepth: 8 })).toMatchObject({
      ok: false,
      failure: 'forbidden-key',
    });
    expect(parseUntrustedJson('[[[[1]]]]', { maxChars: 100, maxDepth: 3 })).toMatchObject({
      ok: false,
      failure: 'too-deep',
    });
    expect(parseUntrustedJson('[[[1]]]', { maxChars: 100, maxDepth: 3 })).toMatchObject({ ok: true });
    expect(parseUntrustedJson('{"a":1', { maxChars: 100, maxDepth: 3 })).toMatchObject({
      ok: false,
      failure: 'not-json',
    });
    expect(parseUntrustedJson('"x"'.padEnd(200), { maxChars: 100, maxDepth: 3 })).toMatchObject({
      ok: false,
      failure: 'too-large',
    });
    const parsed = parseUntrustedJson('{"b":[{"c":1,"a":2}],"d":null}', { maxChars: 100, maxDepth: 8 });
    expect(parsed.ok && [...parsed.keys].sort()).toEqual(['a', 'b', 'c', 'd']);
  });

  it('reads a hand-in nested a million levels deep as malformed, without running out of stack', async () => {
    const deep = `{"format":"escudo-handin","version":1,"sha256":"${'0'.repeat(64)}","handIn":${'['.repeat(1e6)}${']'.repeat(1e6)}}`;
    const result = await decodeHandIn(deep);
    expect(result).toMatchObject({ ok: false, reason: 'malformed' });
  });
});
