/**
 * Every analysis, and the runner shared by the checker and by packs. Kept
 * apart from the YAML reading so the game, which only reads packs (JSON),
 * never bundles a YAML parser.
 */
import type { Finding } from '../load.js';
import type { Analysis, CheckContext } from './context.js';
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

/** Runs the analyses on an already validated scenario. */
export function runAnalyses(ctx: Omit<CheckContext, 'report'>, findings: Finding[]): void {
  const full: CheckContext = { ...ctx, report: new Reporter(findings) };
  for (const analysis of ANALYSES) {
    try {
      analysis(full);
    } catch (error) {
      // A bug in the checker must not hide the author's other findings.
      const detail = error instanceof Error ? error.message : String(error);
      const words = { variant: 'analysis', params: { analysis: analysis.name, detail } };
      full.report.add(ctx.scenarioFile, 'error', 'internal-error', words);
    }
  }
}
