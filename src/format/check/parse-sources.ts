/**
 * The loader's core, shared by `loadScenario` and `checkScenario`: reads every
 * file of a scenario folder, guards and validates it, and keeps the locators
 * so later analyses can point at lines.
 */
import { Scenario, LineText, TranslatedLine, type ScenarioT, type TextTableT } from '../schema.js';
import type { Finding, ScenarioSource, SourceFile } from '../load.js';
import { readYamlFile } from './yaml-file.js';
import { revalidate } from './revalidate.js';
import { sameData } from './same-data.js';
import { LANGUAGE_TAG, LINE_ID } from './names.js';
import { guardValue, guardWords, type GuardProblem } from './guard.js';
import { describeIssues, parseForWords } from './schema-words.js';
import { makeFinding, Reporter, type FileLocator } from './locate.js';
import { phrase } from './words/render.js';
import type { z } from 'zod';

export interface ParsedSources {
  /** The logic file's data as YAML read it, before validation. */
  logicValue?: unknown;
  scenario?: ScenarioT;
  scenarioFile: FileLocator;
  /** Tables that validated, by language. */
  texts: Record<string, TextTableT>;
  textFiles: Record<string, FileLocator>;
  /** True when every table file validated. */
  textsComplete: boolean;
  /** Line ids present in a table but invalid there (already reported), by language. */
  invalidLines: Record<string, Set<string>>;
  findings: Finding[];
}

/** `scenarios/x/text/pt-BR.yaml` -> `pt-BR`. */
export function languageOf(path: string): string {
  const name = path.split(/[\\/]/).pop() ?? '';
  return name.replace(/\.ya?ml$/i, '');
}

/** Never throws: an unexpected failure becomes an `internal-error` finding. */
export function parseSources(src: ScenarioSource, cache?: SourceCache): ParsedSources {
  try {
    return parseSourcesUnguarded(src, cache);
  } catch (error) {
    const detail = error instanceof Error ? error.message : String(error);
    const file = typeof src?.scenario?.path === 'string' ? src.scenario.path : '<unknown>';
    return {
      scenarioFile: { file, at: () => ({ line: 0, column: 0 }), inText: () => ({ line: 0, column: 0 }) },
      texts: {},
      textFiles: {},
      textsComplete: false,
      invalidLines: {},
      findings: [
        makeFinding(
          { severity: 'error', code: 'internal-error', file, line: 0, column: 0 },
          { params: { detail } },
        ),
      ],
    };
  }
}

/**
 * What reading one file gave: its own findings and results. Kept per file so
 * the studio's checker can reuse a file the author did not touch (see
 * SourceCache); nothing downstream changes these objects.
 */
interface LogicRead {
  findings: Finding[];
  locator: FileLocator;
  /** The file's data as YAML read it, before validation (the studio's map reads it). */
  value?: unknown;
  scenario?: ScenarioT;
}
interface TableRead {
  findings: Finding[];
  locator: FileLocator;
  value?: TextTableT;
  complete: boolean;
  invalid: Set<string>;
}

/**
 * The last reading of each file, by path, and the text it was read from.
 * Reading a 1,000-node story's files takes most of a re-check; after a
 * keystroke only the file that changed is read again. The same text always
 * gives the same result, so reusing one is exact.
 */
export class SourceCache {
  private readonly logic = new Map<string, { text: string; read: LogicRead }>();
  private readonly tables = new Map<string, { text: string; read: TableRead }>();

  logicOf(file: SourceFile): LogicRead {
    return this.reuse(this.logic, file, (f, before) => readLogic(f, before));
  }

  tableOf(file: SourceFile): TableRead {
    return this.reuse(this.tables, file, readTableFile);
  }

  private reuse<R>(
    map: Map<string, { text: string; read: R }>,
    file: SourceFile,
    read: (f: SourceFile, before: R | undefined) => R,
  ): R {
    const kept = map.get(file.path);
    if (kept && kept.text === file.text) return kept.read;
    const fresh = read(file, kept?.read);
    map.set(file.path, { text: file.text, read: fresh });
    return fresh;
  }

  /** The data of a logic file read before (undefined when it was not, or YAML refused it). */
  logicValueOf(file: SourceFile): unknown {
    const kept = this.logic.get(file.path);
    return kept && kept.text === file.text ? kept.read.value : undefined;
  }

