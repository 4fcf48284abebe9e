/** The bench generator must produce scenarios the checker finds nothing wrong with, at any size. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { checkScenario } from '../../../src/format/check/index.js';
import { loadScenario } from '../../../src/format/load.js';
import { readPack } from '../../../src/format/pack/read.js';
import { generatePack, generateScenario } from '../../bench/generate.js';

describe('generateScenario', () => {
  it('is clean under the checker for many sizes and seeds', () => {
    fc.assert(
      fc.property(fc.integer({ min: 4, max: 60 }), fc.nat(), (size, seed) => {
        expect(checkScenario(generateScenario(size, seed))).toEqual([]);
      }),
      { numRuns: 30 },
    );
  });

  it('is deterministic and has the requested number of nodes', () => {
    expect(generateScenario(50, 3)).toEqual(generateScenario(50, 3));
    const { loaded } = loadScenario(generateScenario(50, 3));
    expect(Object.keys(loaded!.scenario.nodes)).toHaveLength(50);
    expect(Object.keys(loaded!.texts).sort()).toEqual(['en', 'es']);
  });

  it('compiles into a pack that reads back with no findings', () => {
    const read = readPack(JSON.parse(JSON.stringify(generatePack(200, 5))));
    expect(read.findings).toEqual([]);
    expect(Object.keys(read.loaded!.scenario.nodes)).toHaveLength(200);
  });
});
