/**
 * One language of a story as the studio's Translate tab works on it: the
 * source table and the translation read from the story's files, the lines as
 * translation units (src/format/translate/units.ts), and every change the tab
 * makes (a typed translation, "mark reviewed", an import, a new language)
 * written back as the table file's text, so the editor, the checker and
 * saving see exactly what the tab did. Pure: no DOM, tested in Node.
 */
import { parseSources } from '../../format/check/parse-sources';
import { LANGUAGE_TAG } from '../../format/check/names';
import type { LineTextT, TextTableT } from '../../format/schema';
import { isTranslated } from '../../format/text';
import {
  importTranslation,
  removeTableLines,
  translationUnits,
  writeTableLines,
  type ImportResult,
  type LanguageOfStory,
  type LineState,
  type TranslationFormat,
  type TranslationUnit,
} from '../../format/translate/index';
import { markReviewed } from '../../format/translate/review';
import { logicPath, tableLanguage, tablePath, tablePaths, withFile, type StoryFiles } from './story-files';

/** What an empty new table holds: the schema line editors use, and nothing else. */
export const EMPTY_TABLE = '# yaml-language-server: $schema=../../text.schema.json\n';

/** Why a language cannot be shown: each has its own sentence in the studio. */
export type TranslationProblem =
  'no-source-language' | 'source-unreadable' | 'is-source' | 'no-table' | 'table-unreadable';

export type TranslationView =
  | { ok: true; language: LanguageOfStory; units: TranslationUnit[]; path: string }
  | { ok: false; problem: TranslationProblem };

/**
 * `sourceLanguage: es` at the top level of scenario.yaml (quoted or not, with
 * a comment or not). Read from that one line rather than by parsing the whole
 * file: a 1,000-node story's logic takes about a second to parse on the
 * page, and the tab asks again after every keystroke in scenario.yaml.
 */
