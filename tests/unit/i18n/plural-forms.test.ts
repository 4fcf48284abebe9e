/**
 * i18next picks a plural form with the language's own rules (Intl.PluralRules)
 * and does not fall back to `_other` when a form is missing: Spanish and
 * Portuguese need `_many` for 1,000,000 and the like. So every plural in every
 * game table has every form its language can ask for.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

const DIR = 'assets/locales';
const PLURAL = /_(zero|one|two|few|many|other)$/;

function tables(): { lang: string; file: string; keys: string[] }[] {
  const out = [];
  for (const lang of readdirSync(DIR)) {
    for (const file of readdirSync(`${DIR}/${lang}`).filter((f) => f.endsWith('.json'))) {
      const keys = Object.keys(JSON.parse(readFileSync(`${DIR}/${lang}/${file}`, 'utf8')));
      out.push({ lang, file, keys });
    }
  }
  return out;
}

describe('plural forms', () => {
  for (const { lang, file, keys } of tables()) {
    it(`${lang}/${file} has every form its language needs`, () => {
      const needed = new Intl.PluralRules(lang).resolvedOptions().pluralCategories;
      const have = new Set(keys);
      const missing: string[] = [];
      for (const base of new Set(keys.filter((k) => PLURAL.test(k)).map((k) => k.replace(PLURAL, '')))) {
        for (const form of needed) if (!have.has(`${base}_${form}`)) missing.push(`${base}_${form}`);
      }
      expect(missing).toEqual([]);
    });
  }
});
