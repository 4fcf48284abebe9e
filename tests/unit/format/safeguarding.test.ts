/**
 * Safeguarding checks beyond the fixtures: the friend-helper suggestion, the
 * right words with their spelling variants, blaming phrasings (and the
 * negated forms that must pass), where blaming is looked for, and the
 * reading limits per age band and language.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { checkScenario } from '../../../src/format/check/index.js';
import { readingProblems, sentencesOf } from '../../../src/format/check/reading-level.js';
import { blamingPhrases, forbiddenTerms } from '../../../src/format/check/wording-rules.js';
import { inline } from './fixtures.js';

const BASE = readFileSync('tests/fixtures/valid/valid/scenario.yaml', 'utf8');
const EN = readFileSync('tests/fixtures/valid/valid/text/en.yaml', 'utf8');

const codes = (scenario: string, texts: Record<string, string>) =>
  checkScenario(inline(scenario, texts, 'valid')).map((f) => `${f.code}: ${f.message}`);

/** The valid fixture's English table with one line's text replaced. */
const withLine = (id: string, text: string, table = EN) =>
  table.replace(new RegExp(`^${id.replace('.', '\\.')}: .*$`, 'm'), `${id}: ${JSON.stringify(text)}`);

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
      'wording: line "title" says "pornografia infantil"; say "imagens de abuso sexual de crianças e adolescentes" instead (docs/safeguarding.md, "Right words")',
    ]);
  });
});

describe('right words', () => {
  const cases: [lang: string, text: string, found: string, instead: RegExp][] = [
    ['en', 'Sharing it is Child-Pornography.', 'Child-Pornography', /child sexual abuse material/],
    ['en', 'no child porn here', 'child porn', /child sexual abuse material/],
    ['en', 'child prostitutes', 'child prostitutes', /sexual exploitation of children/],
    ['en', 'so-called child sex tourism', 'child sex tourism', /in travel and tourism/],
    ['en', 'CHILD SEX TOURISTS', 'CHILD SEX TOURISTS', /in travel and tourism/],
    ['es', 'Pornografia de menores', 'Pornografia de menores', /material de abuso sexual infantil/],
    ['es', 'pornografía infanto-juvenil', 'pornografía infanto-juvenil', /material de abuso sexual/],
    ['es', 'la pornografía  infantojuvenil', 'pornografía  infantojuvenil', /material de abuso sexual/],
    ['es', 'prostitución de menores', 'prostitución de menores', /explotación sexual de niñas/],
    ['es', 'PROSTITUCION INFANTIL', 'PROSTITUCION INFANTIL', /explotación sexual de niñas/],
    ['es', 'turismo sexual con niños', 'turismo sexual con niños', /en viajes y turismo/],
    ['es', 'el turismo sexual infantil', 'turismo sexual infantil', /en viajes y turismo/],
    ['pt-BR', 'prostituição de menores', 'prostituição de menores', /exploração sexual de crianças/],
    ['pt-BR', 'prostituicao infantil', 'prostituicao infantil', /exploração sexual de crianças/],
    ['pt-BR', 'turismo sexual com crianças', 'turismo sexual com crianças', /viagens e turismo/],
    ['pt-BR', 'pornografia infanto-juvenil', 'pornografia infanto-juvenil', /imagens de abuso sexual/],
  ];
  for (const [lang, text, found, instead] of cases) {
    it(`finds "${found}" (${lang}) and names the term to use`, () => {
      const terms = forbiddenTerms(text, lang);
      expect(terms.map((t) => t.found)).toEqual([found]);
      expect(terms[0]!.instead).toMatch(instead);
    });
  }

  it('leaves the right terms, and words that only look alike, alone', () => {
    expect(
      forbiddenTerms('explotación sexual de niñas, niños y adolescentes en viajes y turismo', 'es'),
    ).toEqual([]);
    expect(forbiddenTerms('child sexual abuse material', 'en')).toEqual([]);
    expect(forbiddenTerms('a childish portrait', 'en')).toEqual([]);
    expect(forbiddenTerms('turismo infantil en el museo', 'es')).toEqual([]);
    // Other languages are left to their reviewers.
    expect(forbiddenTerms('child pornography', 'de')).toEqual([]);
  });
});

