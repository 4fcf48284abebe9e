/**
 * `npm run bench:teacher`: the teacher area's data work on a big school's
 * worth of results, 40 classes × 35 children × 20 attempts = 28,000, in
 * Chromium (the targets) and in Node (for comparison):
 * - import: decode every hand-in file (checksum, validation), match its
 *   class, make class attempts, drop repeats; then summarise. Target ≤ 2 s.
 * - the attempt CSV of all 28,000. Target ≤ 1 s.
 * - the teacher area's own code, gzipped, charts included. Target ≤ 150 KB.
 * Also the import from the compact (QR) form, for information. Medians of
 * five runs: these machines are shared and noisy. It reports; it does not
 * gate (exit code 0 unless something breaks).
 */
// zod without eval, as in the game (and the benchmark page).
import '../../src/game/services/zod-jitless';
import { mkdirSync, writeFileSync } from 'node:fs';
import { loadavg } from 'node:os';
import { join, resolve } from 'node:path';
import { chromium } from 'playwright-core';
import { build } from 'vite';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../e2e/lib/chromium.js';
import { serveStatic } from '../e2e/lib/static-server.js';
import { teacherCodeSize } from './teacher/code-size.js';
import { generateBenchData } from './teacher/generate.js';
import { runOnce, type Timings } from './teacher/workload.js';

const RUNS = Number(process.env.TEACHER_BENCH_RUNS ?? 5);
const ROOT = resolve(import.meta.dirname, '../..');
const OUT = resolve(ROOT, 'test-output/bench-teacher');
const PAGE = 'tests/bench/teacher/page.html';

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
const ms = (x: number) => `${x.toFixed(0)} ms`;

function report(where: string, runs: Timings[]): void {
  const load = runs.map((r) => r.importMs + r.summaryMs);
  const csv = runs.map((r) => r.csvMs);
  const base = median(runs.map((r) => r.baselineMs));
  console.log(`${where}: ${runs[0]!.attempts} attempts, median of ${runs.length} runs (fastest in brackets)`);
  console.log(
    `  import + summarise: ${ms(median(load))} (${ms(Math.min(...load))})  target ≤ 2000 ms  ` +
      `${median(load) <= 2000 ? 'ok' : 'OVER'}  (import ${ms(median(runs.map((r) => r.importMs)))}, ` +
      `summarise ${ms(median(runs.map((r) => r.summaryMs)))})`,
  );
  console.log(
    `  attempt CSV: ${ms(median(csv))} (${ms(Math.min(...csv))})  target ≤ 1000 ms  ` +
      `${median(csv) <= 1000 ? 'ok' : 'OVER'}  (${(runs[0]!.csvChars / 1e6).toFixed(1)} M characters)`,
  );
  console.log(
    `  baseline, bare JSON.parse of the same files: ${ms(base)}; import + summarise is ×${(median(load) / base).toFixed(1)} that`,
  );
  console.log(
    `  import one file after another instead of eight at once: ${ms(median(runs.map((r) => r.sequentialMs)))}`,
  );
  console.log(`  import from the compact (QR) form: ${ms(median(runs.map((r) => r.compactImportMs)))}`);
  console.log(
    `  all runs (import+summary / csv): ${runs.map((r) => `${(r.importMs + r.summaryMs).toFixed(0)}/${r.csvMs.toFixed(0)}`).join(', ')}`,
  );
}

console.log(
  `load average at start: ${loadavg()
    .map((l) => l.toFixed(1))
    .join(' ')} (2 cores shared)`,
);
console.log('generating 28,000 attempts of the shipped stories and their hand-ins…');
let t = performance.now();
const data = await generateBenchData();
const fileChars = data.files.reduce((n, f) => n + f.length, 0);
const compactChars = data.compacts.reduce((n, f) => n + f.length, 0);
console.log(
  `  ${data.files.length} hand-ins in ${ms(performance.now() - t)}: files ${(fileChars / 1e6).toFixed(1)} M characters, ` +
    `compact ${(compactChars / 1e6).toFixed(1)} M (${(compactChars / data.files.length / 1000).toFixed(1)} K a child)`,
);

const nodeRuns: Timings[] = [];
for (let i = 0; i < RUNS; i++) {
  const { summary, ...timings } = await runOnce(data);
  if (summary.all.figures.attempts !== 28_000)
    throw new Error(`summarised ${summary.all.figures.attempts} attempts`);
  nodeRuns.push(timings);
}

t = performance.now();
await build({
  root: ROOT,
  configFile: false,
  base: './',
  logLevel: 'warn',
  build: { outDir: OUT, emptyOutDir: true, target: 'es2022', rollupOptions: { input: resolve(ROOT, PAGE) } },
});
const dataDir = join(OUT, 'tests/bench/teacher');
mkdirSync(dataDir, { recursive: true });
writeFileSync(join(dataDir, 'bench-data.json'), JSON.stringify(data));
const server = await serveStatic(OUT);
const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS, headless: true });
const browserRuns: Timings[] = [];
try {
  const page = await browser.newPage();
  await page.goto(`${server.origin}/${PAGE}`);
  await page.waitForFunction(() => document.title === 'Teacher bench ready', undefined, { timeout: 120_000 });
  for (let i = 0; i < RUNS; i++) {
    browserRuns.push(await page.evaluate(() => window.teacherBench.run()));
  }
} finally {
  await browser.close();
  await server.close();
}
console.log(`(page built and loaded in ${ms(performance.now() - t)})`);
console.log(
  `load average at the end: ${loadavg()
    .map((l) => l.toFixed(1))
    .join(' ')}`,
);
report(`Chromium (${CHROMIUM_PATH})`, browserRuns);
report(`Node ${process.version}`, nodeRuns);

const size = await teacherCodeSize(ROOT);
const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;
console.log(
  `the teacher area's own code (gzip, not counting what the game already loads): ${kb(size.totalBytes)}  ` +
    `target ≤ 150 KB  ${size.totalBytes <= 150 * 1024 ? 'ok' : 'OVER'}`,
);
for (const f of size.files) console.log(`  ${kb(f.bytes).padStart(9)}  ${f.name}`);
console.log(
  `class static blocks in the build (Safari before 16.4 cannot read them): ${size.staticBlocks.length === 0 ? 'none, ok' : `FOUND in ${size.staticBlocks.join(', ')}`}`,
);
