/**
 * The checker: the loader's findings plus every analysis, sorted by place.
 * Packs are compiled from what passes it (see ../pack/).
 */
import type { Finding, ScenarioSource } from '../load.js';
import { runAnalyses } from './analyses.js';
import { sortFindings } from './locate.js';
import { parseSources } from './parse-sources.js';

export { ANALYSES, runAnalyses } from './analyses.js';

/** Checks one scenario folder; never throws. */
export function checkScenario(src: ScenarioSource): Finding[] {
  const parsed = parseSources(src);
  const findings = [...parsed.findings];
  if (parsed.scenario) {
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
  }
  return sortFindings(findings);
}

export type { Finding, ScenarioSource } from '../load.js';
