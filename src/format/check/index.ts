/**
 * The checker: the loader's findings plus every analysis, sorted by place.
 * Packs are compiled from what passes it (see ../pack/).
 */
import type { Finding, ScenarioSource } from '../load.js';
import { runAnalyses } from './analyses.js';
import { duplicateIds, type CheckedScenario } from './duplicate-ids.js';
import { sortFindings } from './locate.js';
import { parseSources } from './parse-sources.js';

export { ANALYSES, runAnalyses } from './analyses.js';
export { categoryOf, stopsTheBuild, type FindingCategory } from './categories.js';

function checkOne(src: ScenarioSource): CheckedScenario {
  const parsed = parseSources(src);
  const findings = [...parsed.findings];
  if (!parsed.scenario) return { findings };
  runAnalyses(
    {
      folder: src.folder,
      scenario: parsed.scenario,
      scenarioFile: parsed.scenarioFile,
      texts: parsed.texts,
      textFiles: parsed.textFiles,
      invalidLines: parsed.invalidLines,
    },
    findings,
  );
  // The locator, not a position: finding one parses the file again, which
  // only a duplicate id is worth.
  return { findings, identity: { id: parsed.scenario.id, folder: src.folder, locator: parsed.scenarioFile } };
}

/** Checks one scenario folder; never throws. */
export function checkScenario(src: ScenarioSource): Finding[] {
  return sortFindings(checkOne(src).findings);
}

/**
 * Checks several scenario folders as one library: each on its own, and no
 * two with the same id (saved games and teacher data find a story by it).
 * Returns each folder's findings, in the order given; never throws.
 */
export function checkScenarios(sources: readonly ScenarioSource[]): Finding[][] {
  const checked = sources.map(checkOne);
  duplicateIds(checked);
  return checked.map((c) => sortFindings(c.findings));
}

export type { Finding, ScenarioSource } from '../load.js';
