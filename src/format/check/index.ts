/**
 * The checker: the loader's findings plus every analysis, sorted by place.
 * Packs are compiled from what passes it (see ../pack/).
 */
import type { Finding, ScenarioSource } from '../load.js';
import { AnalysisMemo, runAnalyses, SEARCHING_ANALYSES } from './analyses.js';
import { duplicateIds, type CheckedScenario } from './duplicate-ids.js';
import { sortFindings } from './locate.js';
import { parseSources, SourceCache } from './parse-sources.js';

export { ANALYSES, runAnalyses } from './analyses.js';
export { categoryOf, stopsTheBuild, type FindingCategory } from './categories.js';

function checkOne(src: ScenarioSource, memory?: CheckerMemory, quick = false): CheckedScenario {
  const parsed = parseSources(src, memory?.sources);
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
    memory?.analyses,
    quick ? SEARCHING_ANALYSES : undefined,
  );
  // The locator, not a position: finding one parses the file again, which
  // only a duplicate id is worth.
  return { findings, identity: { id: parsed.scenario.id, folder: src.folder, locator: parsed.scenarioFile } };
}

interface CheckerMemory {
  sources: SourceCache;
  analyses: AnalysisMemo;
}

/**
 * A checker that remembers its last check, for re-checking one story while
 * its author types (the studio's worker): a file that did not change is not
 * read again, and an analysis whose inputs did not change is not run again.
 * Its findings are always those `checkScenario` gives for the same files.
 */
export class StoryChecker {
  private memory: CheckerMemory = { sources: new SourceCache(), analyses: new AnalysisMemo() };
  private folder: string | undefined;

  /**
   * The findings, and the logic file's data as read (before validation) for
   * tools that draw it. `quick` leaves out the analyses that search the whole
   * story (SEARCHING_ANALYSES); `complete` then says whether any was left out
   * (none is when the story did not validate, as nothing then runs). The same
   * files checked again without `quick` run only what was left out.
   */
  check(
    src: ScenarioSource,
    { quick = false } = {},
  ): { findings: Finding[]; logicValue: unknown; complete: boolean } {
    // Another story: nothing remembered is of use.
    if (src.folder !== this.folder) {
      this.memory = { sources: new SourceCache(), analyses: new AnalysisMemo() };
      this.folder = src.folder;
    }
    this.memory.sources.keepOnly(new Set([src.scenario.path, ...src.texts.map((t) => t.path)]));
    const checked = checkOne(src, this.memory, quick);
    return {
      findings: sortFindings(checked.findings),
      logicValue: this.memory.sources.logicValueOf(src.scenario),
      complete: !quick || checked.identity === undefined,
    };
  }
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
  const checked = sources.map((source) => checkOne(source));
  duplicateIds(checked);
  return checked.map((c) => sortFindings(c.findings));
}

export type { Finding, ScenarioSource } from '../load.js';
