/**
 * Building a pack file from a scenario folder, for the CLI: reads the folder
 * and hands its files to `packSource` (src/format/pack/pack-source.ts), the
 * same code the studio exports packs with.
 */
import type { Finding } from '../format/check/index.js';
import { packSource, type PackResult } from '../format/pack/pack-source.js';
import { readScenarioSource } from './read-scenario.js';

export function packFolder(folder: string): PackResult {
  const source = readScenarioSource(folder);
  if (!source) {
    const message = `there is no scenario.yaml in ${folder}`;
    const finding: Finding = {
      severity: 'error',
      code: 'no-scenario',
      file: folder,
      line: 0,
      column: 0,
      message,
    };
    return { findings: [finding] };
  }
  return packSource(source);
}
