/** Telling a JSON text cut off at the end (incomplete) from one damaged inside. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { endsEarly } from '../../../src/store/json-guard.js';

describe('endsEarly', () => {
  it('is true for every prefix of a JSON text that does not parse yet', () => {
    fc.assert(
      fc.property(fc.jsonValue(), fc.nat(), (value, cut) => {
        const text = JSON.stringify(value, null, cut % 3 === 0 ? 2 : undefined);
        const prefix = text.slice(0, cut % (text.length + 1));
        let parses = true;
        try {
          JSON.parse(prefix);
        } catch {
          parses = false;
        }
        if (!parses) expect(endsEarly(prefix)).toBe(true);
      }),
      { numRuns: 500 },
    );
  });

  it('is false for texts with a mistake before their end', () => {
    for (const text of [
      '{"a":1,,"b":2',
      '{"a" 1',
      '[1,2]]',
      '{"a":tru,"b"',
      '{"a":"line\nbreak"',
      '{"a":"\\x"',
      '{"a":01',
      '{"a":1}x',
      '{"a":[1,2}',
      '{"a":\u0000',
      '{1:2',
      '{"a":-}',
    ]) {
      expect(endsEarly(text), text).toBe(false);
    }
  });

  it('is true for texts cut inside a string, an escape, a literal or a number', () => {
    for (const text of [
      '',
      '{',
      '{"a',
      '{"a\\',
      '{"a":"\\u00',
      '{"a":tr',
      '{"a":-1',
      '{"a":1.5e',
      '{"a":[1,',
    ]) {
      expect(endsEarly(text), text).toBe(true);
    }
  });
});
