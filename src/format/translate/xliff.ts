/**
 * XLIFF 2.0 for one language of a story, through the `xliff` package (its
 * ES module build has no Node built-ins; its XML reader, sax, only looks for
 * Node's stream module inside a try, so it bundles for the browser).
 *
 * One `<file>` per story (its id), one `<unit>` per line or plural form (see
 * units.ts), the source text in `<source>`, the translation in `<target>`.
 * The Escudo fingerprint and the line's state travel as notes
 * (`escudo-fingerprint: 1a2b3c4d`, `escudo-state: stale`): the package
 * writes neither segment states nor note categories, and every XLIFF tool
 * keeps notes and shows them to the translator.
 */
import { js2xliff, xliff2js, type XliffJs } from 'xliff';
import { MAX_TRANSLATION_UNITS, sizeProblem } from './limits.js';
import type { ImportedUnit } from './merge.js';
import type { LineState, TranslationUnit } from './units.js';

export interface ExportInfo {
  story: string;
  sourceLanguage: string;
  language: string;
}

const FINGERPRINT_NOTE = 'escudo-fingerprint: ';
const STATE_NOTE = 'escudo-state: ';

const STATE_HINT: Record<LineState, string> = {
  missing: 'Not translated yet.',
  new: 'Translated, not reviewed yet.',
  stale: 'The source text changed after this was translated: check the translation.',
  done: 'Translated and up to date.',
};

export function exportXliff(units: readonly TranslationUnit[], info: ExportInfo): string {
  const resource: NonNullable<XliffJs['resources']>[string] = {};
  for (const unit of units) {
    resource[unit.key] = {
      source: unit.source,
      ...(unit.target !== undefined ? { target: unit.target } : {}),
      note: [`${FINGERPRINT_NOTE}${unit.fingerprint}`, `${STATE_NOTE}${unit.state}`, STATE_HINT[unit.state]],
    };
  }
  const js: XliffJs = {
    sourceLanguage: info.sourceLanguage,
    targetLanguage: info.language,
    resources: { [info.story]: resource },
  };
  let out = '';
  js2xliff(js, { indent: '  ' }, (error, xml) => {
    if (error) throw error;
    out = xml ?? '';
  });
  return `<?xml version="1.0" encoding="UTF-8"?>\n${out}\n`;
}

export interface ReadTranslation {
  units?: ImportedUnit[];
  problems: string[];
}

/** Unit ids as written in the raw file, checked before the package builds objects from them. */
const UNIT_ID = /<(?:unit|group)\b[^>]*?\bid\s*=\s*(["'])(.*?)\1/g;
const SAFE_KEY = /^[a-z0-9][a-z0-9._-]*(:[a-z]+)?$/;

function notes(value: unknown): string[] {
  if (typeof value === 'string') return [value];
  return Array.isArray(value) ? value.filter((v): v is string => typeof v === 'string') : [];
}

function noteValue(value: unknown, prefix: string): string | undefined {
  return notes(value)
    .find((n) => n.startsWith(prefix))
    ?.slice(prefix.length)
    .trim();
}

/** Reads an XLIFF 2.0 file for `info` (the story and the two languages it must name). */
export function readXliff(text: string, info: ExportInfo): ReadTranslation {
  const tooBig = sizeProblem(text);
  if (tooBig) return { problems: [tooBig] };
  if (/<!DOCTYPE|<!ENTITY/i.test(text)) {
    return {
      problems: [
        'the file declares a DTD or entities (<!DOCTYPE>, <!ENTITY>), which an XLIFF file never needs',
      ],
    };
  }
  for (const match of text.matchAll(UNIT_ID)) {
    if (!SAFE_KEY.test(match[2]!)) return { problems: [`unit id "${match[2]}" is not a line of this story`] };
  }
  let parsed: XliffJs | undefined;
  let failure: string | undefined;
  try {
    xliff2js(text, {}, (error, result) => {
      if (error) failure = error.message;
      parsed = result;
    });
  } catch (error) {
    failure = error instanceof Error ? error.message : String(error);
  }
  if (failure !== undefined || !parsed)
    return { problems: [`this is not an XLIFF file: ${failure ?? 'it could not be read'}`] };
  if (!parsed.resources) return { problems: ['this is not an XLIFF 2.0 file (Escudo writes version 2.0)'] };
  if (parsed.sourceLanguage !== info.sourceLanguage)
    return {
      problems: [
        `the file's source language is "${parsed.sourceLanguage ?? ''}", but this story is written in "${info.sourceLanguage}"`,
      ],
    };
  if (parsed.targetLanguage !== info.language)
    return {
      problems: [`the file is a translation into "${parsed.targetLanguage ?? ''}", not "${info.language}"`],
    };
  const files = Object.keys(parsed.resources);
  if (files.length !== 1 || files[0] !== info.story)
    return {
      problems: [
        `the file is for ${files.map((f) => `"${f}"`).join(', ') || 'no story'}, not "${info.story}"`,
      ],
    };

  const units: ImportedUnit[] = [];
  const problems: string[] = [];
  for (const [key, unit] of Object.entries(parsed.resources[info.story]!)) {
    if (units.length >= MAX_TRANSLATION_UNITS)
      return { problems: ['the file has more units than any story'] };
    if (unit.groupUnits !== undefined) {
      problems.push(`"${key}" is a group; Escudo files have one unit per line`);
      continue;
    }
    const target = unit.target ?? '';
    if (typeof target !== 'string') {
      problems.push(`"${key}": the translation holds markup (inline codes); Escudo lines are plain text`);
      continue;
    }
    const state = noteValue(unit.note, STATE_NOTE);
    units.push({
      key,
      target,
      fingerprint: noteValue(unit.note, FINGERPRINT_NOTE) ?? '',
      needsReview: state === 'stale' || state === 'new' ? 'if-unchanged' : 'no',
    });
  }
  return problems.length > 0 ? { problems } : { units, problems };
}
