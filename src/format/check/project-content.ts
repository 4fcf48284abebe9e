/**
 * The checks on the project's own child-facing files, beyond the stories:
 * the game's locale tables (assets/locales/<lang>/<ns>.json) and the help
 * lines (assets/helplines.yaml). `npm run scenarios:check` runs them with the
 * stories (src/cli/read-project-content.ts reads the files and today's date).
 *
 * Locale tables get the content lint (content-lint.ts) with the reading
 * limits of the youngest band, since every player reads the game's own
 * screens; what only adults read, and lists that are data rather than prose,
 * are named below. Help lines get their shape, their verification and its
 * age checked (docs/helplines.md), and the content lint on descriptions.
 */
import { HelplineFile, type HelplineEntryT } from '../helplines-schema.js';
import { copiedTables, type LocaleTables } from '../translate/coverage.js';
import { signsForBand } from '../sign-sets.js';
import { AGE_BANDS, TOPICS, WARNING_SIGNS, type AgeBand, type WarningSign } from '../taxonomy.js';
import { addDays, freshness, GRACE_DAYS, REVIEW_AFTER_DAYS } from '../helpline-policy.js';
import type { Finding, SourceFile } from '../load.js';
import { lintText, type LintOptions } from './content-lint.js';
import { makeFinding, Reporter, sortFindings, type FileLocator, type Path } from './locate.js';
import { items, phrase } from './words/render.js';
import { describeIssues, parseForWords } from './schema-words.js';
import { readYamlFile } from './yaml-file.js';

export interface ProjectSources {
  /** The locale tables, as `assets/locales/<lang>/<namespace>.json`. */
  locales: SourceFile[];
  helplines?: SourceFile;
  /** Today, as YYYY-MM-DD: the caller reads the clock, the core never does. */
  today: string;
}

/**
 * Keys (as `namespace:key`, a trailing `*` for a prefix) read only by adults:
 * the page about saved progress, backups, the teacher area's lesson names.
 * They get the right-words and blaming checks, not the children's reading limits.
 */
export const LOCALE_KEYS_FOR_ADULTS: readonly string[] = [
  'ui:data.*',
  'store:backup.*',
  'store:persistence.*',
  'store:retention.*',
  'store:delete.*',
  'lessons:*',
  // Safety ratings are for the teacher area, never shown to a child as a score.
  'endings:rating.*',
  // The teacher area and the PIN asked before the saved-progress page.
  'teacher:*',
  // Classroom mode: the teacher's controls and notes (what is projected, `classroom:projected.*`, is for children).
  'classroom:control.*',
  'classroom:teacher.*',
  // Escudo Studio, for NGO authors.
  'studio:*',
];

/** Keys that hold lists or patterns, not sentences: only the right-words check. */
export const LOCALE_KEYS_NOT_PROSE: readonly string[] = [
  'ui:profile.commonNames',
  'ui:nick.*',
  'ui:quickExit.coverLines',
  'ui:language.name',
];

/** Keys that quote what someone who tricks says (a sign's example): no blaming check. */
export const LOCALE_KEYS_QUOTES: readonly string[] = ['signs:*.example'];

function matches(patterns: readonly string[], ns: string, key: string): boolean {
  const full = `${ns}:${key}`;
  return patterns.some((p) => {
    const [pns, pkey] = p.split(':') as [string, string];
    if (pns !== ns) return false;
    if (pkey === '*') return true;
    if (pkey.startsWith('*.')) return key.endsWith(pkey.slice(1));
    if (pkey.endsWith('*')) return key.startsWith(pkey.slice(0, -1));
    return full === p;
  });
}

