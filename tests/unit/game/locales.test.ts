import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { readBootLocales } from '../../../src/vite/locales';

const DIR = 'assets/locales';
const langs = readdirSync(DIR).filter((l) => {
  try {
    readFileSync(`${DIR}/${l}/ui.json`);
    return true;
  } catch {
    return false;
  }
});
const table = (lang: string) =>
  JSON.parse(readFileSync(`${DIR}/${lang}/ui.json`, 'utf8')) as Record<string, string>;
const base = (key: string) => key.replace(/_(zero|one|two|few|many|other)$/, '');
const placeholders = (s: string) => [...s.matchAll(/\{\{(\w+)\}\}/g)].map((m) => m[1]).sort();

describe('UI strings', () => {
  it('exist for es, pt-BR and en', () => {
    expect(langs).toEqual(expect.arrayContaining(['es', 'pt-BR', 'en']));
  });
  for (const lang of langs) {
    it(`${lang} has every English key (plural forms may differ)`, () => {
      const mine = new Set(Object.keys(table(lang)).map(base));
      const missing = Object.keys(table('en'))
        .map(base)
        .filter((k) => !mine.has(k));
      expect(missing).toEqual([]);
    });
    it(`${lang} uses the same placeholders as English`, () => {
      const en = table('en');
      const t = table(lang);
      for (const [key, text] of Object.entries(t)) {
        const ref = en[key] ?? en[`${base(key)}_other`];
        if (ref !== undefined) expect(placeholders(text), `${lang} ${key}`).toEqual(placeholders(ref));
      }
    });
  }
  it('gives the title screen every language, with its own name and boot strings', () => {
    const boot = readBootLocales(DIR);
    expect(boot.map((l) => l.code)).toEqual(langs.sort());
    for (const l of boot) {
      expect(l.name).not.toBe(l.code);
      expect(Object.keys(l.strings)).toEqual(
        expect.arrayContaining(['boot.play', 'boot.loading', 'boot.language']),
      );
    }
  });
});
