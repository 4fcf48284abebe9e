/**
 * The checker for a pack that arrives from outside the build (a file an
 * adult adds, or a school's `packs/` folder): the pack reader's own checks,
 * then every analysis the checker runs on a scenario folder, on the story
 * turned back into the authoring shape (decompile.ts). A pack made by
 * `npm run scenarios:pack` passed all of them already; one edited by hand, or
 * made some other way, gets the same judgement here. Loaded by the game only
 * when there is such a pack, so the parser and the analyses stay out of the
 * first download.
 */
import { runAnalyses } from '../check/analyses.js';
import { stopsTheBuild } from '../check/categories.js';
import { unlocated } from '../check/locate.js';
import type { Finding } from '../load.js';
import { storyAsScenario, UnprintableExpression } from './decompile.js';
import { readPack, type LoadedPack } from './read.js';

const PACK_FILE = '<pack>';

export interface CheckedPack {
  /** Present only when nothing stops it (the same rule as the build's: `stopsTheBuild`). */
  loaded?: LoadedPack;
  /** Every finding; those that stop it first. */
  findings: Finding[];
}

/** Checks an untrusted, already JSON-parsed pack. Never throws. */
export function checkPack(json: unknown): CheckedPack {
  const read = readPack(json);
  if (!read.loaded) return { findings: read.findings };
  const findings: Finding[] = [...read.findings];
  try {
    const scenario = storyAsScenario(read.loaded.scenario);
    const textFiles = Object.fromEntries(
      Object.keys(read.loaded.texts).map((lang) => [lang, unlocated(PACK_FILE)]),
    );
    runAnalyses(
      { scenario, scenarioFile: unlocated(PACK_FILE), texts: read.loaded.texts, textFiles },
      findings,
    );
  } catch (error) {
    const message =
      error instanceof UnprintableExpression
        ? `a condition or effect cannot be checked: ${error.message}`
        : `the pack could not be checked: ${error instanceof Error ? error.message : String(error)}`;
    findings.push({ severity: 'error', code: 'bad-pack', file: PACK_FILE, line: 0, column: 0, message });
  }
  const stopping = findings.filter(stopsTheBuild);
  const sorted = [...stopping, ...findings.filter((f) => !stopsTheBuild(f))];
  return stopping.length > 0 ? { findings: sorted } : { loaded: read.loaded, findings: sorted };
}
