/**
 * A UI table of a language without plural rules (Guaraní) writes a counted
 * text once, as `_other`; the device's own rules may ask for `_one`. Through
 * real i18next, as the game sets it up: the Guaraní text for every number,
 * not the English one; a language with rules keeps falling back as before.
 */
import i18next from 'i18next';
import { describe, expect, it } from 'vitest';
import { fallbackChain } from '../../../src/i18n/chain';
import { fillPluralForms } from '../../../src/i18n/plural-fill';

const EN = { 'hub.done_one': 'Done · {{count}} ending', 'hub.done_other': 'Done · {{count}} endings' };

async function lookup(lang: string, table: Record<string, string>) {
  const languages = ['en', 'es', lang];
  const instance = i18next.createInstance();
  await instance.init({
    lng: lang,
    fallbackLng: (code: string) => fallbackChain(code, languages),
    resources: {
      en: { ui: EN },
      es: {
        ui: { 'hub.done_one': 'Listo · {{count}} final', 'hub.done_other': 'Listo · {{count}} finales' },
      },
      [lang]: { ui: fillPluralForms(lang, table) },
    },
    ns: ['ui'],
    defaultNS: 'ui',
    keySeparator: false,
    nsSeparator: false,
    interpolation: { escapeValue: false },
  });
  return (count: number) => instance.t('hub.done', { count });
}

describe('counted UI texts of a language without plural rules', () => {
  it('read the one form the table has for every number', async () => {
    const t = await lookup('gn', { 'hub.done_other': 'Opáma · {{count}} paha' });
    for (const count of [0, 1, 2, 5, 1_000_000]) expect(t(count)).toBe(`Opáma · ${count} paha`);
  });

  it('leave a language with rules to its fallbacks (es-AR takes the form es has)', async () => {
    const t = await lookup('es-AR', { 'hub.done_other': 'Listo · {{count}} finales, che' });
    expect(t(1)).toBe('Listo · 1 final');
    expect(t(3)).toBe('Listo · 3 finales, che');
  });

  it('keep forms the table writes and other keys as they are', () => {
    const table = { a_one: 'one', a_other: 'many', b: 'plain' };
    expect(fillPluralForms('gn', table)).toMatchObject({
      a_one: 'one',
      a_two: 'many',
      a_zero: 'many',
      b: 'plain',
    });
    expect(fillPluralForms('en', table)).toEqual(table);
  });
});
