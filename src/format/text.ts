/**
 * Helpers for the language tables: fingerprints that tie a translation to the
 * source text it was made from, placeholder sets, and the conversion into the
 * flat i18next resources the game loads.
 */
import type { LineTextT, TextTableT } from './schema.js';

/** The plural categories i18next understands, in a fixed order. */
export const PLURAL_FORMS = ['zero', 'one', 'two', 'few', 'many', 'other'] as const;

/**
 * The only placeholders the game fills in: `{{player}}` (the player's
 * nickname, everywhere) and `{{count}}` (in messages that pass `count:`).
 * Any other name would reach the child as a blank or as raw braces.
 */
export const SCENARIO_PLACEHOLDERS: readonly string[] = ['player', 'count'];

/** A line's text: plain, plural forms, or a translation wrapping either. */
export type TableEntry = TextTableT[string];

/**
 * FNV-1a (32-bit) of a string, as 8 lower-case hex digits. Chosen because it
 * is tiny, stable across platforms and needs no crypto API; it only has to
 * notice that a source line changed, not resist tampering.
 */
function fnv1a(text: string): string {
  let hash = 0x811c9dc5;
  // Hash UTF-8 bytes, so the fingerprint matches other tools that hash the
  // same text (encoded by hand: TextEncoder is not part of the core's libs).
  const add = (byte: number): void => {
    hash ^= byte;
    hash = Math.imul(hash, 0x01000193) >>> 0;
  };
  for (const char of text) {
    const cp = char.codePointAt(0)!;
    if (cp < 0x80) add(cp);
    else if (cp < 0x800) {
      add(0xc0 | (cp >> 6));
      add(0x80 | (cp & 0x3f));
    } else if (cp < 0x10000) {
      add(0xe0 | (cp >> 12));
      add(0x80 | ((cp >> 6) & 0x3f));
      add(0x80 | (cp & 0x3f));
    } else {
      add(0xf0 | (cp >> 18));
      add(0x80 | ((cp >> 12) & 0x3f));
      add(0x80 | ((cp >> 6) & 0x3f));
      add(0x80 | (cp & 0x3f));
    }
  }
  return hash.toString(16).padStart(8, '0');
}

/** JSON of a plural object with its keys sorted, so key order never matters. */
function canonical(text: LineTextT): string {
  if (typeof text === 'string') return text;
  const sorted: Record<string, string> = {};
  for (const key of Object.keys(text).sort()) {
    const value = text[key as keyof typeof text];
    if (value !== undefined) sorted[key] = value;
  }
  return JSON.stringify(sorted);
}

/** The fingerprint a translation stores in `source` for this source text. */
export function sourceFingerprint(text: LineTextT): string {
  return fnv1a(canonical(text));
}

/** True for `{ text, source }` entries (translations), false for bare text. */
export function isTranslated(entry: TableEntry): entry is { text: LineTextT; source: string } {
  return typeof entry === 'object' && 'text' in entry;
}

/** The text of an entry, whichever form it is written in. */
export function entryText(entry: TableEntry): LineTextT {
  return isTranslated(entry) ? entry.text : entry;
}

/** The `{{name}}` placeholders a text uses (across all plural forms). */
export function placeholdersIn(text: LineTextT): Set<string> {
  const found = new Set<string>();
  const forms = typeof text === 'string' ? [text] : Object.values(text);
  for (const form of forms) {
    if (typeof form !== 'string') continue;
    for (const match of form.matchAll(/\{\{\s*([^{}\s]+)\s*\}\}/g)) found.add(match[1]!);
  }
  return found;
}

/**
 * Flat i18next resources per language. Plural objects become `<id>_one`,
 * `<id>_other`... which is how i18next (JSON v4) looks up plural forms.
 * A form the line lacks is filled from `other`: i18next would otherwise show
 * the raw line id. The checker asks for every form a language's rules use;
 * this is for a language with no rules (plural-rules.ts), where the device
 * may ask for any form, and a safety net for the rest.
 */
export function toI18nResources(loaded: {
  texts: Record<string, TextTableT>;
}): Record<string, Record<string, string>> {
  const out: Record<string, Record<string, string>> = {};
  for (const [lang, table] of Object.entries(loaded.texts)) {
    const flat: Record<string, string> = {};
    for (const [id, entry] of Object.entries(table)) {
      const text = entryText(entry);
      if (typeof text === 'string') {
        flat[id] = text;
        continue;
      }
      for (const form of PLURAL_FORMS) flat[`${id}_${form}`] = text[form] ?? text.other;
    }
    out[lang] = flat;
  }
  return out;
}
