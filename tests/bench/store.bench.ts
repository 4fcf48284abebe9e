/**
 * Progress store speed in Chromium (npm run bench:store): write 10,000
 * results in one strict transaction, read them all back (validated) and
 * summarise them. Targets: write ≤ 1 s, read ≤ 1 s. Reports the median of
 * five runs because these machines are shared and noisy, next to a
 * baseline measured in the same run (the same records through bare Dexie,
 * no validation), so a slow machine can be told apart from a slow store.
 * Also shows the median cost of one per-step save and one strict result
 * save, and with 10,000 results stored: opening plus the first step save
 * (behind the mirror's start-up rebuild), and opening after the database was
 * deleted (everything restored from the mirror).
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { launchOwned } from '../e2e/store/browser-process.js';
import { startHarness } from '../e2e/store/harness-server.js';

const COUNT = Number(process.env.STORE_BENCH_COUNT ?? 10_000);
/** STORE_BENCH_PARTS=import measures only the large backup import. */
const PARTS = process.env.STORE_BENCH_PARTS ?? 'all';
const IMPORT_CHARS = 30 * 1000 * 1000;
const RUNS = Number(process.env.STORE_BENCH_RUNS ?? 5);

interface BenchResult {
  writeMs: number;
  readMs: number;
  summaryMs: number;
  read: number;
  baselineWriteMs: number;
  baselineReadMs: number;
  stepSaveMedianMs: number;
  singleResultMedianMs: number;
}
interface Watched {
  ms: number;
  longestTaskMs: number;
  longestGapMs: number;
}
declare const harness: {
  open(): Promise<unknown>;
  importBench(
    chars: number,
  ): Promise<{ chars: number; results: number; readOnly: Watched; worker: Watched; onPage: Watched }>;
  bench(n: number): Promise<BenchResult>;
  reopenBench(n: number): Promise<{ openAndFirstSaveMs: number; restoreMs: number; restored: number }>;
};

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

const { url, server } = await startHarness();
const dir = mkdtempSync(join(tmpdir(), 'escudo-store-bench-'));
const browser = await launchOwned(dir);
try {
  const page = browser.context.pages()[0] ?? (await browser.context.newPage());
  await page.goto(url);
  await page.waitForFunction(() => document.title === 'Store harness ready');
  await page.evaluate(() => harness.open());
  const big = await page.evaluate((chars) => harness.importBench(chars), IMPORT_CHARS);
  const line = (w: Watched) =>
    `${(w.ms / 1000).toFixed(1)} s, longest main-thread task ${w.longestTaskMs.toFixed(0)} ms, longest timer gap ${w.longestGapMs.toFixed(0)} ms`;
  console.log(
    `loading a ${(big.chars / 1e6).toFixed(1)} M-character backup (${big.results} results) into an empty store:`,
  );
  console.log(`  read + validate in the worker only: ${line(big.readOnly)}`);
  console.log(`  worker, then the page writes (the game now): ${line(big.worker)}`);
  console.log(`  all on the page (before): ${line(big.onPage)}`);
  if (PARTS === 'import') process.exit(0);
  const runs: BenchResult[] = [];
  for (let i = 0; i < RUNS; i++) {
    const result = await page.evaluate((n) => harness.bench(n), COUNT);
    if (result.read !== COUNT) throw new Error(`read back ${result.read} results, wrote ${COUNT}`);
    runs.push(result);
  }
  const write = median(runs.map((r) => r.writeMs));
  const read = median(runs.map((r) => r.readMs + r.summaryMs));
  const fmt = (ms: number) => `${ms.toFixed(0)} ms`;
  console.log(`progress store, Chromium, ${COUNT} results, median of ${RUNS} runs`);
  console.log(
    `  write (one strict transaction): ${fmt(write)}  target ≤ 1000 ms  ${write <= 1000 ? 'ok' : 'OVER'}`,
  );
  console.log(
    `  read back + validate + summarise: ${fmt(read)}  target ≤ 1000 ms  ${read <= 1000 ? 'ok' : 'OVER'}`,
  );
  const baseWrite = median(runs.map((r) => r.baselineWriteMs));
  const baseRead = median(runs.map((r) => r.baselineReadMs));
  console.log(
    `  baseline, bare Dexie on the same records: write ${fmt(baseWrite)}, read ${fmt(baseRead)} ` +
      `(store/baseline: write ×${(write / baseWrite).toFixed(2)}, read ×${(read / baseRead).toFixed(2)})`,
  );
  console.log(`  one per-step save (median): ${median(runs.map((r) => r.stepSaveMedianMs)).toFixed(1)} ms`);
  console.log(
    `  one strict result save (median): ${median(runs.map((r) => r.singleResultMedianMs)).toFixed(1)} ms`,
  );
  console.log(
    `  all runs (write/read ms): ${runs.map((r) => `${r.writeMs.toFixed(0)}/${(r.readMs + r.summaryMs).toFixed(0)}`).join(', ')}`,
  );
  const reopens = [];
  for (let i = 0; i < 3; i++) reopens.push(await page.evaluate((n) => harness.reopenBench(n), COUNT));
  if (reopens.some((r) => r.restored !== COUNT)) throw new Error('the mirror did not restore every result');
  console.log(
    `  with ${COUNT} results: open + first step save ${fmt(median(reopens.map((r) => r.openAndFirstSaveMs)))}, ` +
      `open after the database was deleted (restored from the mirror) ${fmt(median(reopens.map((r) => r.restoreMs)))} (median of 3)`,
  );
  if (write > 1000 || read > 1000) process.exitCode = 1;
} finally {
  await browser.close();
  await server.close();
  rmSync(dir, { recursive: true, force: true });
}
