/**
 * A new language as data, with the fixtures in tests/fixtures/languages/:
 * Arabic (right to left, six plural forms), Guaraní (no plural rules in the
 * runtime: `other` only, and every form the device may ask for is filled),
 * and Rioplatense Spanish (es-AR: only the lines it changes, the rest from
 * es). The checker passes them, the game's text lookups fall back as
 * promised, and the coverage report counts UI tables too, catching a table
 * copied from English.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import i18next from 'i18next';
import { describe, expect, it } from 'vitest';
import { readScenarioSource } from '../../../src/cli/read-scenario.js';
import { checkScenario } from '../../../src/format/check/index.js';
import { loadScenario } from '../../../src/format/load.js';
import { hasPluralRules } from '../../../src/format/plural-rules.js';
import { toI18nResources } from '../../../src/format/text.js';
import { copiedTables, uiCoverage, type LocaleTables } from '../../../src/format/translate/coverage.js';
import { pluralFormsOf } from '../../../src/format/translate/index.js';
import { fallbackChain } from '../../../src/i18n/chain.js';
import { textDirection } from '../../../src/i18n/direction.js';

const STORY = readScenarioSource('tests/fixtures/languages/story')!;

function localeTables(...dirs: string[]): LocaleTables {
  const tables: LocaleTables = {};
  for (const dir of dirs)
    for (const lang of readdirSync(dir))
      for (const file of readdirSync(join(dir, lang)))
        (tables[lang] ??= {})[file.replace('.json', '')] = JSON.parse(
          readFileSync(join(dir, lang, file), 'utf8'),
        );
  return tables;
}

async function gameLookup(lang: string) {
  const { loaded } = loadScenario(STORY);
  const resources = toI18nResources(loaded!);
  const instance = i18next.createInstance();
  await instance.init({
    lng: lang,
    fallbackLng: fallbackChain(lang, Object.keys(resources)),
    resources: Object.fromEntries(Object.entries(resources).map(([l, t]) => [l, { story: t }])),
    ns: ['story'],
    defaultNS: 'story',
    interpolation: { escapeValue: false },
  });
  return instance;
}

describe('the language fixtures', () => {
  it('pass the checker: Arabic with its six forms, Guaraní with "other" only, es-AR as an overlay', () => {
    expect(checkScenario(STORY)).toEqual([]);
  });

  it('Guaraní has no plural rules, so "other" is its one form and any count reads it', async () => {
    expect(hasPluralRules('gn')).toBe(false);
    expect(pluralFormsOf('gn')).toEqual(['other']);
    const gn = await gameLookup('gn');
    for (const count of [0, 1, 2, 5, 1_000_000])
      expect(gn.t('secret.msg', { count })).toBe(
        `Amondo ndéve ${count} jopói. Ani remombe’u nde sy ha nde rúvape, ¿iporã?`,
      );
  });

  it('Arabic picks its own forms', async () => {
    const ar = await gameLookup('ar');
    expect(ar.t('secret.msg', { count: 2 })).toContain('هديتين');
    expect(ar.t('secret.msg', { count: 3 })).toBe('أرسلت لك 3 هدايا. لا تخبر والديك، حسنًا؟');
  });

  it('es-AR says its own lines with vos and takes every other line from es', async () => {
    expect(fallbackChain('es-AR', ['es', 'pt-BR', 'en', 'es-AR'])).toEqual(['es', 'en']);
    const rio = await gameLookup('es-AR');
    expect(rio.t('hello.reply')).toBe('¡Gracias! Vos también jugás bien.');
    expect(rio.t('secret.msg', { count: 2 })).toContain('tus viejos');
    expect(rio.t('told.title')).toBe('Pediste ayuda');
  });

  it('set the writing direction: Arabic right to left, the others left to right', () => {
    expect(textDirection('ar')).toBe('rtl');
    expect(textDirection('ar-EG')).toBe('rtl');
    expect(textDirection('fa')).toBe('rtl');
    expect(textDirection('gn')).toBe('ltr');
    expect(textDirection('es-AR')).toBe('ltr');
    expect(textDirection('not a tag')).toBe('ltr');
  });
});

describe('coverage, UI tables included', () => {
  const tables = localeTables('assets/locales', 'tests/fixtures/languages/locales');

  it('counts what each language has, inherits and lacks', () => {
    const byLang = Object.fromEntries(uiCoverage(tables).map((c) => [c.lang, c]));
    expect(byLang.es!.missing).toEqual([]);
    expect(byLang['es-AR']!.own).toBe(3);
    expect(byLang['es-AR']!.missing).toEqual([]);
    expect(byLang['es-AR']!.inherited).toBe(byLang['es-AR']!.keys - 3);
    expect(byLang.ar!.own).toBe(13);
    expect(byLang.ar!.missing).toContain('ui:hub.handIn');
    expect(byLang.gn!.own).toBe(13);
  });

  it('does not let a table copied from English pass silently', () => {
    expect(copiedTables(tables)).toEqual([]);
    const copied = { ...tables, gn: { ui: { ...tables.en!.ui } } };
    const found = copiedTables(copied);
    expect(found.map((c) => `${c.lang}/${c.ns}`)).toEqual(['gn/ui']);
    expect(found[0]!.same.length).toBeGreaterThan(200);
    expect(uiCoverage(copied).find((c) => c.lang === 'gn')!.sameAsReference.length).toBeGreaterThan(200);
  });
});
