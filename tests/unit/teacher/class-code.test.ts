import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  CLASS_CODE_ALPHABET,
  isStorableClassCode,
  makeClassCode,
  normaliseClassCode,
  sameClassCode,
} from '../../../src/teacher/class-code.js';
import { ClassCode } from '../../../src/store/records.js';

const random = fc.infiniteStream(fc.double({ min: 0, max: 1, maxExcluded: true, noNaN: true }));
const source = (stream: Iterator<number>) => () => stream.next().value as number;

describe('class codes', () => {
  it('leaves out every character that looks or sounds like another', () => {
    for (const c of '0OQD1IL5SZBGUVN') expect(CLASS_CODE_ALPHABET, c).not.toContain(c);
    expect(new Set(CLASS_CODE_ALPHABET).size).toBe(CLASS_CODE_ALPHABET.length);
    expect(CLASS_CODE_ALPHABET).toMatch(/^[2-9A-Z]+$/);
  });

  it('makes six characters from the alphabet in two groups, which a child can store on a profile', () => {
    fc.assert(
      fc.property(random, (stream) => {
        const code = makeClassCode(source(stream));
        expect(code).toMatch(/^[2-9A-Z]{3}-[2-9A-Z]{3}$/);
        for (const c of code.replace('-', '')) expect(CLASS_CODE_ALPHABET).toContain(c);
        expect(isStorableClassCode(code)).toBe(true);
        expect(ClassCode.safeParse(code).success).toBe(true);
        expect(isStorableClassCode(normaliseClassCode(code))).toBe(true);
      }),
    );
  });

  it('uses every character of the alphabet, picked by the random source', () => {
    const seen = new Set<string>();
    for (let i = 0; i < CLASS_CODE_ALPHABET.length; i++) {
      const r = (i + 0.5) / CLASS_CODE_ALPHABET.length;
      seen.add(makeClassCode(() => r, { group: false, length: 2 })[0]!);
    }
    expect([...seen].join('')).toBe(CLASS_CODE_ALPHABET);
    // The edges of [0, 1) stay inside the alphabet.
    expect(makeClassCode(() => 0, { group: false })).toBe('222222');
    expect(makeClassCode(() => 0.9999999999, { group: false })).toBe('YYYYYY');
  });

  it('groups other lengths in threes and never leaves one character alone', () => {
    const r = () => 0.3;
    expect(makeClassCode(r, { length: 4 })).toMatch(/^[2-9A-Z]{4}$/);
    expect(makeClassCode(r, { length: 7 })).toMatch(/^[2-9A-Z]{3}-[2-9A-Z]{4}$/);
    expect(makeClassCode(r, { length: 8 })).toMatch(/^[2-9A-Z]{3}-[2-9A-Z]{3}-[2-9A-Z]{2}$/);
    expect(makeClassCode(r, { length: 6, group: false })).toMatch(/^[2-9A-Z]{6}$/);
    expect(isStorableClassCode(makeClassCode(r, { length: 12 }))).toBe(true);
  });

  it('never repeats a code already in use, however it was written', () => {
    const values = [0, 0, 0, 0, 0, 0, 0.5, 0.5, 0.5, 0.5, 0.5, 0.5];
    let i = 0;
    const code = makeClassCode(() => values[i++ % values.length]!, { avoid: ['222-222'] });
    expect(normaliseClassCode(code)).not.toBe('222222');
    i = 0;
    expect(makeClassCode(() => values[i++ % values.length]!, { avoid: ['2 2 2 2 2 2'] })).not.toBe('222-222');
  });

  it('compares codes without case, spaces, dashes or full-width characters', () => {
    for (const typed of [
      'kxr-479',
      'KXR479',
      ' kxr 479 ',
      'Kxr–479',
      'ｋｘｒ４７９',
      'kxr_479',
      'k.x.r.4.7.9',
    ]) {
      expect(normaliseClassCode(typed), typed).toBe('KXR479');
      expect(sameClassCode(typed, 'KXR-479'), typed).toBe(true);
    }
    expect(sameClassCode('KXR-478', 'KXR-479')).toBe(false);
    expect(sameClassCode('', '')).toBe(false);
    expect(sameClassCode('--', '')).toBe(false);
  });
});