describe('blaming phrasings', () => {
  const blaming: [lang: string, text: string][] = [
    ['en', 'It was your fault.'],
    ['en', 'You should have known better.'],
    ['en', 'Why did you send it?'],
    ['en', 'Next time, try the flag button.'],
    ['es', 'Fue tu culpa.'],
    ['es', 'La culpa es tuya.'],
    ['es', 'Deberías haber contado antes.'],
    ['es', '¿Por qué le mandaste la foto?'],
    ['es', 'La próxima vez, busca las señales.'],
    ['pt-BR', 'Foi culpa sua.'],
    ['pt-BR', 'A culpa é sua.'],
    ['pt-BR', 'Você devia ter contado.'],
    ['pt-BR', 'Por que você mandou a foto?'],
    ['pt-BR', 'Da próxima vez, procure as pistas.'],
  ];
  for (const [lang, text] of blaming) {
    it(`finds "${text}" (${lang})`, () => expect(blamingPhrases(text, lang)).toHaveLength(1));
  }

  const kind: [lang: string, text: string][] = [
    ['en', "It wasn't your fault, and you're not in trouble."],
    ['en', 'It is not your fault.'],
    ['es', 'No es tu culpa: la culpa no es tuya.'],
    ['es', 'Nunca fue tu culpa, y tú no tienes la culpa de nada.'],
    ['es', '¿Por qué quieres saber?'],
    ['es', 'Deberías contarle a un adulto de confianza.'],
    ['pt-BR', 'Não foi culpa sua, e a culpa não é sua.'],
    ['pt-BR', 'Você não devia ter vergonha.'],
  ];
  for (const [lang, text] of kind) {
    it(`lets "${text}" (${lang}) pass`, () => expect(blamingPhrases(text, lang)).toEqual([]));
  }

  it('looks for them where a line speaks to the player, not in a stranger’s guilt trip or the player’s words', () => {
    const blame = (texts: string) => codes(BASE, { en: texts }).filter((c) => c.startsWith('blaming'));
    // A stranger's message: the sign being taught.
    expect(blame(withLine('hello.msg', "If you don't answer, it's your fault I'm sad."))).toEqual([]);
    // The player's own words.
    expect(blame(withLine('hello.reply', 'Why did you write to me?'))).toEqual([]);
    // Teacher notes may quote what not to say.
    expect(blame(withLine('question', 'Why is "why did you send it?" a hurtful question?'))).toEqual([]);
    // An ending says it to the player.
    expect(blame(withLine('blocked.debrief', 'Why did you answer him?'))).toHaveLength(1);
    // So does the narrator, when a node's message comes from it.
    const narrated = BASE.replace('        from: sam\n        signs: [flattery]', '        from: narrator');
    expect(
      codes(narrated, { en: withLine('hello.msg', 'It was your fault.') }).filter((c) =>
        c.startsWith('blaming'),
      ),
    ).toHaveLength(1);
  });
});

describe('reading limits', () => {
  const words = (n: number) => Array.from({ length: n }, () => 'word').join(' ') + '.';

  it('holds each band to its own sentence length, per language', () => {
    expect(readingProblems(words(15), 'en', '7-11')).toEqual([]);
    expect(readingProblems(words(16), 'en', '7-11')).toEqual([
      {
        kind: 'sentence',
        found: 'word word word word word word word word…',
        size: 16,
        limit: 15,
        clearlyOver: false,
      },
    ]);
    expect(readingProblems(words(16), 'es', '7-11')).toEqual([]);
    expect(readingProblems(words(20), 'en', '11-14')).toEqual([]);
    expect(readingProblems(words(25), 'pt-BR', '14-18')).toEqual([]);
    expect(readingProblems(words(28), 'pt-BR', '14-18')[0]?.limit).toBe(27);
  });

  it('calls more than half as long again clearly over', () => {
    expect(readingProblems(words(22), 'en', '7-11')[0]?.clearlyOver).toBe(false);
    expect(readingProblems(words(23), 'en', '7-11')[0]?.clearlyOver).toBe(true);
  });

  it('ends a sentence at its stop, a line break or an emoji, but not inside a number', () => {
    expect(sentencesOf('ok 😎 see you. at 6:10 we play!\nbye')).toEqual([
      'ok',
      'see you.',
      'at 6:10 we play!',
      'bye',
    ]);
    expect(sentencesOf('It has 12.000 followers.')).toEqual(['It has 12.000 followers.']);
  });

  it('does not count names, usernames, numbers or placeholders as long words', () => {
    const text =
      'EstrellaMágica_10 and rodrigo_traveller wrote to {{player}} 123456789012 times at ABCDEFGHIJKLM.';
    expect(readingProblems(text, 'en', '7-11')).toEqual([]);
    expect(readingProblems('That was unbelievable.', 'en', '7-11').map((p) => p.found)).toEqual([
      'unbelievable',
    ]);
    expect(readingProblems('Fue una conversación rara.', 'es', '7-11')).toEqual([]);
  });

  it('has no limits for languages it has no figures for', () => {
    expect(readingProblems(words(60), 'de', '7-11')).toEqual([]);
  });

  it('measures a story at its youngest age band, and not its teacher notes', () => {
    const young = BASE.replace("ageBands: ['11-14']", "ageBands: ['7-11', '11-14']");
    const long =
      'one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen.';
    const lengthCodes = (scenario: string, texts: string) =>
      codes(scenario, { en: texts })
        .filter((c) => c.startsWith('long-sentence'))
        .map((c) => c.split(';')[0]);
    expect(lengthCodes(young, withLine('lesson.trust', long))).toEqual([
      'long-sentence: line "lesson.trust" has a sentence of 16 words ("one two three four five six seven eight…")',
    ]);
    expect(lengthCodes(BASE, withLine('lesson.trust', long))).toEqual([]);
    const shortLesson = withLine('lesson.trust', 'A safe friend never asks for secrets.');
    expect(lengthCodes(young, withLine('goal', long, shortLesson))).toEqual([]);
  });
});
