/**
 * `npm run scenarios:review -- <id> <lang> [line ids...] [--dir <folder>]`
 *
 * Marks translations as reviewed: writes the current source fingerprint into
 * `text/<lang>.yaml` for the lines named (or every translated line), so the
 * checker stops reporting them as new or stale. Run it after reading each
 * line against the current source text, not instead.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseSources } from '../format/check/parse-sources.js';
import { markReviewed } from '../format/translate/review.js';
import { readScenarioSource } from './read-scenario.js';

const USAGE = 'use: npm run scenarios:review -- <id> <lang> [line ids...] [--dir <folder>]';

function main(argv: string[]): number {
  const positional: string[] = [];
  let dir = 'scenarios';
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    if (arg === '--dir' && argv[i + 1]) dir = argv[++i]!;
    else if (arg.startsWith('--')) {
      console.error(USAGE);
      return 2;
    } else positional.push(arg);
  }
  const [id, lang, ...ids] = positional;
  if (!id || !lang) {
    console.error(USAGE);
    return 2;
  }
  const folder = join(dir, id);
  const sources = readScenarioSource(folder);
  if (!sources) {
    console.error(`there is no scenario.yaml in ${folder}`);
    return 1;
  }
  const parsed = parseSources(sources);
  const sourceLang = parsed.scenario?.sourceLanguage;
  if (!parsed.scenario || !sourceLang || !parsed.texts[sourceLang]) {
    console.error(
      `${folder} has errors in scenario.yaml or its source table; run npm run scenarios:check -- ${id} first`,
    );
    return 1;
  }
  if (lang === sourceLang) {
    console.error(`${lang} is the source language of ${id}: only translations are reviewed`);
    return 2;
  }
  const file = join(folder, 'text', `${lang}.yaml`);
  if (!existsSync(file)) {
    console.error(`there is no ${file}; create it first (docs/translating.md)`);
    return 1;
  }
  const result = markReviewed(
    readFileSync(file, 'utf8'),
    parsed.texts[sourceLang]!,
    ids.length ? ids : undefined,
  );
  for (const problem of result.problems) console.error(`${file}: ${problem}`);
  if (result.text === undefined) return 1;
  if (result.marked.length > 0) writeFileSync(file, result.text);
  const n = result.marked.length;
  console.log(
    n === 0
      ? `${file}: nothing to mark; every line asked for already matches the ${sourceLang} text`
      : `${file}: marked ${n} line${n === 1 ? '' : 's'} as reviewed against the ${sourceLang} text: ${result.marked.join(', ')}`,
  );
  return result.problems.length > 0 ? 1 : 0;
}

process.exitCode = main(process.argv.slice(2));
