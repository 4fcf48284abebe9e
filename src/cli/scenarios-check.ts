/**
 * `npm run scenarios:check [ids...] [--json] [--dir <folder>]`
 *
 * Checks scenario folders and prints every finding as
 * `file:line:column  error|warning  message`, grouped by file, then a summary.
 * Exits 1 when any error was found, so CI and `npm test` fail on broken
 * scenarios; warnings alone exit 0.
 */
import { join } from 'node:path';
import { checkScenarios, type Finding, type ScenarioSource } from '../format/check/index.js';
import { findingsJson, formatFindings } from './format-findings.js';
import { projectContentFindings } from './read-project-content.js';
import { readScenarioSource, scenarioFolders } from './read-scenario.js';

interface Options {
  ids: string[];
  json: boolean;
  dir: string;
}

function parseArgs(argv: string[]): Options {
  const options: Options = { ids: [], json: false, dir: 'scenarios' };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    if (arg === '--json') options.json = true;
    else if (arg === '--dir') {
      const dir = argv[++i];
      if (!dir) throw new Error('--dir needs a folder, e.g. --dir scenarios');
      options.dir = dir;
    } else if (arg.startsWith('--'))
      throw new Error(`unknown option ${arg}; use [ids...] [--json] [--dir <folder>]`);
    else options.ids.push(arg);
  }
  return options;
}

function main(): number {
  let options: Options;
  try {
    options = parseArgs(process.argv.slice(2));
  } catch (error) {
    console.error((error as Error).message);
    return 2;
  }
  const folders =
    options.ids.length > 0 ? options.ids.map((id) => join(options.dir, id)) : scenarioFolders(options.dir);
  const findings: Finding[] = [];
  const sources: ScenarioSource[] = [];
  for (const folder of folders) {
    const source = readScenarioSource(folder);
    if (source) sources.push(source);
    else
      findings.push({
        severity: 'error',
        code: 'no-scenario',
        file: folder,
        line: 0,
        column: 0,
        message: `there is no scenario.yaml in ${folder}`,
      });
  }
  // Together, so two folders with the same id are found.
  for (const list of checkScenarios(sources)) findings.push(...list);
  const checked = sources.length;
  if (options.ids.length === 0 && options.dir === 'scenarios') findings.push(...projectContentFindings());
  const errors = findings.filter((f) => f.severity === 'error').length;
  const warnings = findings.length - errors;
  if (options.json) console.log(findingsJson(findings));
  else {
    if (findings.length > 0) console.log(formatFindings(findings) + '\n');
    const plural = (n: number, word: string): string => `${n} ${word}${n === 1 ? '' : 's'}`;
    console.log(
      `${plural(checked, 'scenario')} checked: ${plural(errors, 'error')}, ${plural(warnings, 'warning')}`,
    );
  }
  return errors > 0 ? 1 : 0;
}

process.exitCode = main();
