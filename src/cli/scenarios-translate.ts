/**
 * `npm run scenarios:translate -- export <id> <lang> [--format xliff|po] [--out <file>] [--dir <folder>]`
 * `npm run scenarios:translate -- import <id> <lang> <file> [--dir <folder>]`
 *
 * Export writes one language of a story for a translator's tool (XLIFF 2.0 or
 * PO) with each line's source text, translation, state and fingerprint.
 * Import reads the file back into `text/<lang>.yaml`: only the lines it
 * changes are rewritten; a file that does not fit the story is refused with
 * the reason and the table is left untouched. See docs/translating.md.
 */
import { existsSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseSources } from '../format/check/parse-sources.js';
import {
  exportTranslation,
  FORMAT_EXTENSION,
  formatOfFile,
  importTranslation,
  writeTableLines,
  type LanguageOfStory,
  type TranslationFormat,
} from '../format/translate/index.js';
import { MAX_TRANSLATION_FILE_CHARS } from '../format/translate/limits.js';
import { readScenarioSource } from './read-scenario.js';

const USAGE = [
  'use: npm run scenarios:translate -- export <id> <lang> [--format xliff|po] [--out <file>] [--dir <folder>]',
  '     npm run scenarios:translate -- import <id> <lang> <file.xlf|file.po> [--dir <folder>]',
].join('\n');

interface Args {
  positional: string[];
  format?: string;
  out?: string;
  dir: string;
}

function parseArgs(argv: string[]): Args | undefined {
  const args: Args = { positional: [], dir: 'scenarios' };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    const next = argv[i + 1];
    if (arg === '--format' && next) args.format = argv[++i];
    else if (arg === '--out' && next) args.out = argv[++i];
    else if (arg === '--dir' && next) args.dir = argv[++i]!;
    else if (arg.startsWith('--')) return undefined;
    else args.positional.push(arg);
  }
  return args;
}

/** The story's language as the translate functions need it, or an error message. */
function story(
  dir: string,
  id: string,
  lang: string,
): { story: LanguageOfStory; tableFile: string } | string {
  const folder = join(dir, id);
  const source = readScenarioSource(folder);
  if (!source) return `there is no scenario.yaml in ${folder}`;
  const parsed = parseSources(source);
  const sourceLanguage = parsed.scenario?.sourceLanguage;
  if (!parsed.scenario || !sourceLanguage || !parsed.texts[sourceLanguage])
    return `${folder} has errors in scenario.yaml or its source table; run npm run scenarios:check -- ${id} first`;
  if (lang === sourceLanguage)
    return `${lang} is the source language of ${id}; choose a language to translate into`;
  const tableFile = join(folder, 'text', `${lang}.yaml`);
  if (existsSync(tableFile) && !parsed.texts[lang])
    return `${tableFile} has errors; run npm run scenarios:check -- ${id} and fix them first`;
  return {
    story: {
      story: id,
      sourceLanguage,
      language: lang,
      source: parsed.texts[sourceLanguage]!,
      ...(parsed.texts[lang] ? { target: parsed.texts[lang] } : {}),
    },
    tableFile,
  };
}

function main(argv: string[]): number {
  const args = parseArgs(argv);
  const [command, id, lang, file] = args?.positional ?? [];
  if (!args || !id || !lang || (command !== 'export' && command !== 'import')) {
    console.error(USAGE);
    return 2;
  }
  const found = story(args.dir, id, lang);
  if (typeof found === 'string') {
    console.error(found);
    return 1;
  }
  if (command === 'export') {
    const format = (args.format ?? 'xliff') as TranslationFormat;
    if (format !== 'xliff' && format !== 'po') {
      console.error(`--format should be xliff or po, not ${args.format}`);
      return 2;
    }
    const out = args.out ?? `${id}.${lang}.${FORMAT_EXTENSION[format]}`;
    writeFileSync(out, exportTranslation(format, found.story));
    console.log(`wrote ${out} (${id}, ${found.story.sourceLanguage} → ${lang}, ${format})`);
    return 0;
  }
  const format = file ? formatOfFile(file) : undefined;
  if (!file || !format) {
    console.error(file ? `${file}: name it .xlf (XLIFF) or .po (PO)` : USAGE);
    return 2;
  }
  // UTF-8 takes at most 4 bytes a character: a file larger than this is refused unread.
  if (statSync(file).size > MAX_TRANSLATION_FILE_CHARS * 4) {
    console.error(`${file} was not imported; ${found.tableFile} is unchanged:`);
    console.error(
      `  the file is too big (${Math.round(statSync(file).size / 1e6)} MB; a story's language is at most ${MAX_TRANSLATION_FILE_CHARS / 1000} kB)`,
    );
    return 1;
  }
  const result = importTranslation(format, readFileSync(file, 'utf8'), found.story);
  if (!result.table) {
    console.error(`${file} was not imported; ${found.tableFile} is unchanged:`);
    for (const problem of result.problems) console.error(`  ${problem}`);
    return 1;
  }
  const lines = Object.fromEntries(result.written.map((line) => [line, result.table![line]!]));
  if (result.written.length > 0) {
    const existing = existsSync(found.tableFile) ? readFileSync(found.tableFile, 'utf8') : undefined;
    writeFileSync(found.tableFile, writeTableLines(existing, lines));
  }
  console.log(`${found.tableFile}: ${result.written.length} line(s) written from ${file}`);
  if (result.staleSinceExport.length > 0)
    console.log(
      `stale: the ${found.story.sourceLanguage} text changed after the export, so check these again: ${result.staleSinceExport.join(', ')}`,
    );
  if (result.skipped.length > 0) console.log(`left as they were: ${result.skipped.join(', ')}`);
  return 0;
}

process.exitCode = main(process.argv.slice(2));
