import { describe, expect, it } from 'vitest';
import { placeholdersIn, sourceFingerprint, toI18nResources } from '../../../src/format/text.js';

describe('sourceFingerprint', () => {
  it('is FNV-1a 32-bit of the UTF-8 text, as 8 lower-case hex digits', () => {
    // Reference values computed independently (FNV-1a offset basis for "").
    expect(sourceFingerprint('')).toBe('811c9dc5');
    expect(sourceFingerprint('a')).toBe('e40c292c');
    expect(sourceFingerprint('Sam')).toBe('3fa7357c');
  });

  it('hashes non-ASCII text as UTF-8 bytes', () => {
    // "é" is two bytes in UTF-8; hashing UTF-16 code units would differ.
    expect(sourceFingerprint('é')).toBe('1e9de8c1');
    expect(sourceFingerprint('é')).not.toBe(sourceFingerprint('\u00e9\u0000'));
  });

  it('ignores the key order of plural objects, but not their content', () => {
    const a = sourceFingerprint({ one: '{{count}} gift', other: '{{count}} gifts' });
    const b = sourceFingerprint({ other: '{{count}} gifts', one: '{{count}} gift' });
    expect(a).toBe(b);
    expect(a).toMatch(/^[0-9a-f]{8}$/);
    expect(sourceFingerprint({ one: '{{count}} gift', other: '{{count}} presents' })).not.toBe(a);
  });
});

describe('placeholdersIn', () => {
  it('collects {{name}} placeholders from text and every plural form', () => {
    expect([...placeholdersIn('Hi {{name}}, {{ count }} left')].sort()).toEqual(['count', 'name']);
    expect(
      [...placeholdersIn({ one: '{{count}} gift', other: '{{count}} gifts for {{who}}' })].sort(),
    ).toEqual(['count', 'who']);
    expect(placeholdersIn('no braces {here}').size).toBe(0);
  });
});

describe('toI18nResources', () => {
  it('flattens tables and turns plural objects into _one/_other… keys', () => {
    const resources = toI18nResources({
      texts: {
        en: { hello: 'Hello', gifts: { one: '{{count}} gift', other: '{{count}} gifts' } },
        es: {
          hello: { text: 'Hola', source: '00000000' },
          gifts: { text: { one: '{{count}} regalo', other: '{{count}} regalos' }, source: '00000000' },
        },
      },
    });
    // Forms a line lacks are filled from `other`, so no count ever shows a raw line id.
    const forms = (one: string, other: string) => ({
      gifts_zero: other,
      gifts_one: one,
      gifts_two: other,
      gifts_few: other,
      gifts_many: other,
      gifts_other: other,
    });
    expect(resources).toEqual({
      en: { hello: 'Hello', ...forms('{{count}} gift', '{{count}} gifts') },
      es: { hello: 'Hola', ...forms('{{count}} regalo', '{{count}} regalos') },
    });
  });
});
