/**
 * Building a pack file from a scenario folder, for the CLI: the checker runs
 * first, and what stops the game's build stops this too (any error, and any
 * safeguarding finding whatever its severity); otherwise the folder is
 * compiled into the pack an NGO can hand to a school.
 */
import { checkScenario, stopsTheBuild, type Finding } from '../format/check/index.js';
import { loadScenario } from '../format/load.js';
import { buildPack } from '../format/pack/compile.js';
import type { PackT } from '../format/pack/schema.js';
import { readScenarioSource } from './read-scenario.js';

export function packFolder(folder: string): { pack?: PackT; findings: Finding[] } {
  const source = readScenarioSource(folder);
  if (!source) {
    const message = `there is no scenario.yaml in ${folder}`;
    return {
      findings: [{ severity: 'error', code: 'no-scenario', file: folder, line: 0, column: 0, message }],
    };
  }
  const findings = checkScenario(source);
  if (findings.some(stopsTheBuild)) return { findings };
  const { loaded, findings: loadFindings } = loadScenario(source);
  if (!loaded) return { findings: [...findings, ...loadFindings] };
  return { pack: buildPack(loaded), findings };
}
