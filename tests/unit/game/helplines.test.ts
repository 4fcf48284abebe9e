import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import * as lines from '../../../src/game/services/helplines-data';
import { playerCountry } from '../../../src/game/services/helplines-data';

// The real data file, as the build turns it into plain data.
const DATA = parse(readFileSync('assets/helplines.yaml', 'utf8'));
const helpLinesFor = (c: string | null, chain: string[]) => lines.helpLinesFor(DATA, c, chain);
const helpCountries = () => lines.helpCountries(DATA);
import { readScenarioIndex, indexText } from '../../../src/game/services/scenario-index';

describe('help card data', () => {
  it('survives garbage data', () => {
    for (const junk of [
      null,
      3,
      'x',
      { countries: [] },
      { countries: { BR: 'no' } },
      { everywhere: [{ verified: '2020-01-01' }] },
    ]) {
      expect(lines.helpLinesFor(junk, 'BR', ['en'])).toEqual({ country: [], everywhere: [] });
    }
  });
  it('refuses a web line that is not https', () => {
    const data = {
      everywhere: [{ id: 'x', name: 'X', how: 'web', value: 'javascript:alert(1)', verified: '2026-01-01' }],
    };
    expect(lines.helpLinesFor(data, null, ['en']).everywhere).toEqual([]);
  });
  it('shows Brazil its verified lines, described in the player language', () => {
    const { country } = helpLinesFor('BR', ['pt-BR', 'en']);
    expect(country.map((l) => l.id)).toContain('disque-100');
    const disque = country.find((l) => l.id === 'disque-100')!;
    expect(disque.description).toMatch(/gratuita/);
  });
  it('never shows an unverified line', () => {
    const mx = helpLinesFor('MX', ['es']).country.map((l) => l.id);
    expect(mx).not.toContain('consejo-ciudadano');
  });
  it('gives a country with no entries nothing but the lines valid everywhere', () => {
    const r = helpLinesFor('ZZ', ['en']);
    expect(r.country).toEqual([]);
    expect(r.everywhere.map((l) => l.id)).toContain('take-it-down');
  });
  it('lists only countries that have a verified line', () => {
    const countries = helpCountries();
    expect(countries).toContain('BR');
    for (const c of countries) expect(helpLinesFor(c, ['en']).country.length).toBeGreaterThan(0);
  });
  it('takes the country from the language region (es-EC → EC)', () => {
    expect(playerCountry(['es-EC', 'es', 'en'])).toBe('EC');
    expect(playerCountry(['es', 'en'])).toBeNull();
  });
});

describe('scenario index from the network', () => {
  const good = {
    id: 'a-story',
    version: 1,
    topics: ['grooming'],
    ageBands: ['11-14'],
    minutes: 5,
    sourceLanguage: 'es',
    languages: ['es', 'en'],
    endings: 3,
    strangerAvatars: ['lion'],
    texts: {
      es: { title: 'Título', summary: 'Resumen', playerNote: 'Puedes parar', contentNote: 'Nota' },
      en: { title: 'Title' },
    },
  };
  it('keeps valid entries and drops malformed ones', () => {
    const list = readScenarioIndex({ scenarios: [good, { ...good, id: '../x' }, { id: 3 }, null] });
    expect(list.map((e) => e.id)).toEqual(['a-story']);
  });
  it('never throws on garbage', () => {
    for (const junk of [null, 1, 'x', [], { scenarios: 'no' }, { scenarios: [[]] }])
      expect(readScenarioIndex(junk)).toEqual([]);
  });
  it('falls back to the source language for a missing text', () => {
    const [entry] = readScenarioIndex({ scenarios: [good] });
    expect(indexText(entry!, 'title', ['en'])).toBe('Title');
    expect(indexText(entry!, 'summary', ['en'])).toBe('Resumen');
    expect(indexText(entry!, 'playerNote', ['en'])).toBe('Puedes parar');
  });
  it("keeps the strangers' avatars, and reads an older index without them as none", () => {
    expect(readScenarioIndex({ scenarios: [good] })[0]?.strangerAvatars).toEqual(['lion']);
    const { strangerAvatars: _, ...older } = good;
    expect(readScenarioIndex({ scenarios: [older] })[0]?.strangerAvatars).toEqual([]);
  });
});
