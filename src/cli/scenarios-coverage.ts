/**
 * `npm run scenarios:coverage [--locales <folder>] [--dir <scenarios folder>]`
 *
 * Each language's coverage: the game's own tables (assets/locales) against
 * English (own, inherited from its base language, missing, and texts that
 * are still the English words), then each story's lines by state (done,
 * new, stale, missing). Informational: it always exits 0; the checker is
 * what warns (`locale-copy`, `missing-translation`, `stale-translation`).
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseSources } from '../format/check/parse-sources.js';
import { stateCounts, translationUnits } from '../format/translate/index.js';
import { uiCoverage, type LocaleTables } from '../format/translate/coverage.js';
import { readScenarioSource, scenarioFolders } from './read-scenario.js';

function readLocales(dir: string): LocaleTables {
  const tables: LocaleTables = {};
  if (!existsSync(dir)) return tables;
  for (const lang of readdirSync(dir).sort()) {
    if (!existsSync(join(dir, lang)) || !/^[a-z]{2,3}(-[A-Za-z0-9]+)*$/.test(lang)) continue;
    for (const file of readdirSync(join(dir, lang)).filter((f) => f.endsWith('.json'))) {
      try {
        (tables[lang] ??= {})[file.replace(/\.json$/, '')] = JSON.parse(
          readFileSync(join(dir, lang, file), 'utf8'),
        );
      } catch {
        console.log(`${join(dir, lang, file)}: not valid JSON (npm run scenarios:check says why)`);
      }
    }
  }
  return tables;
}

const percent = (n: number, of: number): string => `${of === 0 ? 100 : Math.floor((100 * n) / of)}%`;

function main(argv: string[]): number {
  let locales = 'assets/locales';
  let dir = 'scenarios';
  for (let i = 0; i < argv.length; i++) {
    if (argv[i] === '--locales' && argv[i + 1]) locales = argv[++i]!;
    else if (argv[i] === '--dir' && argv[i + 1]) dir = argv[++i]!;
  }
  console.log(`Game texts (${locales}), against English:`);
  for (const c of uiCoverage(readLocales(locales))) {
    const parts = [`${percent(c.own + c.inherited, c.keys)} of ${c.keys} texts`];
    if (c.inherited > 0) parts.push(`${c.inherited} from ${c.lang.split('-')[0]}`);
    if (c.missing.length > 0) parts.push(`${c.missing.length} missing (shown in English)`);
    if (c.sameAsReference.length > 0) parts.push(`${c.sameAsReference.length} still the English words`);
    console.log(`  ${c.lang.padEnd(6)} ${parts.join(', ')}`);
  }
  console.log(`\nStories (${dir}), lines per language: done / new / stale / missing`);
  for (const folder of scenarioFolders(dir)) {
    const source = readScenarioSource(folder);
    const parsed = source ? parseSources(source) : undefined;
    const scenario = parsed?.scenario;
    if (!parsed || !scenario || !parsed.texts[scenario.sourceLanguage]) continue;
    const counts = Object.keys(parsed.texts)
      .filter((lang) => lang !== scenario.sourceLanguage)
      .sort()
      .map((lang) => {
        const c = stateCounts(
          translationUnits(parsed.texts[scenario.sourceLanguage]!, parsed.texts[lang], lang),
        );
        const base = lang.split('-')[0]!;
        // A regional variant holds only the lines it changes; the rest come from its base table.
        const rest =
          base !== lang && parsed.texts[base] ? ` (the other ${c.missing} from ${base})` : `/${c.missing}`;
        return `${lang} ${c.done}/${c.new}/${c.stale}${rest}`;
      });
    console.log(`  ${scenario.id} (${scenario.sourceLanguage}): ${counts.join('  ') || 'no translations'}`);
  }
  return 0;
}

process.exitCode = main(process.argv.slice(2));
