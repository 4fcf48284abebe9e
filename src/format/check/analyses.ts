/**
 * Every analysis, and the runner shared by the checker and by packs. Kept
 * apart from the YAML reading so the game, which only reads packs (JSON),
 * never bundles a YAML parser.
 */
import type { Finding } from '../load.js';
import type { Analysis, CheckContext } from './context.js';
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
import { checkSafeguarding } from './safeguarding.js';
import { checkSignsOffered } from './signs-offered.js';
import { checkTexts } from './texts.js';
import { checkTraps } from './traps.js';
import { checkVariables } from './variables.js';

/** Every analysis that needs a valid scenario, in the order they run. */
export const ANALYSES: readonly Analysis[] = [
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
  checkTexts,
  checkEmptyTexts,
  checkPlurals,
  checkPluralForms,
  checkPlaceholders,
  checkSafeguarding,
  checkSignsOffered,
  checkLessons,
];

/**
 * The analyses that read the text tables. Every other one reads only the
 * logic file and the folder name, so a keystroke in a text table leaves its
 * findings as they were (see AnalysisMemo). A test compares a remembering
 * checker with a fresh one over random edits, so a wrong entry here fails.
 */
const READS_TEXTS: ReadonlySet<Analysis> = new Set([
  checkTexts,
  checkEmptyTexts,
  checkPlurals,
  checkPluralForms,
  checkPlaceholders,
  checkSafeguarding,
]);

/**
 * What one analysis read, other than where things are in the files:
 * compared by identity, which the source cache keeps for unchanged data.
 */
function inputsOf(analysis: Analysis, ctx: Omit<CheckContext, 'report'>): unknown[] {
  const logic = [ctx.folder, ctx.scenario];
  if (!READS_TEXTS.has(analysis)) return logic;
  const langs = Object.keys(ctx.texts).sort();
  // Which table files exist counts too, valid or not (an invalid source table is not a missing one).
  const files = Object.keys(ctx.textFiles).sort().join('\n');
  return [...logic, ...langs.flatMap((l) => [l, ctx.texts[l], ctx.invalidLines?.[l]]), langs.length, files];
}

const sameInputs = (a: unknown[], b: unknown[]): boolean =>
  a.length === b.length && a.every((x, i) => x === b[i]);

/** The locator of the file a finding names, as the check sees it now. */
function locatorOf(ctx: Omit<CheckContext, 'report'>, file: string): FileLocator | undefined {
  if (ctx.scenarioFile.file === file) return ctx.scenarioFile;
  return Object.values(ctx.textFiles).find((l) => l.file === file);
}

/**
 * Each analysis's findings from the last check, with what it read. An
 * analysis reads files' positions only to place its findings, so its
 * findings are reused when its inputs are the same objects (the source
 * cache, parse-sources.ts, keeps them for unchanged data) and every file it
 * reported in has the same locator (the same text): a comment typed in the
 * logic file re-runs only the analyses that found something there.
 */
export class AnalysisMemo {
  private readonly last = new Map<
    Analysis,
    { inputs: unknown[]; placedIn: Map<string, FileLocator | undefined>; findings: Finding[] }
  >();

  run(analysis: Analysis, ctx: Omit<CheckContext, 'report'>, into: Finding[]): void {
    const inputs = inputsOf(analysis, ctx);
    const kept = this.last.get(analysis);
    if (
      kept &&
      sameInputs(kept.inputs, inputs) &&
      [...kept.placedIn].every(([file, locator]) => locatorOf(ctx, file) === locator)
    ) {
      into.push(...kept.findings);
      return;
    }
    const findings: Finding[] = [];
    runOne(analysis, ctx, findings);
    const placedIn = new Map(findings.map((f) => [f.file, locatorOf(ctx, f.file)]));
    this.last.set(analysis, { inputs, placedIn, findings });
    into.push(...findings);
  }
}

function runOne(analysis: Analysis, ctx: Omit<CheckContext, 'report'>, findings: Finding[]): void {
  const full: CheckContext = { ...ctx, report: new Reporter(findings) };
  try {
    analysis(full);
  } catch (error) {
    // A bug in the checker must not hide the author's other findings.
    const detail = error instanceof Error ? error.message : String(error);
    const words = { variant: 'analysis', params: { analysis: analysis.name, detail } };
    full.report.add(ctx.scenarioFile, 'error', 'internal-error', words);
  }
}

/**
 * The analyses that search the whole story (the state explorer): most of a
 * re-check's time on a large story. The studio shows the others' findings
 * first and these a moment later (StoryChecker's `quick`).
 */
export const SEARCHING_ANALYSES: ReadonlySet<Analysis> = new Set([checkPlayStates]);

/**
 * Runs the analyses on an already validated scenario, reusing what `memo`
 * remembers when given, and leaving out those in `skip`.
 */
export function runAnalyses(
  ctx: Omit<CheckContext, 'report'>,
  findings: Finding[],
  memo?: AnalysisMemo,
  skip: ReadonlySet<Analysis> = new Set(),
): void {
  for (const analysis of ANALYSES) {
    if (skip.has(analysis)) continue;
    if (memo) memo.run(analysis, ctx, findings);
    else runOne(analysis, ctx, findings);
  }
}
