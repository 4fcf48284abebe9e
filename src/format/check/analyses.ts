/**
 * Every analysis, and the runner shared by the checker and by packs. Kept
 * apart from the YAML reading so the game, which only reads packs (JSON),
 * never bundles a YAML parser.
 */
import type { Finding } from '../load.js';
import type { ScenarioT } from '../schema.js';
import type { Analysis, CheckContext } from './context.js';
import { sameData } from './same-data.js';
import { tableViewOf, type TableAnalysis, type TableView } from './table-view.js';
import type { FileLocator } from './locate.js';
import { checkDeadEnds } from './dead-ends.js';
import { checkEmptyTexts } from './empty-texts.js';
import { checkEndings } from './endings.js';
import { checkExpressions } from './expressions.js';
import { checkIdentity } from './identity.js';
import { checkLessons } from './lessons.js';
import { checkLineIds } from './line-ids.js';
import { checkNextLinks } from './next-links.js';
import { Reporter } from './locate.js';
import { checkPlaceholders } from './placeholders.js';
import { checkPlayStates } from './play-states.js';
import { checkPluralForms } from './plural-forms.js';
import { checkPlurals } from './plurals.js';
import { checkReachability } from './reachability.js';
import { checkReferences } from './references.js';
import { checkAgeAndRole, checkTableWords } from './safeguarding.js';
import { checkSignsOffered } from './signs-offered.js';
import { checkTexts } from './texts.js';
import { checkTraps } from './traps.js';
import { checkVariables } from './variables.js';

/**
 * An analysis of the text tables, listed with what it reads of the logic
 * file: its table view (table-view.ts), or nothing at all.
 */
interface OnTables {
  tables: TableAnalysis;
  readsView: boolean;
}
type Listed = Analysis | OnTables;

const onTables = (tables: TableAnalysis, readsView = true): OnTables => ({ tables, readsView });

/** Every analysis that needs a valid scenario, in the order they run. */
export const ANALYSES: readonly Listed[] = [
  checkIdentity,
  checkReferences,
  checkReachability,
  checkDeadEnds,
  checkTraps,
  checkNextLinks,
  checkPlayStates,
  checkEndings,
  checkVariables,
  checkExpressions,
  checkLineIds,
  onTables(checkTexts),
  onTables(checkEmptyTexts, false),
  onTables(checkPlurals),
  onTables(checkPluralForms, false),
  onTables(checkPlaceholders),
  checkAgeAndRole,
  onTables(checkTableWords),
  checkSignsOffered,
  checkLessons,
];

type Context = Omit<CheckContext, 'report'>;

/**
 * What one analysis read, other than where things are in the files,
 * compared by identity: the source cache keeps the same objects for
 * unchanged data, and the memo the same view while it reads the same. An
 * analysis of the logic file reads the scenario; one of the tables reads
 * them, which table files exist (valid or not: an invalid source table is
 * not a missing one) and, if it asks, the view.
 */
function inputsOf(listed: Listed, ctx: Context, view: TableView): unknown[] {
  if (typeof listed === 'function') return [ctx.folder, ctx.scenario];
  const langs = Object.keys(ctx.texts).sort();
  const files = Object.keys(ctx.textFiles).sort().join('\n');
  const tables = [...langs.flatMap((l) => [l, ctx.texts[l], ctx.invalidLines?.[l]]), langs.length, files];
  return listed.readsView ? [view, ...tables] : tables;
}

const sameInputs = (a: unknown[], b: unknown[]): boolean =>
  a.length === b.length && a.every((x, i) => x === b[i]);

/** The locator of the file a finding names, as the check sees it now. */
function locatorOf(ctx: Context, file: string): FileLocator | undefined {
  if (ctx.scenarioFile.file === file) return ctx.scenarioFile;
  return Object.values(ctx.textFiles).find((l) => l.file === file);
}

/**
 * Each analysis's findings from the last check, with what it read. An
 * analysis reads files' positions only to place its findings, so its
 * findings are reused when its inputs are the same objects and every file
 * it reported in has the same locator (the same text): a comment typed in
 * the logic file re-runs only the analyses that found something there, and
 * a typing time changed re-runs none of the tables' analyses.
 */
export class AnalysisMemo {
  private readonly last = new Map<
    Listed,
    { inputs: unknown[]; placedIn: Map<string, FileLocator | undefined>; findings: Finding[] }
  >();
  private lastView: TableView | undefined;

  /** The view of this check's scenario: the last one while it reads the same, so it compares by identity. */
  view(scenario: ScenarioT): TableView {
    const view = tableViewOf(scenario);
    if (this.lastView && sameData(view, this.lastView)) return this.lastView;
    return (this.lastView = view);
  }

  run(listed: Listed, ctx: Context, view: TableView, into: Finding[]): void {
    const inputs = inputsOf(listed, ctx, view);
    const kept = this.last.get(listed);
    if (
      kept &&
      sameInputs(kept.inputs, inputs) &&
      [...kept.placedIn].every(([file, locator]) => locatorOf(ctx, file) === locator)
    ) {
      into.push(...kept.findings);
      return;
    }
    const findings: Finding[] = [];
    runOne(listed, ctx, view, findings);
    const placedIn = new Map(findings.map((f) => [f.file, locatorOf(ctx, f.file)]));
    this.last.set(listed, { inputs, placedIn, findings });
    into.push(...findings);
  }
}

function runOne(listed: Listed, ctx: Context, view: TableView, findings: Finding[]): void {
  const report = new Reporter(findings);
  try {
    if (typeof listed === 'function') listed({ ...ctx, report });
    else {
      // The tables' analyses are not handed the scenario: what they read of it is in the view.
      const { scenario: _scenario, ...files } = ctx;
      listed.tables({ ...files, view, report });
    }
  } catch (error) {
    // A bug in the checker must not hide the author's other findings.
    const detail = error instanceof Error ? error.message : String(error);
    const name = typeof listed === 'function' ? listed.name : listed.tables.name;
    const words = { variant: 'analysis', params: { analysis: name, detail } };
    report.add(ctx.scenarioFile, 'error', 'internal-error', words);
  }
}

/**
 * The analyses that search the whole story (the state explorer): most of a
 * re-check's time on a large story. The studio shows the others' findings
 * first and these a moment later (StoryChecker's `quick`).
 */
export const SEARCHING_ANALYSES: ReadonlySet<Listed> = new Set([checkPlayStates]);

/**
 * Runs the analyses on an already validated scenario, reusing what `memo`
 * remembers when given, and leaving out those in `skip`.
 */
export function runAnalyses(
  ctx: Context,
  findings: Finding[],
  memo?: AnalysisMemo,
  skip: ReadonlySet<Listed> = new Set(),
): void {
  const view = memo ? memo.view(ctx.scenario) : tableViewOf(ctx.scenario);
  for (const listed of ANALYSES) {
    if (skip.has(listed)) continue;
    if (memo) memo.run(listed, ctx, view, findings);
    else runOne(listed, ctx, view, findings);
  }
}
