/** Safeguarding checks beyond the fixtures: the friend-helper suggestion, and wording per language. */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { checkScenario } from '../../../src/format/check/index.js';
import { inline } from './fixtures.js';

const BASE = readFileSync('tests/fixtures/valid/valid/scenario.yaml', 'utf8');
const EN = readFileSync('tests/fixtures/valid/valid/text/en.yaml', 'utf8');

const codes = (scenario: string, texts: Record<string, string>) =>
  checkScenario(inline(scenario, texts, 'valid')).map((f) => `${f.code}: ${f.message}`);

describe('safeguarding checks', () => {
  it('suggests the friend-helper role for sextortion at 11-14, and not once it is set', () => {
    const sextortion = BASE.replace('topics: [grooming]', 'topics: [sextortion]');
    // The fixture's endings do not teach the sextortion script; that rule has its own fixture.
    const suggestions = (scenario: string) =>
      codes(scenario, { en: EN }).filter((c) => !c.startsWith('sextortion-script-incomplete'));
    expect(suggestions(sextortion)).toEqual([
      'friend-helper-suggested: for 11-14, a sextortion scenario should let the player help a friend instead of being the target; set player: { role: friend-helper }',
    ]);
    expect(
      suggestions(sextortion.replace('start: hello', 'player: { role: friend-helper }\nstart: hello')),
    ).toEqual([]);
  });

  it('suggests the right words in the language of the table', () => {
    const pt = 'title: "Sobre pornografia infantil"\n';
    const found = codes(BASE, { en: EN, 'pt-BR': pt }).filter((c) => c.startsWith('wording'));
    expect(found).toEqual([
      'wording: line "title" says "pornografia infantil"; say "imagens de abuso sexual de crianças e adolescentes" instead (see the safeguarding principles)',
    ]);
  });
});
