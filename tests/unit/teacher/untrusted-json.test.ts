/**
 * The bulk reader's JSON handling: the fast canonical text must be exactly
 * the store's canonical JSON (the checksum's definition), and the walk must
 * refuse what the store's guard refuses.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { canonicalJson } from '../../../src/store/json-guard.js';
import { decodeHandIn } from '../../../src/teacher/handin/index.js';
import {
  canonicalText,
  collectKeys,
  keysOf,
  parseUntrustedJson,
} from '../../../src/teacher/handin/untrusted-json.js';

describe('untrusted JSON', () => {
  it('writes the same canonical text as the store’s canonicalJson, for any JSON value', () => {
    fc.assert(
      // Values with a prototype key never get this far (they are refused first).
      fc.property(
        fc.jsonValue().filter((v) => collectKeys(v, Infinity).ok),
        (value) => {
          expect(canonicalText(value, keysOf(value))).toBe(canonicalJson(value));
        },
      ),
      { numRuns: 2000 },
    );
  });

  it('refuses prototype keys however they are written, and oversized text', () => {
    const limits = { maxChars: 200, maxDepth: 8 };
    for (const text of [
      '{"a":{"__proto__":1}}',
      '[{"constructor":{}}]',
      '{"prototype":[]}',
      '{"\\u005f_proto__":{"x":1}}',
      '{"c\\u006fnstructor":1}',
    ]) {
      expect(parseUntrustedJson(text, limits), text).toMatchObject({ ok: false, failure: 'forbidden-key' });
    }
    // The words as values, not keys, are fine.
    expect(parseUntrustedJson('{"nickname":"__proto__","a":["constructor"]}', limits)).toMatchObject({
      ok: true,
    });
    expect(parseUntrustedJson('{"a":1', limits)).toMatchObject({ ok: false, failure: 'not-json' });
    expect(parseUntrustedJson('"x"'.padEnd(300), limits)).toMatchObject({ ok: false, failure: 'too-large' });
  });

  it('collects every key, within a depth limit', () => {
    expect(collectKeys(JSON.parse('{"b":[{"c":1,"a":2}],"d":null}'), 8)).toEqual({
      ok: true,
      keys: ['b', 'c', 'a', 'd'],
    });
    expect(collectKeys([[[[1]]]], 3)).toMatchObject({ ok: false, failure: 'too-deep' });
    expect(collectKeys([[[1]]], 3)).toMatchObject({ ok: true });
    // A value that parsed with a prototype key (only reachable when the text check is bypassed).
    expect(collectKeys(JSON.parse('{"__proto__":1}'), 3)).toMatchObject({
      ok: false,
      failure: 'forbidden-key',
    });
  });

  it('reads a hand-in nested a million levels deep as malformed, without running out of stack', async () => {
    const deep = `{"format":"escudo-handin","version":1,"sha256":"${'0'.repeat(64)}","handIn":${'['.repeat(1e6)}${']'.repeat(1e6)}}`;
    const result = await decodeHandIn(deep);
    expect(result).toMatchObject({ ok: false, reason: 'malformed' });
  });
});
