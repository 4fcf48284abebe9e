/** Every reason code the store can give has a message in every language, and the languages match. */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { BACKUP_REJECTIONS, NICKNAME_PROBLEMS, STORE_FAILURE_REASONS } from '../../../src/store/index.js';

const LANGUAGES = ['es', 'pt-BR', 'en'];
const table = (lang: string): Record<string, string> =>
  JSON.parse(readFileSync(new URL(`../../../assets/locales/${lang}/store.json`, import.meta.url), 'utf8'));

describe('store messages', () => {
  it.each(LANGUAGES)('%s has a message for every reason code', (lang) => {
    const keys = Object.keys(table(lang));
    const needed = [
      ...STORE_FAILURE_REASONS.map((r) => `reason.${r}`),
      ...BACKUP_REJECTIONS.map((r) => `backup.${r}`),
      ...NICKNAME_PROBLEMS.map((r) => `nickname.${r}`),
      'memory.title',
      'memory.note',
      'lost.note',
      'persistence.granted',
      'persistence.denied',
      'persistence.unsupported',
    ];
    for (const key of needed) expect(keys, `${lang}: ${key}`).toContain(key);
    for (const value of Object.values(table(lang))) expect(value.trim().length).toBeGreaterThan(0);
  });

  it('every language has the same keys and placeholders as English (plural forms may differ)', () => {
    const en = table('en');
    const base = (key: string) => key.replace(/_(zero|one|two|few|many|other)$/, '');
    const placeholders = (text: string) => [...text.matchAll(/\{\{(\w+)\}\}/g)].map((m) => m[1]).sort();
    const bases = (t: Record<string, string>) => [...new Set(Object.keys(t).map(base))].sort();
    for (const lang of LANGUAGES) {
      const other = table(lang);
      expect(bases(other), lang).toEqual(bases(en));
      for (const [key, text] of Object.entries(other)) {
        const ref = en[key] ?? en[`${base(key)}_other`]!;
        expect(placeholders(text), `${lang}: ${key}`).toEqual(placeholders(ref));
      }
    }
  });
});