/** Checks the locale tables and the help lines; never throws. */
export function checkProjectContent(src: ProjectSources): Finding[] {
  const findings: Finding[] = [];
  const report = new Reporter(findings);
  const tables: LocaleTables = {};
  for (const file of src.locales) {
    guarded(findings, file.path, () => {
      const value = checkLocale(file, report, findings);
      const { lang, ns } = localeOf(file.path);
      if (value) (tables[lang] ??= {})[ns] = value;
    });
  }
  guarded(findings, '<locales>', () => checkCopies(src.locales, tables, findings));
  if (src.helplines) {
    const file = src.helplines;
    guarded(findings, file.path, () => checkHelplines(file, src.today, report, findings));
  }
  return sortFindings(findings);
}

function guarded(findings: Finding[], file: string, run: () => void): void {
  try {
    run();
  } catch (error) {
    const detail = error instanceof Error ? error.message : String(error);
    findings.push(
      makeFinding(
        { severity: 'error', code: 'internal-error', file, line: 0, column: 0 },
        { params: { detail } },
      ),
    );
  }
}

/** `assets/locales/pt-BR/ui.json` → language `pt-BR`, namespace `ui`. */
function localeOf(path: string): { lang: string; ns: string } {
  const parts = path.split(/[\\/]/);
  const name = parts.pop() ?? '';
  return { lang: parts.pop() ?? '', ns: name.replace(/\.json$/i, '') };
}

/** `what` names the text in the finding: a phrase (`lint-locale`, `lint-helpline`). */
function report(
  rep: Reporter,
  locator: FileLocator,
  path: Path,
  what: string,
  text: string,
  lang: string,
  options: LintOptions,
): void {
  for (const p of lintText(text, lang, options))
    rep.add(locator, p.severity, p.code, { params: { what, ...p.params } }, path);
}

/**
 * The youngest band that can meet a sign in the flag picker and the debrief:
 * its band lists and what the topics add (sextortion, for 13 and up, never
 * reaching 7-11). A sign's texts are held to that band's reading limits.
 */
export function youngestBandForSign(sign: WarningSign): AgeBand {
  for (const band of AGE_BANDS) {
    const topics = TOPICS.filter((t) => band !== '7-11' || t !== 'sextortion');
    if (topics.some((t) => signsForBand(band, [t]).includes(sign))) return band;
  }
  return '14-18';
}

/** The reading band of a locale text, or undefined when only adults read it. */
export function localeBand(ns: string, key: string): AgeBand | undefined {
  if (matches(LOCALE_KEYS_FOR_ADULTS, ns, key) || matches(LOCALE_KEYS_NOT_PROSE, ns, key)) return undefined;
  if (ns === 'signs') {
    const [sign, field] = key.split('.');
    if (field === 'childName') return '7-11';
    if ((WARNING_SIGNS as readonly string[]).includes(sign ?? ''))
      return youngestBandForSign(sign as WarningSign);
  }
  // The hub lists a topic only above the stories of the player's age group.
  if (ns === 'endings' && key.startsWith('topic.sextortion.')) return '11-14';
  return '7-11';
}

/**
 * A table that is English word for word (copied to start a language, never
 * translated) would reach children in English with every check passing, so
 * it is named, with how many of its texts are English.
 */
function checkCopies(files: readonly SourceFile[], tables: LocaleTables, findings: Finding[]): void {
  for (const copy of copiedTables(tables, 'en')) {
    const file = files.find((f) => {
      const at = localeOf(f.path);
      return at.lang === copy.lang && at.ns === copy.ns;
    });
    const where = {
      severity: 'warning' as const,
      code: 'locale-copy',
      file: file?.path ?? `${copy.lang}/${copy.ns}.json`,
      line: 1,
      column: 1,
    };
    const params = {
      same: copy.same.length,
      comparable: copy.comparable,
      lang: copy.lang,
      example: String(copy.same[0]),
    };
    findings.push(makeFinding(where, { params }));
  }
}

