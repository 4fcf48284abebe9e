/**
 * Translators' formats: one language of a story out to XLIFF 2.0 and PO and
 * back, keeping fingerprints, so a line whose source changed since the
 * export comes back stale; and refusing a bad file with its reason while
 * changing nothing.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { TextTableT } from '../../../src/format/schema.js';
import { sourceFingerprint } from '../../../src/format/text.js';
import {
  exportTranslation,
  importTranslation,
  pluralFormsOf,
  stateCounts,
  translationUnits,
  TRANSLATION_FORMATS,
  writeTableLines,
  type LanguageOfStory,
} from '../../../src/format/translate/index.js';

const source: TextTableT = {
  hello: 'Hola, {{player}}',
  goals: { one: '{{count}} gol', other: '{{count}} goles' },
  bye: 'Chau',
  quote: 'Dijo "no" & <se fue>\\ya',
};
const en: TextTableT = {
  hello: { text: 'Hi, {{player}}', source: sourceFingerprint('Hola, {{player}}') },
  goals: { text: { one: '{{count}} goal', other: '{{count}} goals' }, source: '00000000' },
  quote: 'He said "no" & <left>\\now',
};
const story: LanguageOfStory = { story: 'demo', sourceLanguage: 'es', language: 'en', source, target: en };

describe('translation units', () => {
  it('give each line its state, and each plural form the target language uses its own unit', () => {
    const units = translationUnits(source, en, 'en');
    expect(units.map((u) => [u.key, u.state])).toEqual([
      ['hello', 'done'],
      ['goals:one', 'stale'],
      ['goals:other', 'stale'],
      ['bye', 'missing'],
      ['quote', 'new'],
    ]);
    expect(stateCounts(units)).toEqual({ missing: 1, new: 1, stale: 1, done: 1 });
    expect(
      translationUnits(source, undefined, 'ar')
        .filter((u) => u.line === 'goals')
        .map((u) => u.form),
    ).toEqual(['zero', 'one', 'two', 'few', 'many', 'other']);
  });

  it('fall back to the one form "other" for a language without plural rules', () => {
    expect(pluralFormsOf('gn')).toEqual(['other']);
    expect(pluralFormsOf('not a tag')).toEqual(['other']);
    expect(pluralFormsOf('pt-BR')).toContain('one');
  });
});

describe.each(TRANSLATION_FORMATS)('%s', (format) => {
  it('round-trips: importing the untouched export changes nothing', () => {
    const file = exportTranslation(format, story);
    const result = importTranslation(format, file, story);
    expect(result.problems).toEqual([]);
    expect(result.table).toEqual(en);
    expect(result.written).toEqual([]);
  });

  it('writes an edited or new line with the fingerprint it was translated from; a source changed since is stale', () => {
    let file = exportTranslation(format, story);
    const target = (text: string) => (format === 'xliff' ? `<target>${text}</target>` : `msgstr "${text}"`);
    file = file.replace(
      format === 'xliff' ? /(<source>Chau<\/source>)/ : /(msgid "Chau"\nmsgstr )""/,
      format === 'xliff' ? `$1${target('Bye')}` : '$1"Bye"',
    );
    file = file.replace(target('Hi, {{player}}'), target('Hello, {{player}}'));
    // Meanwhile the author rewrites the Spanish "hello".
    const changed = { ...story, source: { ...source, hello: 'Buenas, {{player}}' } };
    const result = importTranslation(format, file, changed);
    expect(result.problems).toEqual([]);
    expect(result.table!.bye).toEqual({ text: 'Bye', source: sourceFingerprint('Chau') });
    expect(result.table!.hello).toEqual({
      text: 'Hello, {{player}}',
      source: sourceFingerprint('Hola, {{player}}'),
    });
    expect(result.staleSinceExport).toEqual(['hello']);
    expect(result.written.sort()).toEqual(['bye', 'hello']);
    // The untouched stale plural stays stale: never turned "done" by a round trip.
    expect(result.table!.goals).toEqual(en.goals);
  });

  it.each([
    ['another language', (f: string) => f.replace(/trgLang="en"|Language: en/, (m) => m.replace('en', 'fr'))],
    [
      'a line the story does not have',
      (f: string) => f.replaceAll('"bye"', '"__proto__"').replace('bye', 'nope'),
    ],
    [
      'a broken fingerprint',
      (f: string) => f.replace(`escudo-fingerprint: ${sourceFingerprint('Chau')}`, 'escudo-fingerprint: zz'),
    ],
    ['a file that is not one', () => '{"not": "a translation"}'],
    ['an oversized file', (f: string) => f + ' '.repeat(2_000_001)],
  ])('refuses %s with a reason, and returns no table', (_, spoil) => {
    const result = importTranslation(format, spoil(exportTranslation(format, story)), story);
    expect(result.table).toBeUndefined();
    expect(result.problems.length).toBeGreaterThan(0);
    expect(result.problems.join(' ')).not.toMatch(/undefined|\[object/);
  });
});

describe('hostile XLIFF', () => {
  it('refuses entities, __proto__ ids and deep nesting without throwing', () => {
    const bomb =
      '<?xml version="1.0"?><!DOCTYPE x [<!ENTITY a "aaaa"><!ENTITY b "&a;&a;">]><xliff version="2.0"/>';
    expect(importTranslation('xliff', bomb, story).problems[0]).toMatch(/DTD or entities/);
    const proto = exportTranslation('xliff', story).replace('id="bye"', 'id="__proto__"');
    expect(importTranslation('xliff', proto, story).problems[0]).toMatch(/"__proto__" is not a line/);
    const deep = exportTranslation('xliff', story).replace(
      '<target>He said',
      `${'<pc id="1">'.repeat(10_000)}x${'</pc>'.repeat(10_000)}<target>He said`,
    );
    const result = importTranslation('xliff', deep, story);
    expect(result.table).toBeUndefined();
  });
});

describe('writeTableLines', () => {
  it('replaces lines in place and adds new ones, keeping comments', () => {
    const yaml = "# notes\nhello: 'Hi' # mine\nbye: 'Bye'\n";
    const out = writeTableLines(yaml, { hello: { text: 'Hey', source: '1234abcd' }, extra: 'New' });
    expect(out).toBe("# notes\nhello:\n  text: 'Hey'\n  source: '1234abcd'\nbye: 'Bye'\nextra: 'New'\n");
  });
});

/** Text a table line can hold: any printable characters, no surrounding whitespace. */
const lineText = fc
  .string({ unit: 'grapheme', minLength: 1, maxLength: 40 })
  // XML 1.0 cannot carry control characters; table lines never hold them.
  // eslint-disable-next-line no-control-regex
  .map((s) => s.replace(/[\u0000-\u001f\u007f-\u009f\ufffe\uffff]/g, '').trim())
  .filter((s) => s.length > 0);

