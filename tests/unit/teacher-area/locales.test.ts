/**
 * The teacher area's words (assets/locales/<lang>/teacher.json): every
 * language has every English key with the same placeholders, and every code
 * the teacher area can show a message for has one.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { STORE_FAILURE_REASONS } from '../../../src/store/index.js';
import { PIN_PROBLEMS } from '../../../src/teacher/pin/index.js';
import { TEACHER_SECTIONS } from '../../../src/teacher/sections.js';

const DIR = 'assets/locales';
const LANGS = readdirSync(DIR);
const table = (lang: string): Record<string, string> =>
  JSON.parse(readFileSync(`${DIR}/${lang}/teacher.json`, 'utf8'));
const base = (key: string) => key.replace(/_(zero|one|two|few|many|other)$/, '');
const placeholders = (s: string) => [...s.matchAll(/\{\{(\w+)\}\}/g)].map((m) => m[1]).sort();

describe('teacher words', () => {
  it('exist for every language of the game', () => {
    expect(LANGS).toEqual(expect.arrayContaining(['es', 'pt-BR', 'en']));
  });

  it('name every storage failure, PIN problem and section', () => {
    const keys = new Set(Object.keys(table('en')).map(base));
    const needed = [
      ...STORE_FAILURE_REASONS.map((r) => `storage.reason.${r}`),
      ...[...PIN_PROBLEMS, 'exists', 'failed', 'unset'].map((p) => `pin.problem.${p}`),
      ...TEACHER_SECTIONS.flatMap((s) => [`${s.key}.title`, `${s.key}.text`]),
    ];
    expect(needed.filter((k) => !keys.has(k))).toEqual([]);
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
