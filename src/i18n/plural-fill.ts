/**
 * Counted texts in a UI table of a language the browser has no plural rules
 * for (Guaraní). Such a table writes each counted text once, as
 * `<key>_other` (docs/translating.md). But `Intl.PluralRules` answers for an
 * unknown language with the device's own rules, so on an English phone
 * i18next asks for `<key>_one` when the number is 1, does not find it, and
 * shows the English text instead. Every form the device may ask for is
 * filled from `other`: one text for every number, the same on every device
 * (the rule the story tables follow, src/format/plural-rules.ts).
 *
 * A language with rules is left alone: a form it lacks falls back to the
 * next language like any missing key (for es-AR, the form es has).
 */
import { hasPluralRules } from '../format/plural-rules';
import { PLURAL_FORMS } from '../format/text';

const OTHER = '_other';

export function fillPluralForms(lang: string, table: Record<string, string>): Record<string, string> {
  if (hasPluralRules(lang)) return table;
  const out = { ...table };
  for (const [key, text] of Object.entries(table)) {
    if (!key.endsWith(OTHER)) continue;
    const base = key.slice(0, -OTHER.length);
    for (const form of PLURAL_FORMS) out[`${base}_${form}`] ??= text;
  }
  return out;
}
