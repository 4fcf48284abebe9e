/**
 * Bringing a translator's file back into a text table. Both formats (XLIFF,
 * PO) are read into the same list of units; this decides what is written.
 *
 * - Each line gets the fingerprint the file carries: the source text the
 *   translator saw. If the source changed since the export, that fingerprint
 *   is old, so the checker reports the line stale, as it should; the import
 *   names those lines too.
 * - A line the file still marks as needing review (PO `fuzzy`, or a line
 *   exported as stale whose text came back unchanged) does not get the
 *   export's fingerprint, so an untouched stale line never turns "done".
 * - A line with an empty translation is left as it is (not translated).
 * - Anything the story does not have (an unknown line, a plural form on a
 *   plain line, a broken fingerprint, the same unit twice) refuses the whole
 *   file: a wrong file changes nothing.
 */
import type { LineTextT, TextTableT } from '../schema.js';
import { entryText, isTranslated, sourceFingerprint } from '../text.js';
import { isPluralForm, type PluralForm } from './units.js';

/** One unit as read from a translator's file. */
export interface ImportedUnit {
  key: string;
  target: string;
  /** The source fingerprint written at export. */
  fingerprint: string;
  /**
   * Whether the file says the line still needs review: `yes` (PO's `fuzzy`
   * flag, which the translator clears when done), `if-unchanged` (exported
   * as stale or new, in a format with no such flag: a changed text counts as
   * reviewed) or `no`.
   */
  needsReview: 'yes' | 'if-unchanged' | 'no';
}

export interface ImportResult {
  /** The updated table; absent when the file was refused (see `problems`). */
  table?: TextTableT;
  /** Lines written (new or changed). */
  written: string[];
  /** Lines whose source text changed after the export: they are stale now. */
  staleSinceExport: string[];
  /** Lines left unchanged, each with why. */
  skipped: string[];
  /** Why the file was refused: one entry per problem, each naming it. */
  problems: string[];
}

const FINGERPRINT = /^[0-9a-f]{8}$/;
const MAX_PROBLEMS = 20;

function sameText(a: LineTextT, b: LineTextT): boolean {
  if (typeof a === 'string' || typeof b === 'string') return a === b;
  const keys = new Set([...Object.keys(a), ...Object.keys(b)]);
  return [...keys].every((k) => a[k as PluralForm] === b[k as PluralForm]);
}

export function mergeImport(
  units: readonly ImportedUnit[],
  source: TextTableT,
  target: TextTableT | undefined,
): ImportResult {
  const problems: string[] = [];
  const problem = (message: string) => {
    if (problems.length < MAX_PROBLEMS) problems.push(message);
  };
  const byLine = new Map<string, { forms: Map<PluralForm | undefined, ImportedUnit> }>();
  for (const unit of units) {
    const [line, form, extra] = unit.key.split(':');
    if (!line || extra !== undefined || !Object.hasOwn(source, line)) {
      problem(`"${unit.key}" is not a line of this story`);
      continue;
    }
    const plural = typeof entryText(source[line]!) !== 'string';
    if (form !== undefined && (!plural || !isPluralForm(form))) {
      problem(
        `"${unit.key}": ${plural ? `"${form}" is not a plural form` : `line "${line}" has no plural forms`}`,
      );
      continue;
    }
    if (form === undefined && plural) {
      problem(
        `"${unit.key}" has plural forms; each should be its own unit ("${line}:one", "${line}:other"…)`,
      );
      continue;
    }
    if (!FINGERPRINT.test(unit.fingerprint)) {
      problem(`"${unit.key}" has no valid Escudo fingerprint (export the file from Escudo again)`);
      continue;
    }
    const entry = byLine.get(line) ?? { forms: new Map() };
    if (entry.forms.has(form as PluralForm | undefined)) {
      problem(`"${unit.key}" appears twice`);
      continue;
    }
    entry.forms.set(form as PluralForm | undefined, unit);
    byLine.set(line, entry);
  }
  const result: ImportResult = { written: [], staleSinceExport: [], skipped: [], problems };
  if (problems.length > 0) return result;

  const table: TextTableT = { ...target };
  for (const [line, { forms }] of byLine) {
    const all = [...forms.values()];
    const fingerprints = new Set(all.map((u) => u.fingerprint));
    if (fingerprints.size > 1) {
      problems.push(`"${line}": its plural forms carry different fingerprints`);
      continue;
    }
    const filled = [...forms].filter(([, u]) => u.target !== '');
    if (filled.length === 0) continue;
    let text: LineTextT;
    if (forms.has(undefined)) text = forms.get(undefined)!.target;
    else {
      const plural: Record<string, string> = {};
      for (const [form, u] of filled) plural[form!] = u.target;
      if (plural.other === undefined) {
        result.skipped.push(`${line} (its "other" form is empty)`);
        continue;
      }
      text = plural as LineTextT;
    }
    const fingerprint = all[0]!.fingerprint;
    const before = Object.hasOwn(table, line) ? table[line] : undefined;
    const unchanged = before !== undefined && sameText(entryText(before), text);
    const needsReview = all.some(
      (u) => u.needsReview === 'yes' || (u.needsReview === 'if-unchanged' && unchanged),
    );
    if (needsReview) {
      // Not reviewed yet: the text is taken, the export's fingerprint is not,
      // so the checker still asks for a review (stale, or a new translation).
      if (unchanged) result.skipped.push(`${line} (still marked for review)`);
      else {
        table[line] = before !== undefined && isTranslated(before) ? { text, source: before.source } : text;
        result.written.push(line);
      }
      continue;
    }
    if (unchanged && before !== undefined && isTranslated(before) && before.source === fingerprint) continue;
    table[line] = { text, source: fingerprint };
    result.written.push(line);
    if (fingerprint !== sourceFingerprint(entryText(source[line]!))) result.staleSinceExport.push(line);
  }
  if (problems.length > 0) return { ...result, written: [], staleSinceExport: [], skipped: [] };
  return { ...result, table };
}
