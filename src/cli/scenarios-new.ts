/**
 * `npm run scenarios:new -- <id> [--dir <folder>]`
 *
 * Writes a new scenario folder from the template (src/format/template/): a
 * small complete story that passes the checker, in es with pt-BR and en
 * translations of its own lines. Refuses an id that is not a valid scenario
 * id and a folder that already exists, so nothing is ever overwritten.
 */
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { newScenarioFiles, scenarioIdProblem } from '../format/template/new-scenario.js';

const USAGE =
  'use: npm run scenarios:new -- <id> [--dir <folder>]   (for example: npm run scenarios:new -- carnival-job)';

function main(argv: string[]): number {
  let id: string | undefined;
  let dir = 'scenarios';
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    if (arg === '--dir' && argv[i + 1]) dir = argv[++i]!;
    else if (arg.startsWith('--') || id !== undefined) {
      console.error(USAGE);
      return 2;
    } else id = arg;
  }
  if (id === undefined) {
    console.error(USAGE);
    return 2;
  }
  const problem = scenarioIdProblem(id);
  if (problem) {
    console.error(problem);
    return 2;
  }
  const folder = join(dir, id);
  if (existsSync(folder)) {
    console.error(`${folder} already exists; choose another id, or edit that folder`);
    return 1;
  }
  for (const file of newScenarioFiles(id)) {
    const path = join(dir, file.path);
    mkdirSync(dirname(path), { recursive: true });
    writeFileSync(path, file.text);
  }
  console.log(
    [
      `wrote ${folder}/ (scenario.yaml, SAFEGUARDING.md, text/es.yaml, text/pt-BR.yaml, text/en.yaml)`,
      `Next: rewrite the story (docs/scenario-format.md), then run npm run scenarios:check -- ${id}`,
      'The story is for ages 11-14 (ageBands): players only see it when their profile is in that band.',
    ].join('\n'),
  );
  return 0;
}

process.exitCode = main(process.argv.slice(2));
