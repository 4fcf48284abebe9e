/**
 * The content lint: the checks every child-facing text goes through, wherever
 * it lives (a story's tables, the game's locale files, the help lines):
 * - `wording`: terms the safeguarding guide rules out, with the term to use;
 * - `blaming`: phrasings that put the blame on the child;
 * - `long-sentence` / `long-word`: over the reading limits of the age band.
 * Each caller decides which texts get which checks and for which age band,
 * and where a finding points; this file only says what is wrong.
 */
import type { AgeBand } from '../taxonomy.js';
import { readingProblems } from './reading-level.js';
import { blamingPhrases, forbiddenTerms } from './wording-rules.js';
import type { FindingParams } from './words/render.js';

export interface LintProblem {
  code: 'wording' | 'blaming' | 'long-sentence' | 'long-word';
  severity: 'error' | 'warning';
  /**
   * What was found, for the code's template, which completes a `what` the
   * caller adds (a phrase naming the line, key or help line entry).
   */
  params: FindingParams;
}

export interface LintOptions {
  /** Check for blaming phrasings (not in a stranger's messages: see safeguarding.ts). */
  blame: boolean;
  /** Check the reading limits of this band; leave out for texts no child reads. */
  band?: AgeBand;
}

/**
 * Lines already linted, by everything the answer depends on. A re-check after
 * a keystroke lints the same thousands of lines again; only the line being
 * typed is new. Emptied when full, so typing for hours cannot grow it.
 */
const linted = new Map<string, readonly LintProblem[]>();
const MAX_REMEMBERED = 50_000;

/** The problems of one text; the same array for the same question, so callers must not change it. */
export function lintText(text: string, lang: string, options: LintOptions): readonly LintProblem[] {
  const key = `${lang}\u0000${options.band ?? ''}\u0000${options.blame ? 1 : 0}\u0000${text}`;
  const kept = linted.get(key);
  if (kept) return kept;
  if (linted.size >= MAX_REMEMBERED) linted.clear();
  const problems = Object.freeze(lintUnremembered(text, lang, options));
  linted.set(key, problems);
  return problems;
}

function lintUnremembered(text: string, lang: string, options: LintOptions): LintProblem[] {
  const problems: LintProblem[] = [];
  for (const { found, instead } of forbiddenTerms(text, lang)) {
    problems.push({ code: 'wording', severity: 'warning', params: { found, instead } });
  }
  if (options.blame) {
    for (const found of blamingPhrases(text, lang)) {
      problems.push({ code: 'blaming', severity: 'warning', params: { found } });
    }
  }
  if (options.band) {
    for (const p of readingProblems(text, lang, options.band)) {
      const severity = p.clearlyOver ? 'error' : 'warning';
      const params = { size: p.size, found: p.found, band: options.band, limit: p.limit };
      problems.push({ code: p.kind === 'sentence' ? 'long-sentence' : 'long-word', severity, params });
    }
  }
  return problems;
}
