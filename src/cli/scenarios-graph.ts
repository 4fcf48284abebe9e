/**
 * `npm run scenarios:graph -- <id> [--format mermaid|dot] [--out file] [--dir <folder>]`
 *
 * Prints the scenario's graph (Mermaid by default) or writes it to --out.
 * A scenario that does not load is not drawn: its findings are printed instead.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { loadScenario } from '../format/load.js';
import { formatFindings } from './format-findings.js';
import { toDot, toMermaid } from './graph-render.js';
import { readScenarioSource } from './read-scenario.js';

const USAGE = 'usage: npm run scenarios:graph -- <id> [--format mermaid|dot] [--out file] [--dir <folder>]';

function main(argv: string[]): number {
  let id: string | undefined;
  let format = 'mermaid';
  let out: string | undefined;
  let dir = 'scenarios';
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    if (arg === '--format' || arg === '--out' || arg === '--dir') {
      const value = argv[++i];
      if (!value) return fail(`${arg} needs a value\n${USAGE}`);
      if (arg === '--format') format = value;
      else if (arg === '--out') out = value;
      else dir = value;
    } else if (arg.startsWith('--')) return fail(`unknown option ${arg}\n${USAGE}`);
    else id = arg;
  }
  if (!id) return fail(USAGE);
  if (format !== 'mermaid' && format !== 'dot')
    return fail(`--format must be mermaid or dot, not "${format}"`);
  const source = readScenarioSource(join(dir, id));
  if (!source) return fail(`there is no scenario.yaml in ${join(dir, id)}`);
  const { loaded, findings } = loadScenario(source);
  if (!loaded) return fail(`${formatFindings(findings)}\n\nfix these first, then draw the graph again`);
  const graph = format === 'dot' ? toDot(loaded.scenario) : toMermaid(loaded.scenario);
  if (out) {
    writeFileSync(out, graph);
    console.log(`wrote ${out}`);
  } else process.stdout.write(graph);
  return 0;
}

function fail(message: string): number {
  console.error(message);
  return 1;
}

process.exitCode = main(process.argv.slice(2));
