/**
 * Hostile translators' files (XLIFF 2.0 and PO) read back through
 * `importTranslation`, as `npm run scenarios:translate -- import` does:
 * a real export of a small story (a plural line, markup-like text, quotes
 * and backslashes) mutated as text, with XML- and PO-specific snippets
 * among the pieces spliced in (hostile.ts). Correct: a refusal naming its
 * problems and no table, or a table of this story's lines only; the tables
 * handed in are never changed either way.
 */
import fc from 'fast-check';
import type { TextTableT } from '../../../src/format/schema.js';
import { sourceFingerprint } from '../../../src/format/text.js';
import {
  exportTranslation,
  importTranslation,
  type LanguageOfStory,
  type TranslationFormat,
} from '../../../src/format/translate/index.js';
import { mutate, mutations, type Mutation } from './hostile.js';
import { Broken, type FuzzKind } from './property.js';

const source: TextTableT = {
  hello: 'Hola, {{player}}',
  goals: { one: '{{count}} gol', other: '{{count}} goles' },
  bye: 'Chau',
  quote: 'Dijo "no" & <se fue>\\ya',
};
const target: TextTableT = {
  hello: { text: 'Hi, {{player}}', source: sourceFingerprint('Hola, {{player}}') },
  goals: { text: { one: '{{count}} goal', other: '{{count}} goals' }, source: '00000000' },
  quote: 'He said "no" & <left>\\now',
};
const story: LanguageOfStory = { story: 'demo', sourceLanguage: 'es', language: 'en', source, target };

interface TranslationCase {
  format: TranslationFormat;
  list: Mutation[];
}

/** A problem's kind, without the names and numbers in it, so the tally stays short. */
const kindOf = (problem: string) =>
  problem
    .replace(/"[^"]*"/g, '…')
    .replace(/\d+/g, 'n')
    .split('\n')[0]!
    .slice(0, 60);

export const translationKind: FuzzKind<TranslationCase> = {
  name: 'translation',
  async setUp() {
    const exported = {
      xliff: exportTranslation('xliff', story),
      po: exportTranslation('po', story),
    };
    const handedIn = JSON.stringify({ source, target });
    return {
      cases: fc.record({
        format: fc.constantFrom<TranslationFormat>('xliff', 'po'),
        list: mutations({ json: false }),
      }),
      async read(c) {
        const hostile = await mutate(exported[c.format], c.list);
        const result = importTranslation(c.format, hostile, story);
        if (JSON.stringify({ source, target }) !== handedIn) throw new Broken('the tables handed in changed');
        if (result.problems.length > 0) {
          if (result.table) throw new Broken('refused, yet a table came back');
          if (result.problems.some((p) => typeof p !== 'string' || p.length === 0))
            throw new Broken('a problem without words');
          return `${c.format} refused: ${kindOf(result.problems[0]!)}`;
        }
        if (!result.table) throw new Broken('neither a table nor a problem');
        const lines = Object.keys(source);
        const stranger = [...Object.keys(result.table), ...result.written].find((k) => !lines.includes(k));
        if (stranger !== undefined) throw new Broken(`a line the story does not have: ${stranger}`);
        return `${c.format} imported`;
      },
    };
  },
};
