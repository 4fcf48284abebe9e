/**
 * A line written as plural forms needs every form its language uses. The
 * game picks the form with the language's own rules (Intl.PluralRules, as
 * i18next does) and a missing form shows the player the raw line id, so:
 * Polish needs "few" for 2–4, Arabic has six forms, and Spanish and
 * Portuguese use "many" only for numbers like 1,000,000. A form some number
 * up to 1,000 needs is an error; a form only larger numbers need is left to
 * the author (docs/scenario-format.md: add it if the count can get that
 * high), since a story's counts are small and a warning on every Spanish
 * plural would teach authors to ignore warnings.
 */
import { hasPluralRules } from '../plural-rules.js';
import { entryText, isTranslated } from '../text.js';
import type { TableContext } from './table-view.js';

const SMALL = 1000;
/** Numbers tried to find an example of each form. */
const SAMPLES = Array.from({ length: SMALL + 1 }, (_, i) => i);

interface FormNeed {
  form: string;
  /** The first number that takes this form (undefined: only fractions do). */
  example: number | undefined;
}

const cache = new Map<string, FormNeed[] | null>();

/** The plural forms a language uses, with an example number each; null for a tag Intl cannot read. */
function formsOf(lang: string): FormNeed[] | null {
  if (cache.has(lang)) return cache.get(lang)!;
  let needs: FormNeed[] | null;
  // No rules of its own (Guaraní): `other` alone is right, the game fills the rest (plural-rules.ts).
  if (!hasPluralRules(lang)) {
    needs = [{ form: 'other', example: 0 }];
    cache.set(lang, needs);
    return needs;
  }
  try {
    const rules = new Intl.PluralRules(lang);
    needs = rules.resolvedOptions().pluralCategories.map((form) => ({
      form,
      example: SAMPLES.find((n) => rules.select(n) === form),
    }));
  } catch {
    needs = null;
  }
  cache.set(lang, needs);
  return needs;
}

export function checkPluralForms(ctx: TableContext): void {
  for (const [lang, table] of Object.entries(ctx.texts)) {
    const needs = formsOf(lang);
    const file = ctx.textFiles[lang];
    if (!needs || !file) continue;
    for (const [id, entry] of Object.entries(table)) {
      const text = entryText(entry);
      if (typeof text === 'string') continue;
      const path = isTranslated(entry) ? [id, 'text'] : [id];
      for (const { form, example } of needs) {
        if (text[form as keyof typeof text] !== undefined) continue;
        // Forms only fractions or very large numbers take are not required.
        if (example === undefined || example > SMALL) continue;
        const words = { params: { line: id, lang, form, example } };
        ctx.report.add(file, 'error', 'plural-form-missing', words, path);
      }
    }
  }
}
