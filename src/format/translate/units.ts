/**
 * One language of a story as a translator sees it: for every line of the
 * source table, its source text, the current translation (if any), its
 * state and the source fingerprint. The side-by-side view, the XLIFF and PO
 * exports and the coverage report all start from this list.
 *
 * Plural lines are split into one unit per plural form (`line.id:one`,
 * `line.id:other`), because translators' tools edit one text at a time and
 * each language needs its own forms (Arabic six, Guaraní one): the forms
 * offered are the ones the target language's plural rules use, plus any the
 * table already has.
 */
import type { LineTextT, TextTableT } from '../schema.js';
import { hasPluralRules } from '../plural-rules.js';
import { entryText, isTranslated, PLURAL_FORMS, sourceFingerprint } from '../text.js';

/**
 * - `missing`: no translation yet (players see the source text);
 * - `new`: translated, never marked reviewed (no fingerprint);
 * - `stale`: the source text changed after it was translated;
 * - `done`: translated from the current source text.
 */
export type LineState = 'missing' | 'new' | 'stale' | 'done';
export const LINE_STATES: readonly LineState[] = ['missing', 'new', 'stale', 'done'];

export type PluralForm = (typeof PLURAL_FORMS)[number];

export interface TranslationUnit {
  /** The line id, or `line.id:form` for one plural form. */
  key: string;
  line: string;
  form?: PluralForm;
  source: string;
  /** Absent when this line (or form) is not translated. */
  target?: string;
  state: LineState;
  /** Fingerprint of the line's current source text (whole line, all forms). */
  fingerprint: string;
  /** The fingerprint the translation was made from, when it has one. */
  translatedFrom?: string;
}

/** Line ids never contain `:`, so `id:form` cannot collide with a line id. */
export function unitKey(line: string, form?: PluralForm): string {
  return form ? `${line}:${form}` : line;
}

export function isPluralForm(value: string): value is PluralForm {
  return (PLURAL_FORMS as readonly string[]).includes(value);
}

/**
 * The plural forms a language's numbers use, from the runtime's plural rules.
 * A language the runtime has no rules for (Guaraní in most browsers) gets
 * `other` only: one form that reads right for every number, rather than a
 * guess borrowed from another language.
 */
export function pluralFormsOf(lang: string): PluralForm[] {
  let categories: string[] = ['other'];
  if (hasPluralRules(lang)) categories = new Intl.PluralRules(lang).resolvedOptions().pluralCategories;
  return PLURAL_FORMS.filter((form) => categories.includes(form) || form === 'other');
}

export function lineState(sourceText: LineTextT, entry: TextTableT[string] | undefined): LineState {
  if (entry === undefined) return 'missing';
  if (!isTranslated(entry)) return 'new';
  return entry.source === sourceFingerprint(sourceText) ? 'done' : 'stale';
}

/** The translation units of `target` (a table in `lang`) against the `source` table, in source order. */
export function translationUnits(
  source: TextTableT,
  target: TextTableT | undefined,
  lang: string,
): TranslationUnit[] {
  const units: TranslationUnit[] = [];
  const langForms = pluralFormsOf(lang);
  for (const [line, sourceEntry] of Object.entries(source)) {
    const sourceText = entryText(sourceEntry);
    const entry = target && Object.hasOwn(target, line) ? target[line] : undefined;
    const state = lineState(sourceText, entry);
    const fingerprint = sourceFingerprint(sourceText);
    const translatedFrom = entry && isTranslated(entry) ? entry.source : undefined;
    const text = entry === undefined ? undefined : entryText(entry);
    const common = { line, state, fingerprint, ...(translatedFrom ? { translatedFrom } : {}) };
    if (typeof sourceText === 'string') {
      const value = typeof text === 'string' ? text : text?.other;
      units.push({
        key: line,
        ...common,
        source: sourceText,
        ...(value !== undefined ? { target: value } : {}),
      });
      continue;
    }
    const had: Partial<Record<PluralForm, string>> = text && typeof text === 'object' ? text : {};
    for (const form of PLURAL_FORMS) {
      if (!langForms.includes(form) && had[form] === undefined) continue;
      const value = typeof text === 'string' ? (form === 'other' ? text : undefined) : had[form];
      units.push({
        key: unitKey(line, form),
        ...common,
        form,
        source: sourceText[form] ?? sourceText.other,
        ...(value !== undefined ? { target: value } : {}),
      });
    }
  }
  return units;
}

/** How many lines (not plural forms) of a table are in each state. */
export function stateCounts(units: readonly TranslationUnit[]): Record<LineState, number> {
  const counts: Record<LineState, number> = { missing: 0, new: 0, stale: 0, done: 0 };
  const seen = new Set<string>();
  for (const unit of units) {
    if (seen.has(unit.line)) continue;
    seen.add(unit.line);
    counts[unit.state] += 1;
  }
  return counts;
}