describe.each(TRANSLATION_FORMATS)('%s round trip (property)', (format) => {
  it('any translation exported and imported back is the same, with the fingerprint of its source', () => {
    fc.assert(
      fc.property(
        fc.uniqueArray(fc.tuple(fc.stringMatching(/^[a-z][a-z0-9._-]{0,12}$/), lineText, lineText), {
          minLength: 1,
          maxLength: 8,
          selector: (t) => t[0],
        }),
        (lines) => {
          const src: TextTableT = Object.fromEntries(lines.map(([id, s]) => [id, s]));
          const empty: LanguageOfStory = { story: 'p', sourceLanguage: 'es', language: 'pt-BR', source: src };
          let file = exportTranslation(format, empty);
          // The translator fills in every line in their tool.
          const filled = importTranslation(format, file, empty);
          expect(filled.table).toEqual({});
          const translated: TextTableT = Object.fromEntries(
            lines.map(([id, s, t]) => [id, { text: t, source: sourceFingerprint(s) }]),
          );
          file = exportTranslation(format, { ...empty, target: translated });
          const back = importTranslation(format, file, { ...empty, target: {} });
          expect(back.problems).toEqual([]);
          expect(back.table).toEqual(translated);
        },
      ),
      { numRuns: 60 },
    );
  });
});

describe('scenarios:translate', () => {
  const run = (args: string[]) =>
    spawnSync(process.execPath, ['--import', 'tsx', 'src/cli/scenarios-translate.ts', ...args], {
      encoding: 'utf8',
    });

  it('exports PO, imports the translator’s edit into the table, and leaves the table untouched for a bad file', () => {
    const dir = mkdtempSync(join(tmpdir(), 'escudo-translate-'));
    try {
      spawnSync(process.execPath, ['--import', 'tsx', 'src/cli/scenarios-new.ts', 's', '--dir', dir]);
      const po = join(dir, 's.en.po');
      expect(run(['export', 's', 'en', '--format', 'po', '--out', po, '--dir', dir]).status).toBe(0);
      writeFileSync(po, readFileSync(po, 'utf8').replace('msgstr "My new story"', 'msgstr "My first story"'));
      const table = join(dir, 's', 'text', 'en.yaml');
      const imported = run(['import', 's', 'en', po, '--dir', dir]);
      expect(imported.stdout).toContain('1 line(s) written');
      expect(readFileSync(table, 'utf8')).toContain("meta.title:\n  text: 'My first story'\n  source: '");

      const before = readFileSync(table, 'utf8');
      writeFileSync(po, readFileSync(po, 'utf8').replace('Language: en', 'Language: fr'));
      const refused = run(['import', 's', 'en', po, '--dir', dir]);
      expect(refused.status).toBe(1);
      expect(refused.stderr).toContain('the file is a translation into "fr", not "en"');
      expect(readFileSync(table, 'utf8')).toBe(before);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