/** Checks one locale table's texts; returns its flat table when it could be read. */
function checkLocale(
  file: SourceFile,
  rep: Reporter,
  findings: Finding[],
): Record<string, unknown> | undefined {
  const yaml = readYamlFile(file);
  findings.push(...yaml.findings);
  if (yaml.findings.length > 0) return undefined;
  const { lang, ns } = localeOf(file.path);
  const visit = (value: unknown, path: string[]): void => {
    if (typeof value === 'string') {
      const key = path.join('.');
      const blame = !matches(LOCALE_KEYS_QUOTES, ns, key) && !matches(LOCALE_KEYS_NOT_PROSE, ns, key);
      const band = localeBand(ns, key);
      const what = phrase('lint-locale', key);
      report(rep, yaml.locator, path, what, value, lang, band ? { blame, band } : { blame });
      return;
    }
    if (value && typeof value === 'object' && !Array.isArray(value)) {
      for (const [k, v] of Object.entries(value)) visit(v, [...path, k]);
    }
  };
  visit(yaml.value, []);
  return yaml.value && typeof yaml.value === 'object' ? (yaml.value as Record<string, unknown>) : undefined;
}

function checkHelplines(file: SourceFile, today: string, rep: Reporter, findings: Finding[]): void {
  const yaml = readYamlFile(file);
  findings.push(...yaml.findings);
  if (yaml.findings.length > 0) return;
  const locator = yaml.locator;
  const parsed = parseForWords(HelplineFile, yaml.value);
  if (!parsed.success) {
    for (const p of describeIssues(parsed.error.issues, { input: yaml.value })) {
      rep.add(locator, 'error', 'helpline-schema', p.words, p.path, p.part);
    }
    return;
  }
  const lists: [label: string, path: Path, entries: HelplineEntryT[]][] = [
    ['everywhere', ['everywhere'], parsed.data.everywhere],
    ...Object.entries(parsed.data.countries).map(
      ([code, entries]) => [code, ['countries', code], entries] as [string, Path, HelplineEntryT[]],
    ),
  ];
  for (const [label, listPath, entries] of lists) {
    const ids = new Set<string>();
    entries.forEach((entry, i) => {
      const at: Path = [...listPath, i];
      const what = { entry: entry.id, list: label };
      if (ids.has(entry.id))
        rep.add(locator, 'error', 'helpline-duplicate-id', { params: what }, [...at, 'id']);
      ids.add(entry.id);
      checkVerification(entry, what, at, today, rep, locator);
      for (const [lang, text] of Object.entries(entry.description)) {
        // Image removal tools are shown only after stories for 11 and up.
        const band = entry.forImages ? '11-14' : '7-11';
        const named = phrase('lint-helpline', entry.id, label, lang);
        report(rep, locator, [...at, 'description', lang], named, text, lang, {
          blame: true,
          band,
        });
      }
    });
  }
}

function checkVerification(
  entry: HelplineEntryT,
  what: { entry: string; list: string },
  at: Path,
  today: string,
  rep: Reporter,
  locator: FileLocator,
): void {
  const on = entry.verifiedOn;
  if (on === null) return; // a candidate: never shown, nothing to check yet
  const problems: string[] = [];
  if (entry.source === null) problems.push(phrase('add-source'));
  if (entry.verifiedBy === null) problems.push(phrase('add-verified-by'));
  const f = freshness(on, today);
  if (f === 'invalid') problems.push(phrase('not-a-date', on, today));
  if (problems.length > 0) {
    const words = { params: { ...what, problems: items(problems) } };
    rep.add(locator, 'error', 'helpline-unverifiable', words, [...at, 'verifiedOn']);
    return;
  }
  const hidden = String(addDays(on, REVIEW_AFTER_DAYS + GRACE_DAYS + 1));
  if (f === 'review-due') {
    const words = { params: { ...what, on, hidden } };
    rep.add(locator, 'warning', 'helpline-review-due', words, [...at, 'verifiedOn']);
  } else if (f === 'expired') {
    const words = { params: { ...what, on, days: REVIEW_AFTER_DAYS + GRACE_DAYS, hidden } };
    rep.add(locator, 'warning', 'helpline-expired', words, [...at, 'verifiedOn']);
  }
}
