/**
 * `npm run scenarios:pack <folder> [--out <file>]`
 *
 * Checks a scenario folder and, when it has no errors, writes its compiled
 * pack (docs/pack-format.md): by default `<id>.pack.json` in the current
 * folder. Warnings are printed but do not stop the pack. Exits 1 on errors.
 */
import { writeFileSync } from 'node:fs';
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
  if (!pack) {
    console.log('The pack was not written: fix the errors above and run this again.');
    return 1;
  }
  const file = out ?? `${pack.scenario.id}.pack.json`;
  writeFileSync(file, JSON.stringify(pack) + '\n');
  console.log(`wrote ${file} (pack format version ${pack.version})`);
  return 0;
}

process.exitCode = main(process.argv.slice(2));
