/**
 * `npm run scenarios:pack <folder> [--out <file>]`
 *
 * Checks a scenario folder and, when nothing stops it, writes its compiled
 * pack (docs/pack-format.md): by default `<id>.pack.json` in the current
 * folder. Errors and safeguarding findings (whatever their severity) stop
 * the pack and exit 1, as they stop the game's build; other warnings are
 * printed, with their count, and the pack is written.
 */
import { writeFileSync } from 'node:fs';
import { stopsTheBuild } from '../format/check/index.js';
import { packFileText } from '../format/pack/pack-source.js';
import { formatFindings } from './format-findings.js';
import { packFolder } from './pack-scenario.js';

function main(argv: string[]): number {
  let folder: string | undefined;
  let out: string | undefined;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    if (arg === '--out') out = argv[++i];
    else if (arg.startsWith('--') || folder !== undefined) {
      console.error('use: npm run scenarios:pack <scenario folder> [--out <file>]');
      return 2;
    } else folder = arg;
  }
  if (folder === undefined || (argv.includes('--out') && !out)) {
    console.error('use: npm run scenarios:pack <scenario folder> [--out <file>]');
    return 2;
  }
  const { pack, findings } = packFolder(folder);
  if (findings.length > 0) console.log(formatFindings(findings) + '\n');
  const stopping = findings.filter(stopsTheBuild).length;
  const others = findings.length - stopping;
  if (!pack) {
    console.log(
      `The pack was not written: ${stopping} finding${stopping === 1 ? '' : 's'} above (errors, and safeguarding findings of any severity) must be fixed first; then run this again.`,
    );
    return 1;
  }
  if (others > 0)
    console.log(`${others} warning${others === 1 ? '' : 's'} above; the pack was written anyway.`);
  const file = out ?? `${pack.scenario.id}.pack.json`;
  writeFileSync(file, packFileText(pack));
  console.log(`wrote ${file} (pack format version ${pack.version})`);
  return 0;
}

process.exitCode = main(process.argv.slice(2));
