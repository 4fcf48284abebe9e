import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import * as lines from '../../../src/game/services/helplines-data';
import { playerCountry } from '../../../src/game/services/helplines-data';

// The real data file, as the build turns it into plain data, read on a fixed
// day inside its entries' year of verification so the tests do not age.
const DATA = parse(readFileSync('assets/helplines.yaml', 'utf8'));
const TODAY = '2026-12-10';
const helpLinesFor = (c: string | null, chain: string[]) => lines.helpLinesFor(DATA, c, chain, TODAY);
const helpCountries = () => lines.helpCountries(DATA, TODAY);
import { readScenarioIndex, indexText } from '../../../src/game/services/scenario-index';

/** One verified web entry, changed by `patch`. */
function entry(patch: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    id: 'x',
    name: 'X',
    how: 'web',
    value: 'https://example.org/help',
    description: { en: 'Help.' },
    source: 'https://example.org/about',
    verifiedOn: '2025-01-01',
    verifiedBy: 'An NGO',
    ...patch,
  };
}
const shown = (e: Record<string, unknown>, today: string) =>
  lines.helpLinesFor({ everywhere: [e] }, null, ['en'], today).everywhere.map((l) => l.id);

describe('help card data', () => {
  it('survives garbage data', () => {
    for (const junk of [
      null,
      3,
      'x',
      { countries: [] },
      { countries: { BR: 'no' } },
      { everywhere: [{ verifiedOn: '2020-01-01' }] },
    ]) {
      expect(lines.helpLinesFor(junk, 'BR', ['en'], TODAY)).toEqual({ country: [], everywhere: [] });
    }
  });
  it('refuses a web line that is not https', () => {
    expect(shown(entry({ value: 'javascript:alert(1)' }), '2025-06-01')).toEqual([]);
  });
  it('shows Brazil its verified lines, described in the player language', () => {
    const { country } = helpLinesFor('BR', ['pt-BR', 'en']);
    expect(country.map((l) => l.id)).toContain('disque-100');
    const disque = country.find((l) => l.id === 'disque-100')!;
    expect(disque.description).toMatch(/gratuita/);
  });
  it('never shows a candidate line', () => {
    // Childline's number could not be confirmed from a public page yet.
    expect(helpLinesFor('GB', ['en']).country.map((l) => l.id)).not.toContain('childline');
    expect(helpLinesFor(null, ['en']).everywhere.map((l) => l.id)).not.toContain(
      'child-helpline-international',
    );
    expect(shown(entry({ verifiedOn: null }), '2025-06-01')).toEqual([]);
  });
  it('never shows a line that does not say where and by whom it was checked', () => {
    expect(shown(entry(), '2025-06-01')).toEqual(['x']);
    expect(shown(entry({ source: null }), '2025-06-01')).toEqual([]);
    expect(shown(entry({ source: 'the ministry' }), '2025-06-01')).toEqual([]);
    expect(shown(entry({ verifiedBy: null }), '2025-06-01')).toEqual([]);
    expect(shown(entry({ verifiedBy: '  ' }), '2025-06-01')).toEqual([]);
    // The old field alone is not a verification.
    expect(shown(entry({ verifiedOn: undefined, verified: '2025-01-01' }), '2025-06-01')).toEqual([]);
  });
  it('keeps showing a line for a year and a 90-day grace period, then stops', () => {
    expect(shown(entry(), '2026-01-01')).toEqual(['x']); // a year
    expect(shown(entry(), '2026-04-01')).toEqual(['x']); // the last day of grace
    expect(shown(entry(), '2026-04-02')).toEqual([]);
  });
  it('never shows a line verified on a day that has not come, or is not a day', () => {
    expect(shown(entry({ verifiedOn: '2025-01-02' }), '2025-01-01')).toEqual([]);
    expect(shown(entry({ verifiedOn: '2025-02-30' }), '2025-06-01')).toEqual([]);
  });
  it('reads a date the YAML parser turned into a date object', () => {
    expect(shown(entry({ verifiedOn: new Date('2025-01-01T00:00:00Z') }), '2025-06-01')).toEqual(['x']);
  });
  it('gives a country with no entries nothing but the lines valid everywhere', () => {
    const r = helpLinesFor('ZZ', ['en']);
    expect(r.country).toEqual([]);
    expect(r.everywhere.map((l) => l.id)).toContain('take-it-down');
  });
  it('lists only countries that have a line shown today', () => {
    const countries = helpCountries();
    expect(countries).toContain('BR');
    expect(countries).not.toContain('GB');
    for (const c of countries) expect(helpLinesFor(c, ['en']).country.length).toBeGreaterThan(0);
    // Long after every check has run out, nothing is left to list.
    expect(lines.helpCountries(DATA, '2099-01-01')).toEqual([]);
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
