/** Nickname rules, SHA-256 (Web Crypto and the fallback agree), JSON guards, error classification. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { classifyFailure } from '../../../src/store/errors.js';
import { canonicalJson, jsonDepth, parseGuardedJson } from '../../../src/store/json-guard.js';
import { nicknameProblem } from '../../../src/store/nickname.js';
import { sha256Hex, sha256HexFallback } from '../../../src/store/sha256.js';
import { newId } from '../../../src/store/ids.js';

describe('nicknames', () => {
  it.each(['Fox7', 'Lua', 'Búho Sábio', 'Tigre-Azul', "O'Neil", 'Ñandú', 'Олег', '星星', 'Player 2024'])(
    'accepts %s',
    (name) => expect(nicknameProblem(name)).toBeUndefined(),
  );
  it.each([
    ['', 'nickname-empty'],
    ['a name that is far too long to be a nickname', 'nickname-too-long'],
    [' Fox', 'nickname-characters'],
    ['Fox\nline', 'nickname-characters'],
    ['me@mail', 'nickname-characters'],
    ['+55 11 98765', 'nickname-characters'],
    ['11 98765 4321', 'nickname-contact'],
    ['ana.com', 'nickname-contact'],
    ['https x', 'nickname-contact'],
  ])('refuses %j (%s)', (name, code) => expect(nicknameProblem(name)).toBe(code));
});

describe('sha256', () => {
  it('matches known vectors', async () => {
    expect(await sha256Hex('')).toBe('e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855');
    expect(await sha256Hex('abc')).toBe('ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad');
  });
  it('the fallback agrees with Web Crypto on any text', async () => {
    await fc.assert(
      fc.asyncProperty(fc.string({ unit: 'binary', maxLength: 300 }), async (text) => {
        expect(sha256HexFallback(new TextEncoder().encode(text))).toBe(await sha256Hex(text));
      }),
      { numRuns: 200 },
    );
  });
});

describe('JSON guard', () => {
  it('counts depth outside strings only', () => {
    expect(jsonDepth('{"a":[1,{"b":"[[[["}]}', 100)).toBe(3);
    expect(jsonDepth('"\\"[["', 100)).toBe(0);
  });
  it('never lets a parsed document reach Object.prototype', () => {
    fc.assert(
      fc.property(
        fc.jsonValue({ maxDepth: 4 }),
        fc.constantFrom('__proto__', 'constructor', 'prototype'),
        (v, key) => {
          const text = `{"${key}":{"polluted":1},"v":${JSON.stringify(v)}}`;
          const parsed = parseGuardedJson(text, { maxChars: 1e6, maxDepth: 20 });
          expect(parsed.ok).toBe(false);
          expect(({} as Record<string, unknown>).polluted).toBeUndefined();
        },
      ),
    );
  });
  it('copies clean documents exactly', () => {
    fc.assert(
      fc.property(fc.jsonValue({ maxDepth: 5 }), (v) => {
        const parsed = parseGuardedJson(JSON.stringify(v), { maxChars: 1e6, maxDepth: 20 });
        const safe = JSON.stringify(v).match(/"(__proto__|constructor|prototype)":/) === null;
        if (safe) expect(parsed).toEqual({ ok: true, value: JSON.parse(JSON.stringify(v)) });
      }),
    );
  });
  it('canonical JSON does not depend on key order', () => {
    expect(canonicalJson({ b: 1, a: [{ d: 2, c: 3 }] })).toBe(canonicalJson({ a: [{ c: 3, d: 2 }], b: 1 }));
  });
});

describe('failure classification', () => {
  const named = (name: string, message = '') => Object.assign(new Error(message), { name });
  it.each([
    [named('QuotaExceededError'), 'quota'],
    [{ name: 'AbortError', inner: named('QuotaExceededError') }, 'quota'],
    [named('MissingAPIError'), 'unavailable'],
    [{ name: 'OpenFailedError', inner: named('VersionError') }, 'version-error'],
    [named('InvalidStateError'), 'private-mode'],
    [named('UnknownError', 'Connection to Indexed Database server lost'), 'unknown'],
    ['weird', 'unknown'],
  ])('%o → %s', (error, reason) => expect(classifyFailure(error)).toBe(reason));
});

describe('ids', () => {
  it('are UUID-shaped and distinct', () => {
    const ids = new Set(Array.from({ length: 1000 }, newId));
    expect(ids.size).toBe(1000);
    for (const id of ids)
      expect(id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
  });
});
