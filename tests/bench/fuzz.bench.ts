/**
 * `npm run bench:fuzz`: 10,000 hostile backup files (FUZZ_RUNS=n for more),
 * through the property of tests/unit/store/backup-fuzz.ts, with how each
 * ended. The hand-in format's own 10,000-case property runs in its unit
 * tests (tests/unit/teacher/handin.test.ts), the story pack reader's in
 * tests/unit/format/untrusted.property.test.ts.
 */
import { performance } from 'node:perf_hooks';
import { fuzzBackups } from '../unit/store/backup-fuzz.js';

const runs = Number(process.env.FUZZ_RUNS ?? 10_000);
const started = performance.now();
const tally = await fuzzBackups(runs);
const seconds = ((performance.now() - started) / 1000).toFixed(1);
console.log(`${runs} hostile backups in ${seconds} s: none threw, none polluted a prototype.`);
console.log(`imported (only added): ${tally.imported}`);
for (const [reason, count] of Object.entries(tally.refused).sort((a, b) => b[1] - a[1]))
  console.log(`refused, nothing changed — ${reason}: ${count}`);