  /** Forgets files no longer in the story (a table deleted, another story opened). */
  keepOnly(paths: ReadonlySet<string>): void {
    for (const map of [this.logic, this.tables])
      for (const path of map.keys()) if (!paths.has(path)) map.delete(path);
  }
}

/**
 * Reads the logic file. When the file said nothing new — the text changed
 * (a comment, spacing) but the data did not, and the last reading of the
 * same data was clean — the validated scenario of `before` is kept, so the
 * analyses that found nothing in this file can keep their findings too
 * (analyses.ts AnalysisMemo).
 */
function readLogic(file: SourceFile, before?: LogicRead): LogicRead {
  const findings: Finding[] = [];
  const report = new Reporter(findings);
  const logic = readYamlFile(file);
  if (
    before?.scenario &&
    before.findings.length === 0 &&
    logic.findings.length === 0 &&
    sameData(logic.value, before.value)
  )
    return { findings, locator: logic.locator, value: logic.value, scenario: before.scenario };
  findings.push(...logic.findings);
  misnamed(file.path, 'scenario.yaml', logic.locator, report);
  let scenario: ScenarioT | undefined;
  if (logic.findings.length === 0) {
    const clean = guarded(logic.value, logic.locator, report);
    // After a clean reading, only the nodes the edit changed are validated again.
    if (before?.scenario && before.findings.length === 0 && findings.length === 0)
      scenario = revalidate(clean, logic.value, { value: before.value, scenario: before.scenario });
    if (!scenario) scenario = validated(clean, logic.locator, report);
  }
  return { findings, locator: logic.locator, value: logic.value, scenario };
}

function readTableFile(file: SourceFile): TableRead {
  const findings: Finding[] = [];
  const report = new Reporter(findings);
  const lang = languageOf(file.path);
  const invalid = new Set<string>();
  const table = readTable(file, lang, report, findings, invalid);
  misnamed(file.path, `${lang}.yaml`, table.locator, report);
  return {
    findings,
    locator: table.locator,
    value: table.value,
    complete: !!table.value && !!table.complete,
    invalid,
  };
}

function parseSourcesUnguarded(src: ScenarioSource, cache: SourceCache | undefined): ParsedSources {
  const logic = cache ? cache.logicOf(src.scenario) : readLogic(src.scenario);
  const findings: Finding[] = [...logic.findings];
  const texts: Record<string, TextTableT> = {};
  const textFiles: Record<string, FileLocator> = {};
  let textsComplete = true;
  const invalidLines: Record<string, Set<string>> = {};
  for (const file of src.texts) {
    const lang = languageOf(file.path);
    const table = cache ? cache.tableOf(file) : readTableFile(file);
    findings.push(...table.findings);
    invalidLines[lang] = table.invalid;
    textFiles[lang] = table.locator;
    if (table.value) texts[lang] = table.value;
    if (!table.complete) textsComplete = false;
  }
  return {
    logicValue: logic.value,
    scenario: logic.scenario,
    scenarioFile: logic.locator,
    texts,
    textFiles,
    textsComplete,
    invalidLines,
    findings,
  };
}

/**
 * The game's build and the checker read the same files (src/cli/read-scenario.ts),
 * and only `.yaml` names count: a `.yml` file is refused here rather than
 * checked in one place and left out in another.
 */
function misnamed(path: string, wanted: string, locator: FileLocator, report: Reporter): void {
  const name = path.split(/[\\/]/).pop() ?? '';
  if (name === wanted || !/\.ya?ml$/i.test(name)) return;
  report.addAt(locator, 'error', 'file-extension', { params: { wanted, name } }, { line: 1, column: 1 });
}

/** The whole logic file validated, each problem reported where it is. */
function validated(clean: unknown, locator: FileLocator, report: Reporter): ScenarioT | undefined {
  const result = parseForWords(Scenario, clean);
  if (result.success) return result.data;
  for (const p of describeIssues(result.error.issues, { input: clean })) {
    report.add(locator, 'error', p.code, p.words, p.path, p.part);
  }
  return undefined;
}

