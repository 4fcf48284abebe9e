/**
 * A pack is one JSON document holding a scenario and all its language tables:
 * what the game downloads, and what an NGO can hand to a school to load
 * without rebuilding the game. Reading one is like reading the YAML folder:
 * untrusted input, guarded, validated into fresh objects, and run through the
 * same analyses. Positions are unknown in JSON, so findings say `<pack>` with
 * line and column 0.
 */
import type { Finding, LoadedScenario } from './load.js';
import { Scenario, TextTable, type TextTableT } from './schema.js';
import { guardMessage, guardValue, type GuardProblem } from './check/guard.js';
import { describeIssues, parseForWords } from './check/schema-words.js';
import { Reporter, sortFindings, unlocated, type FileLocator } from './check/locate.js';
import { runAnalyses } from './check/analyses.js';
import { LANGUAGE_TAG } from './check/names.js';

export const PACK_FORMAT = 'escudo-pack';
export const PACK_VERSION = 1;
const PACK_FILE = '<pack>';

export interface Pack extends LoadedScenario {
  format: typeof PACK_FORMAT;
  version: typeof PACK_VERSION;
}

export function buildPack(loaded: LoadedScenario): Pack {
  return { format: PACK_FORMAT, version: PACK_VERSION, scenario: loaded.scenario, texts: loaded.texts };
}

/**
 * Validates an untrusted pack (already JSON-parsed). `loaded` is returned
 * only when there is no error; warnings (say, a missing translation) are fine.
 */
export function readPack(json: unknown): { loaded?: LoadedScenario; findings: Finding[] } {
  const findings: Finding[] = [];
  const file = unlocated(PACK_FILE);
  const report = new Reporter(findings);
  const fail = (message: string) => {
    report.add(file, 'error', 'bad-pack', message);
    return { findings };
  };
  try {
    const problems: GuardProblem[] = [];
    const pack = guardValue(json, problems);
    for (const p of problems) report.add(file, 'error', p.kind, `${describe(p.path)}: ${guardMessage(p)}`);
    if (pack === null || typeof pack !== 'object' || Array.isArray(pack)) {
      return fail('this is not a scenario pack: expected a JSON object');
    }
    const fields = pack as Record<string, unknown>;
    if (fields.format !== PACK_FORMAT)
      return fail(`this is not a scenario pack: "format" should be "${PACK_FORMAT}"`);
    if (fields.version !== PACK_VERSION) {
      return fail(
        `this pack has version ${JSON.stringify(fields.version)}; this game reads version ${PACK_VERSION}`,
      );
    }

    const scenario = parseForWords(Scenario, fields.scenario);
    if (!scenario.success) {
      for (const p of describeIssues(scenario.error.issues, { input: fields.scenario })) {
        report.add(file, 'error', p.code, `scenario: ${p.message}`);
      }
    }
    const texts: Record<string, TextTableT> = {};
    const textFiles: Record<string, FileLocator> = {};
    const rawTexts = fields.texts;
    if (rawTexts === null || typeof rawTexts !== 'object' || Array.isArray(rawTexts)) {
      report.add(file, 'error', 'bad-pack', '"texts" should hold one text table per language');
    } else {
      for (const [lang, raw] of Object.entries(rawTexts)) {
        if (!LANGUAGE_TAG.test(lang)) {
          report.add(
            file,
            'error',
            'bad-language-file',
            `texts: "${lang}" is not a language tag such as es, pt-BR or en`,
          );
          continue;
        }
        const table = parseForWords(TextTable, raw);
        textFiles[lang] = file;
        if (table.success) texts[lang] = table.data;
        else
          for (const p of describeIssues(table.error.issues, {
            input: raw,
            prefix: 'line ',
          })) {
            report.add(file, 'error', p.code, `texts.${lang}: ${p.message}`);
          }
      }
    }
    if (scenario.success) {
      runAnalyses({ scenario: scenario.data, scenarioFile: file, texts, textFiles }, findings);
    }
    const sorted = sortFindings(findings);
    const ok = scenario.success && !sorted.some((f) => f.severity === 'error');
    return ok ? { loaded: { scenario: scenario.data, texts }, findings: sorted } : { findings: sorted };
  } catch (error) {
    // Last line of defence: the promise is "never throws".
    return fail(`this pack could not be read: ${error instanceof Error ? error.message : String(error)}`);
  }
}

function describe(path: readonly (string | number)[]): string {
  return path.length === 0 ? 'the pack' : path.map(String).join('.');
}
