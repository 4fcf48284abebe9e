/**
 * Plural rules for a language, and what to do for one the runtime has none
 * for. `Intl.PluralRules` silently answers with the device's own language for
 * an unknown one (Guaraní gets English rules on an English phone, Spanish
 * ones on a Spanish phone), so a form asked for could be any. Escudo's rule:
 * a language without rules writes only `other`, and the game fills every
 * form it may be asked for from `other` (see `toI18nResources`): one text
 * that reads right for every number, the same on every device.
 */
import type { PLURAL_FORMS } from './text.js';

export type PluralForm = (typeof PLURAL_FORMS)[number];

/** Whether the runtime has plural rules of its own for `lang` (or its base language). */
export function hasPluralRules(lang: string): boolean {
  try {
    return Intl.PluralRules.supportedLocalesOf([lang]).length > 0;
  } catch {
    return false;
  }
}
