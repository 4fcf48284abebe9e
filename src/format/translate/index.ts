/**
 * Translators' formats for one language of a story: export to XLIFF 2.0 or
 * gettext PO, and import back. Pure (no DOM, no Node): the CLI
 * (`npm run scenarios:translate`) and the studio call these.
 */
import type { TextTableT } from '../schema.js';
import { mergeImport, type ImportResult } from './merge.js';
import { exportPo, readPo } from './po.js';
import { translationUnits } from './units.js';
import { exportXliff, readXliff, type ExportInfo } from './xliff.js';

export type TranslationFormat = 'xliff' | 'po';
export const TRANSLATION_FORMATS: readonly TranslationFormat[] = ['xliff', 'po'];

export interface LanguageOfStory extends ExportInfo {
  /** The source-language table. */
  source: TextTableT;
  /** The table being translated, when it exists. */
  target?: TextTableT;
}

/** The file extension each format is saved with. */
export const FORMAT_EXTENSION: Record<TranslationFormat, string> = { xliff: 'xlf', po: 'po' };

/** The format a file name says, or undefined. */
export function formatOfFile(name: string): TranslationFormat | undefined {
  if (/\.(xlf|xliff)$/i.test(name)) return 'xliff';
  if (/\.(po|pot)$/i.test(name)) return 'po';
  return undefined;
}

export function exportTranslation(format: TranslationFormat, story: LanguageOfStory): string {
  const units = translationUnits(story.source, story.target, story.language);
  return format === 'xliff' ? exportXliff(units, story) : exportPo(units, story);
}

/**
 * Reads a translator's file back. Never throws; `table` (the whole updated
 * table) is present only when the file was accepted.
 */
export function importTranslation(
  format: TranslationFormat,
  text: string,
  story: LanguageOfStory,
): ImportResult {
  const empty = { written: [], staleSinceExport: [], skipped: [] };
  try {
    if (typeof text !== 'string') return { ...empty, problems: ['the file is not text'] };
    const read = format === 'xliff' ? readXliff(text, story) : readPo(text, story);
    if (!read.units) return { ...empty, problems: read.problems };
    return mergeImport(read.units, story.source, story.target);
  } catch (error) {
    // Last line of defence: a file nested too deep for the XML reader, say.
    return {
      ...empty,
      problems: [`the file could not be read: ${error instanceof Error ? error.message : String(error)}`],
    };
  }
}

export {
  translationUnits,
  stateCounts,
  pluralFormsOf,
  type LineState,
  type TranslationUnit,
} from './units.js';
export type { ImportResult } from './merge.js';
export { removeTableLines, writeTableLines } from './table-yaml.js';