/** Guards parsed data, reporting forbidden keys and excessive depth. */
function guarded(value: unknown, locator: FileLocator, report: Reporter): unknown {
  const problems: GuardProblem[] = [];
  const clean = guardValue(value, problems);
  for (const p of problems) report.add(locator, 'error', p.kind, guardWords(p), p.path, 'key');
  return clean;
}

/**
 * Validates a language table entry by entry, choosing the form from the
 * entry's shape, so a mistake is explained in terms of the form the author
 * meant (a translation `{text, source}`, plural forms, or plain text).
 */
function readTable(
  file: SourceFile,
  lang: string,
  report: Reporter,
  findings: Finding[],
  invalid: Set<string>,
): { value?: TextTableT; complete?: boolean; locator: FileLocator } {
  const yaml = readYamlFile(file);
  findings.push(...yaml.findings);
  const locator = yaml.locator;
  if (yaml.findings.length > 0) return { locator };
  if (!LANGUAGE_TAG.test(lang)) {
    report.add(locator, 'error', 'bad-language-file', { params: { name: lang } });
    return { locator };
  }
  const errorsBefore = findings.length;
  const clean = guarded(yaml.value, locator, report);
  if (clean === null || clean === undefined) return { value: {}, complete: true, locator };
  if (typeof clean !== 'object' || Array.isArray(clean)) {
    report.add(locator, 'error', 'schema', { variant: 'not-a-table', params: {} });
    return { locator };
  }
  const table: TextTableT = {};
  for (const [id, entry] of Object.entries(clean)) {
    if (!LINE_ID.test(id)) {
      invalid.add(id);
      report.add(locator, 'error', 'schema', { variant: 'bad-line-id', params: { line: id } }, [id], 'key');
      continue;
    }
    const unquoted = unquotedScalar(entry);
    if (unquoted) {
      invalid.add(id);
      const path = [id, ...unquoted.path];
      const raw = rawAt(file.text, locator.at(path)) ?? String(unquoted.value);
      const read =
        typeof unquoted.value === 'number'
          ? phrase('read-number', String(unquoted.value))
          : phrase('read-boolean');
      const fingerprint = unquoted.path[0] === 'source';
      const words = { variant: fingerprint ? 'fingerprint' : 'text', params: { line: id, raw, read } };
      report.add(locator, 'error', 'not-in-quotes', words, path);
      continue;
    }
    const translated =
      entry !== null &&
      typeof entry === 'object' &&
      !Array.isArray(entry) &&
      ('text' in entry || 'source' in entry);
    const schema: z.ZodType = translated ? TranslatedLine : LineText;
    const result = parseForWords(schema, entry);
    if (result.success) table[id] = result.data as TextTableT[string];
    else {
      invalid.add(id);
      for (const p of describeIssues(result.error.issues, { input: clean, prefix: 'line ' }, [id])) {
        report.add(locator, 'error', p.code, p.words, p.path, p.part);
      }
    }
  }
  // The valid lines are kept so the other analyses still run on them.
  return { value: table, complete: findings.length === errorsBefore, locator };
}

/**
 * A value YAML read as a number or true/false where a table needs text: an
 * unquoted fingerprint such as `1e5` becomes 100000, and `12` is a number.
 * Returns where it is inside the entry.
 */
function unquotedScalar(entry: unknown): { path: string[]; value: number | boolean } | undefined {
  const scalar = (v: unknown): v is number | boolean => typeof v === 'number' || typeof v === 'boolean';
  if (scalar(entry)) return { path: [], value: entry };
  if (entry === null || typeof entry !== 'object' || Array.isArray(entry)) return undefined;
  for (const [key, value] of Object.entries(entry)) {
    if (scalar(value)) return { path: [key], value };
    if (key === 'text' && value !== null && typeof value === 'object' && !Array.isArray(value)) {
      for (const [form, text] of Object.entries(value))
        if (scalar(text)) return { path: [key, form], value: text };
    }
  }
  return undefined;
}

/** The scalar as written in the file at a position (up to a space, comment or bracket). */
function rawAt(text: string, at: { line: number; column: number }): string | undefined {
  const line = text.replace(/^\ufeff/, '').split('\n')[at.line - 1];
  const raw = line?.slice(at.column - 1).match(/^[^\s#,}\]]+/)?.[0];
  return raw === undefined || raw.length === 0 ? undefined : raw;
}
