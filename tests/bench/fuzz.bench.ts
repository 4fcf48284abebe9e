/**
 * `npm run bench:fuzz`: 10,000 hostile files of each kind the app reads
 * (FUZZ_RUNS=n for another number; FUZZ_KINDS=backup,hand-in to pick),
 * through the same properties as tests/unit/fuzz/hostile-files.test.ts, with
 * cases per second, broken promises (must be 0) and how the cases ended.
 * Then how long refusing a 50 MB file of each kind takes.
 */
import { performance } from 'node:perf_hooks';
import { FILE_KINDS } from '../unit/fuzz/kinds.js';
import { runFuzz } from '../unit/fuzz/property.js';
import { FIFTY_MB_FILES } from '../unit/fuzz/oversized.js';

const runs = Number(process.env.FUZZ_RUNS ?? 10_000);
const picked = process.env.FUZZ_KINDS?.split(',');
let broken = 0;
for (const kind of FILE_KINDS) {
  if (picked && !picked.includes(kind.name)) continue;
  const tally = await runFuzz(kind, { runs, mode: 'count' });
  const perSecond = Math.round(tally.cases / (tally.ms / 1000));
  console.log(
    `\n${kind.name}: ${tally.cases} cases in ${(tally.ms / 1000).toFixed(1)} s (${perSecond}/s), ` +
      `${tally.failures.length} broken promises`,
  );
  for (const failure of [...new Set(tally.failures)].slice(0, 10)) console.log(`  BROKEN: ${failure}`);
  for (const [ended, count] of Object.entries(tally.outcomes).sort((a, b) => b[1] - a[1]))
    console.log(`  ${count}\t${ended}`);
  broken += tally.failures.length;
}

console.log('\n50 MB files, refused before they are parsed:');
for (const file of FIFTY_MB_FILES) {
  const text = file.make();
  const started = performance.now();
  const answer = await file.read(text);
  console.log(`  ${file.kind}: ${answer} in ${(performance.now() - started).toFixed(1)} ms`);
}
if (broken > 0) process.exitCode = 1;
