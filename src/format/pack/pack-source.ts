/**
 * A scenario folder's files in, its story pack out: the checker runs first,
 * and what stops the game's build stops this too (any error, and any
 * safeguarding finding whatever its severity). One code path for
 * `npm run scenarios:pack` (src/cli/pack-scenario.ts reads the folder) and the
 * studio's "Export pack" (src/studio/, which holds the files in the page), so
 * both make the same file from the same files.
 */
import { checkScenario, stopsTheBuild } from '../check/index.js';
import { loadScenario, type Finding, type ScenarioSource } from '../load.js';
import { buildPack } from './compile.js';
import type { PackT } from './schema.js';

export interface PackResult {
  /** Present only when nothing stops the pack. */
  pack?: PackT;
  /** Every finding of the checker, whether or not it stops the pack. */
  findings: Finding[];
}

/** Checks a scenario's files and compiles them when nothing stops it; never throws. */
export function packSource(source: ScenarioSource): PackResult {
  const findings = checkScenario(source);
  if (findings.some(stopsTheBuild)) return { findings };
  const { loaded, findings: loadFindings } = loadScenario(source);
  if (!loaded) return { findings: [...findings, ...loadFindings] };
  return { pack: buildPack(loaded), findings };
}

/** The pack file's text, exactly as the command line writes it. */
export function packFileText(pack: PackT): string {
  return JSON.stringify(pack) + '\n';
}
