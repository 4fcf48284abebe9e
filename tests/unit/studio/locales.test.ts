/**
 * The studio's words (assets/locales/<lang>/studio.json): every language has
 * every English key with the same placeholders, and every key the studio's
 * code asks for exists (literal keys found in src/studio, plus the ones made
 * from a list: open problems, protective actions, ending kinds).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { categorisedCodes, categoryOf } from '../../../src/format/check/categories';
import { ENDING_KINDS, PROTECTIVE_ACTIONS } from '../../../src/format/taxonomy';
import { TRANSLATION_FORMATS } from '../../../src/format/translate/index';
import { LINE_STATES } from '../../../src/format/translate/units';
import { LINE_FILTERS } from '../../../src/studio/model/translation';

const DIR = 'assets/locales';
const LANGS = readdirSync(DIR);
const table = (lang: string): Record<string, string> =>
  JSON.parse(readFileSync(`${DIR}/${lang}/studio.json`, 'utf8'));
const base = (key: string) => key.replace(/_(zero|one|two|few|many|other)$/, '');
const placeholders = (s: string) => [...s.matchAll(/\{\{(\w+)\}\}/g)].map((m) => m[1]).sort();

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? sourceFiles(join(dir, e.name)) : /\.tsx?$/.test(e.name) ? [join(dir, e.name)] : [],
  );
}

describe('studio words', () => {
  it('has every key the studio asks for', () => {
    const keys = new Set(Object.keys(table('en')).map(base));
    const used = new Set<string>();
    for (const file of sourceFiles('src/studio')) {
      const text = readFileSync(file, 'utf8');
      for (const m of text.matchAll(/\bt\(\s*'([a-zA-Z][\w.-]*)'/g)) used.add(m[1]!);
      for (const m of text.matchAll(/\bapp\.t\(\s*'([\w.-]+)',\s*\{\s*ns:\s*'studio'/g)) used.add(m[1]!);
    }
    const made = [
      ...['not-a-zip', 'too-large', 'no-story', 'unreadable'].map((p) => `open.problem.${p}`),
      ...PROTECTIVE_ACTIONS.map((a) => `action.${a}`),
      ...ENDING_KINDS.map((k) => `graph.legend.${k}`),
      ...[...new Set(categorisedCodes().map(categoryOf))].map((c) => `category.${c}`),
      'findings.error',
      'findings.warning',
      'tabs.graph',
      'tabs.play',
      'tabs.translate',
      // The Translate tab's words made from its lists (states, filters, formats, problems).
      ...LINE_STATES.flatMap((s) => [`translate.state.${s}`, `translate.why.${s}`, `translate.count.${s}`]),
      ...LINE_FILTERS.flatMap((f) => [`translate.filter.${f}`, `translate.empty.${f}`]),
      ...TRANSLATION_FORMATS.map((f) => `translate.export.${f}`),
      ...['no-source-language', 'source-unreadable', 'is-source', 'no-table', 'table-unreadable'].map(
        (p) => `translate.problem.${p}`,
      ),
      ...['bad-tag', 'exists', 'is-source'].map((p) => `translate.add.${p}`),
    ];
    expect(used.size).toBeGreaterThan(40);
    expect([...used, ...made].filter((k) => !keys.has(k))).toEqual([]);
  });

  it('words findings only for codes the checker has', () => {
    const known = new Set([...categorisedCodes(), 'schema']);
    const codes = Object.keys(table('en'))
      .filter((k) => k.startsWith('finding.'))
      .map((k) => k.slice('finding.'.length).split('.')[0]!);
    expect(codes.length).toBeGreaterThan(40);
    expect(codes.filter((c) => !known.has(c))).toEqual([]);
  });

  for (const lang of LANGS) {
    it(`${lang} has the English keys, none empty, with the same placeholders`, () => {
      const en = table('en');
      const mine = table(lang);
      const bases = (t: Record<string, string>) => [...new Set(Object.keys(t).map(base))].sort();
      expect(bases(mine)).toEqual(bases(en));
      for (const [key, text] of Object.entries(mine)) {
        expect(text.trim(), `${lang} ${key}`).not.toBe('');
        const ref = en[key] ?? en[`${base(key)}_other`]!;
        expect(placeholders(text), `${lang} ${key}`).toEqual(placeholders(ref));
      }
    });
  }
});