const SOURCE_LANGUAGE_LINE = /^sourceLanguage:[ \t]*(['"]?)([A-Za-z0-9-]+)\1[ \t]*(?:#.*)?$/m;

/**
 * The story's source language, read from scenario.yaml on its own, so the
 * tab keeps working while the rest of the logic file is half-typed. A file
 * that writes it another way (a flow mapping) gets no language here; the
 * checker explains what it makes of it.
 */
export function sourceLanguageOf(story: StoryFiles): string | undefined {
  const text = story.files[logicPath(story)];
  const value = text === undefined ? undefined : SOURCE_LANGUAGE_LINE.exec(text)?.[2];
  return value !== undefined && LANGUAGE_TAG.test(value) ? value : undefined;
}

/** The path of a language's table as the story has it (`.yaml`, or a misspelt `.yml`), else the usual one. */
export function tablePathOf(story: StoryFiles, lang: string): string {
  return tablePaths(story).find((p) => tableLanguage(p) === lang) ?? tablePath(lang);
}

/** The languages a story is translated into (its tables but the source's), sorted. */
export function translationLanguages(story: StoryFiles, source = sourceLanguageOf(story)): string[] {
  return tablePaths(story)
    .map(tableLanguage)
    .filter((lang) => lang !== source && LANGUAGE_TAG.test(lang));
}

/** The last table read from each path, so typing a translation does not read the source table again. */
const lastRead = new Map<string, { text: string; table: TextTableT | undefined }>();
const MAX_REMEMBERED = 8;

/**
 * Reads a table with the checker's own table reader (parse-sources.ts). The
 * logic file is left out: the tab needs only `sourceLanguage`, and
 * validating a whole story on the page at every keystroke is the worker's job.
 */
function readTable(story: StoryFiles, lang: string): TextTableT | undefined {
  const path = tablePathOf(story, lang);
  const text = story.files[path] ?? '';
  const key = `${story.folder}/${path}`;
  const known = lastRead.get(key);
  if (known?.text === text) return known.table;
  const parsed = parseSources({
    folder: story.folder,
    scenario: { path: `${story.folder}/scenario.yaml`, text: '' },
    texts: [{ path: key, text }],
  });
  const table = parsed.texts[lang];
  if (lastRead.size >= MAX_REMEMBERED) lastRead.delete(lastRead.keys().next().value!);
  lastRead.set(key, { text, table });
  return table;
}

/** The view of one language: its units against the source table, or why there is none. */
export function translationOf(
  story: StoryFiles,
  lang: string,
  sourceLanguage = sourceLanguageOf(story),
): TranslationView {
  if (!sourceLanguage) return { ok: false, problem: 'no-source-language' };
  if (lang === sourceLanguage) return { ok: false, problem: 'is-source' };
  const path = tablePathOf(story, lang);
  if (story.files[path] === undefined) return { ok: false, problem: 'no-table' };
  const source = readTable(story, sourceLanguage);
  if (!source) return { ok: false, problem: 'source-unreadable' };
  const target = readTable(story, lang);
  if (!target) return { ok: false, problem: 'table-unreadable' };
  const language: LanguageOfStory = { story: story.folder, sourceLanguage, language: lang, source, target };
  return { ok: true, language, units: translationUnits(source, target, lang), path };
}

/** The lines of a view by what the author asked to see. */
export type LineFilter = 'all' | 'todo' | 'done';
export const LINE_FILTERS: readonly LineFilter[] = ['all', 'todo', 'done'];

export function shownBy(filter: LineFilter, state: LineState): boolean {
  return filter === 'all' || (filter === 'done') === (state === 'done');
}

/**
 * The table text after the author typed `forms` for one line (one value for
 * a plain line, `{ one, other… }` for a plural one). A line that was
 * reviewed keeps its fingerprint: the translation changed, not the source it
 * was made from. Emptying every field removes the line (it is missing again).
 * Throws when the table is not readable YAML (the tab checks that first).
 */
export function withTranslation(
  tableText: string,
  target: TextTableT,
  line: string,
  forms: Partial<Record<string, string>>,
  plural: boolean,
): string {
  const filled = Object.entries(forms).filter((e): e is [string, string] => (e[1] ?? '') !== '');
  if (filled.length === 0) return removeTableLines(tableText, [line]);
  let text: LineTextT;
  if (!plural) text = forms[''] ?? '';
  else text = { ...Object.fromEntries(filled), other: forms.other ?? '' } as LineTextT;
  const before = Object.hasOwn(target, line) ? target[line] : undefined;
  const entry = before !== undefined && isTranslated(before) ? { text, source: before.source } : text;
  return writeTableLines(tableText, { [line]: entry });
}

/** The forms a line has now, as the tab's fields hold them (`''` for a plain line). */
export function formsOf(units: readonly TranslationUnit[], line: string): Record<string, string> {
  const forms: Record<string, string> = {};
  for (const u of units) if (u.line === line) forms[u.form ?? ''] = u.target ?? '';
  return forms;
}

/** Marks lines reviewed with the same code as `npm run scenarios:review`. */
export function reviewed(
  story: StoryFiles,
  view: TranslationView & { ok: true },
  lines: readonly string[],
): { story: StoryFiles; marked: string[] } {
  const text = story.files[view.path] ?? '';
  const result = markReviewed(text, view.language.source, lines);
  if (result.text === undefined || result.marked.length === 0) return { story, marked: [] };
  return { story: withFile(story, view.path, result.text), marked: result.marked };
}

export interface ImportOutcome {
  /** The story with the imported lines written; the same story when the file was refused. */
  story: StoryFiles;
  result: ImportResult;
}

/** Reads a translator's file into the language's table; a refused file changes nothing. */
export function importInto(
  story: StoryFiles,
  view: TranslationView & { ok: true },
  format: TranslationFormat,
  text: string,
): ImportOutcome {
  const result = importTranslation(format, text, view.language);
  if (!result.table || result.written.length === 0) return { story, result };
  const lines = Object.fromEntries(result.written.map((line) => [line, result.table![line]!]));
  return { story: withFile(story, view.path, writeTableLines(story.files[view.path], lines)), result };
}

/** Why a tag cannot become a new table, or undefined when it can. */
export type NewLanguageProblem = 'bad-tag' | 'exists' | 'is-source';

export function newLanguageProblem(story: StoryFiles, tag: string): NewLanguageProblem | undefined {
  if (!LANGUAGE_TAG.test(tag)) return 'bad-tag';
  if (tag === sourceLanguageOf(story)) return 'is-source';
  if (tablePaths(story).some((p) => tableLanguage(p).toLowerCase() === tag.toLowerCase())) return 'exists';
  return undefined;
}

/** The story with an empty table for a new language (not saved yet, like any edit). */
export function withLanguage(story: StoryFiles, tag: string): StoryFiles {
  return withFile(story, tablePath(tag), EMPTY_TABLE);
}
