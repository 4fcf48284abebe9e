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

export interface LintProblem {
  code: 'wording' | 'blaming' | 'long-sentence' | 'long-word';
  severity: 'error' | 'warning';
  /** Completes "<what the text is> …", e.g. `says "…"; say "…" instead`. */
  detail: string;
}

export interface LintOptions {
  /** Check for blaming phrasings (not in a stranger's messages: see safeguarding.ts). */
  blame: boolean;
  /** Check the reading limits of this band; leave out for texts no child reads. */
  band?: AgeBand;
}

const GUIDE = 'docs/safeguarding.md';

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
    problems.push({
      code: 'wording',
      severity: 'warning',
      detail: `says "${found}"; say "${instead}" instead (${GUIDE}, "Right words")`,
    });
  }
  if (options.blame) {
    for (const found of blamingPhrases(text, lang)) {
      problems.push({
        code: 'blaming',
        severity: 'warning',
        detail: `says "${found}", which can read as blaming the child; say what happened and what helps now, never what they should have done (${GUIDE}, "Never the child's fault")`,
      });
    }
  }
  if (options.band) {
    for (const p of readingProblems(text, lang, options.band)) {
      const severity = p.clearlyOver ? 'error' : 'warning';
      if (p.kind === 'sentence') {
        problems.push({
          code: 'long-sentence',
          severity,
          detail: `has a sentence of ${p.size} words ("${p.found}"); for ages ${options.band} keep sentences to ${p.limit} words or fewer: split it, or say less`,
        });
      } else {
        problems.push({
          code: 'long-word',
          severity,
          detail: `uses "${p.found}" (${p.size} letters); for ages ${options.band} words of more than ${p.limit} letters are hard to read: use a shorter word (or, if none says the same, add it to LONG_WORDS_ALLOWED in src/format/check/reading-level.ts)`,
        });
      }
    }
  }
  return problems;
}
