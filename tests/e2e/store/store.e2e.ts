/**
 * Browser tests of the progress store in Chromium (npm run test:e2e:store):
 *  1. reloading the page mid-sequence keeps every step reported saved;
 *  2. SIGKILL of the whole browser at random moments, 50 times, while the
 *     page saves steps continuously: after each restart every step and
 *     result the page reported saved is there, and the store opens cleanly.
 *     Chromium itself sometimes finds its IndexedDB files corrupted after a
 *     kill and deletes the database: the store must then put everything
 *     back from its mirror in Cache Storage (reported as `recovered`, and
 *     checked against Chromium's log), so the same checks hold. Every
 *     tenth kill the test deletes the IndexedDB folder itself, so the
 *     recovery is exercised on every run, not only when Chromium obliges;
 *  3. a second tab: an old build holding schema v1 while a new one upgrades
 *     (handled: old tab moves to memory, nothing lost or corrupted), and an
 *     old tab that never lets go (new tab plays in memory with 'blocked');
 *  4. two tabs of the same version saving at once, then the database
 *     deleted: every result either tab reported saved is restored.
 * Exits non-zero on the first failure.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { launchOwned } from './browser-process.js';
import { startHarness } from './harness-server.js';

const KILLS = Number(process.env.STORE_KILLS ?? 50);
/** What Chromium logs when it deletes an IndexedDB database it found corrupted. */
const CHROMIUM_WIPE = /recovering from a corrupted \(and deleted\) database/;
const SCENARIO = 'gift-card';

function check(condition: unknown, message: string): asserts condition {
  if (!condition) throw new Error(message);
}

interface Saved {
  step: number;
  attempts: Set<string>;
  /** Saves the page reported as kept only in memory (not checked on disk). */
  inMemory: number;
}

/** Collects what the page reported as saved (console lines written after the store resolved). */
function listen(page: Page, saved: Saved): void {
  page.on('console', (msg) => {
    const text = msg.text();
    if (/^saved \S+ \S+ memory$/.test(text)) saved.inMemory++;
    const step = /^saved step (\d+) persistent$/.exec(text);
    if (step) saved.step = Math.max(saved.step, Number(step[1]));
    const attempt = /^saved attempt (\S+) persistent$/.exec(text);
    if (attempt) saved.attempts.add(attempt[1]!);
  });
}

type HarnessApi = {
  open(blockedTimeoutMs?: number): Promise<{
    mode: string;
    reason: string | null;
    lostData: boolean;
    recovered: { restored: Record<string, number>; skipped: string[] } | null;
  }>;
  status(): { mode: string; reason: string | null; problems: number };
  ensureProfile(): Promise<string>;
  profileIds(): Promise<string[]>;
  read(p: string, s: string): Promise<{ step: number; attempts: string[]; problems: number }>;
  writeSteps(p: string, s: string, tag: string, limit?: number): Promise<number>;
  stopWriting(): void;
  holdStubbornConnection(version: number): Promise<void>;
  releaseStubbornConnection(): void;
};
declare const harness: HarnessApi;

async function openHarness(page: Page, url: string, blockedTimeoutMs?: number) {
  await page.goto(url);
  await page.waitForFunction(() => document.title === 'Store harness ready');
  return page.evaluate((t) => harness.open(t), blockedTimeoutMs);
}

async function verify(page: Page, profileId: string, saved: Saved, label: string) {
  const found = await page.evaluate(([p, s]) => harness.read(p!, s!), [profileId, SCENARIO]);
  check(found.step >= saved.step, `${label}: step ${saved.step} was reported saved, store has ${found.step}`);
  const missing = [...saved.attempts].filter((id) => !found.attempts.includes(id));
  check(missing.length === 0, `${label}: results reported saved are missing: ${missing.join(', ')}`);
  check(found.problems === 0, `${label}: ${found.problems} malformed records`);
  check(saved.inMemory === 0, `${label}: ${saved.inMemory} saves went to memory instead of the disk`);
  return found;
}

function tempProfile(name: string): string {
  return mkdtempSync(join(tmpdir(), `escudo-store-${name}-`));
}

async function reloadTest(url: string) {
  const dir = tempProfile('reload');
  const b = await launchOwned(dir);
  try {
    const page = await b.context.newPage();
    const saved: Saved = { step: 0, attempts: new Set(), inMemory: 0 };
    listen(page, saved);
    check((await openHarness(page, url)).mode === 'persistent', 'reload: store not persistent');
    const profileId = await page.evaluate(() => harness.ensureProfile());
    await page.evaluate(([p, s]) => harness.writeSteps(p!, s!, 'r', 12), [profileId, SCENARIO]);
    // Reload while writing continuously.
    void page
      .evaluate(([p, s]) => harness.writeSteps(p!, s!, 'r'), [profileId, SCENARIO])
      .catch(() => undefined);
    await page.waitForTimeout(300);
    await page.reload();
    await page.waitForFunction(() => document.title === 'Store harness ready');
    await page.evaluate(() => harness.open());
    const found = await verify(page, profileId, saved, 'reload');
    console.log(`ok reload mid-sequence: ${saved.step} steps reported, ${found.step} stored`);
  } finally {
    await b.close();
    rmSync(dir, { recursive: true, force: true });
  }
}

async function killTest(url: string) {
  let dir = tempProfile('kill');
  const saved: Saved = { step: 0, attempts: new Set(), inMemory: 0 };
  let profileId = '';
  let kills = 0;
  const wipes: number[] = [];
  let simulatedWipe = false;
  let simulated = 0;
  try {
    for (let round = 0; round <= KILLS; round++) {
      const b = await launchOwned(dir);
      try {
        const page = b.context.pages()[0] ?? (await b.context.newPage());
        listen(page, saved);
        const opened = await openHarness(page, url);
        check(opened.mode === 'persistent', `kill ${round}: store opened in memory (${opened.reason})`);
        check(
          !opened.lostData,
          `kill ${round}: the store lost its data (lostData) and had no mirror to restore`,
        );
        if (opened.recovered) {
          // Chromium found its own files corrupted and deleted the database;
          // the store put every record back from the mirror.
          check(
            simulatedWipe || CHROMIUM_WIPE.test(b.log()),
            `kill ${round}: restored from the mirror without a wipe`,
          );
          check(
            opened.recovered.skipped.length === 0,
            `kill ${round}: mirror records left out: ${opened.recovered.skipped.join('; ')}`,
          );
          if (!simulatedWipe) wipes.push(round);
        } else {
          check(!simulatedWipe, `kill ${round}: the database folder was deleted but nothing was restored`);
        }
        simulatedWipe = false;
        if (!profileId) profileId = await page.evaluate(() => harness.ensureProfile());
        const profiles = await page.evaluate(() => harness.profileIds());
        check(
          profiles.length === 1 && profiles[0] === profileId,
          `kill ${round}: profiles after restart are ${JSON.stringify(profiles)}, expected ${profileId}; ` +
            `store has ${JSON.stringify(await page.evaluate(([p, s]) => harness.read(p!, s!), [profileId, SCENARIO]))}`,
        );
        await verify(page, profileId, saved, `after kill ${round}`);
        if (round === KILLS) break;
        void page
          .evaluate(([p, s, tag]) => harness.writeSteps(p!, s!, tag!), [profileId, SCENARIO, `k${round}`])
          .catch(() => undefined);
        await page.waitForTimeout(30 + Math.floor(Math.random() * 400));
        await b.kill();
        kills++;
        if (round % 10 === 4) {
          // What Chromium does to a database it finds corrupted, done on purpose.
          rmSync(join(dir, 'Default', 'IndexedDB'), { recursive: true, force: true });
          simulatedWipe = true;
          simulated++;
        }
      } catch (error) {
        console.error(`Chromium's log for the failing round:\n${b.log().slice(-4000)}`);
        if (CHROMIUM_WIPE.test(b.log())) {
          console.error(
            'Chromium found its IndexedDB files corrupted after the kill and deleted them (see the log above).',
          );
        }
        if (process.env.STORE_KEEP_PROFILE) {
          console.error(`profile kept at ${dir}`);
          dir = '';
        }
        throw error;
      } finally {
        await b.kill();
      }
    }
    console.log(
      `ok ${kills} SIGKILLs: every step and result reported saved was there after each restart ` +
        `(${simulated} database folders deleted on purpose and restored from the mirror)`,
    );
    if (wipes.length > 0) {
      console.log(
        `ok after ${wipes.length} of the kills (rounds ${wipes.join(', ')}) Chromium found its IndexedDB ` +
          'files corrupted and deleted the database; the mirror put every record back each time.',
      );
    }
  } finally {
    if (dir) rmSync(dir, { recursive: true, force: true });
  }
}

async function secondTabTest(url: string) {
  const dir = tempProfile('tabs');
  const b = await launchOwned(dir);
  try {
    // An old build (schema v1) is open and saving.
    const oldTab = await b.context.newPage();
    const saved: Saved = { step: 0, attempts: new Set(), inMemory: 0 };
    listen(oldTab, saved);
    check((await openHarness(oldTab, `${url}?upTo=1`)).mode === 'persistent', 'tabs: old tab not persistent');
    const profileId = await oldTab.evaluate(() => harness.ensureProfile());
    await oldTab.evaluate(([p, s]) => harness.writeSteps(p!, s!, 'old', 7), [profileId, SCENARIO]);
    void oldTab
      .evaluate(([p, s]) => harness.writeSteps(p!, s!, 'old'), [profileId, SCENARIO])
      .catch(() => undefined);
    await oldTab.waitForTimeout(200);

    // The new build opens in a second tab and upgrades.
    const newTab = await b.context.newPage();
    const opened = await openHarness(newTab, url, 5000);
    check(opened.mode === 'persistent', `tabs: new tab fell back to memory (${opened.reason})`);
    const oldStatus = await oldTab.evaluate(() => harness.status());
    check(
      oldStatus.mode === 'memory' && oldStatus.reason === 'version-error',
      `tabs: old tab should have moved to memory, is ${JSON.stringify(oldStatus)}`,
    );
    await oldTab.evaluate(() => harness.stopWriting());
    const stepAtUpgrade = saved.step;
    // Everything the old tab saved before letting go is in the upgraded database.
    const found = await newTab.evaluate(([p, s]) => harness.read(p!, s!), [profileId, SCENARIO]);
    const missing = [...saved.attempts].filter((id) => !found.attempts.includes(id));
    check(
      missing.length === 0 && found.step >= saved.step,
      `tabs: lost ${missing.join(', ')} (step ${found.step})`,
    );
    // The old tab keeps playing in memory; the new database is not touched by it.
    await oldTab.evaluate(([p, s]) => harness.writeSteps(p!, s!, 'old-mem', 10), [profileId, SCENARIO]);
    const after = await newTab.evaluate(([p, s]) => harness.read(p!, s!), [profileId, SCENARIO]);
    check(after.step === found.step, 'tabs: the old tab wrote into the upgraded database');
    check(after.problems === 0, 'tabs: malformed records after the upgrade');
    console.log(
      `ok second tab with an old version: upgraded with ${stepAtUpgrade} steps kept, old tab in memory`,
    );
    await oldTab.close();
    await newTab.close();
  } finally {
    await b.close();
    rmSync(dir, { recursive: true, force: true });
  }

  // An old tab that never lets go: the new one plays in memory ('blocked'), nothing is damaged.
  const dir2 = tempProfile('blocked');
  const b2 = await launchOwned(dir2);
  try {
    const stubborn = await b2.context.newPage();
    await openHarness(stubborn, `${url}?upTo=1`);
    const profileId = await stubborn.evaluate(() => harness.ensureProfile());
    await stubborn.evaluate(([p, s]) => harness.writeSteps(p!, s!, 'b', 10), [profileId, SCENARIO]);
    await stubborn.evaluate(() => harness.stopWriting());
    // Replace this tab's own connection with one that ignores upgrade requests.
    await stubborn.reload();
    await stubborn.waitForFunction(() => document.title === 'Store harness ready');
    await stubborn.evaluate(() => harness.holdStubbornConnection(10));

    const blocked = await b2.context.newPage();
    const opened = await openHarness(blocked, url, 1000);
    check(opened.mode === 'memory' && opened.reason === 'blocked', `blocked: got ${JSON.stringify(opened)}`);
    await stubborn.evaluate(() => harness.releaseStubbornConnection());
    await blocked.waitForTimeout(300);
    const retry = await openHarness(blocked, url, 3000);
    check(retry.mode === 'persistent', `blocked: after the old tab closed, still ${JSON.stringify(retry)}`);
    const found = await blocked.evaluate(([p, s]) => harness.read(p!, s!), [profileId, SCENARIO]);
    check(
      found.step === 10 && found.attempts.length === 2,
      `blocked: data changed: ${JSON.stringify(found)}`,
    );
    console.log(
      'ok blocked upgrade: memory with reason "blocked", data intact, upgrade after the old tab closed',
    );
  } finally {
    await b2.close();
    rmSync(dir2, { recursive: true, force: true });
  }
}

/**
 * Two tabs of the same version saving at once into one database and one
 * mirror; then the database is deleted as Chromium does after a crash: every
 * result either tab reported saved comes back from the mirror.
 */
async function twoTabsWipeTest(url: string) {
  const dir = tempProfile('twotabs');
  const saved: Saved = { step: 0, attempts: new Set(), inMemory: 0 };
  let profileId: string;
  try {
    const b = await launchOwned(dir);
    try {
      const [tabA, tabB] = [await b.context.newPage(), await b.context.newPage()];
      listen(tabA, saved);
      listen(tabB, saved);
      check((await openHarness(tabA, url)).mode === 'persistent', 'two tabs: first tab not persistent');
      profileId = await tabA.evaluate(() => harness.ensureProfile());
      check((await openHarness(tabB, url)).mode === 'persistent', 'two tabs: second tab not persistent');
      await Promise.all([
        tabA.evaluate(([p]) => harness.writeSteps(p!, 'gift-card', 'a', 40), [profileId]),
        tabB.evaluate(([p]) => harness.writeSteps(p!, 'job-offer', 'b', 40), [profileId]),
      ]);
    } finally {
      await b.kill();
    }
    rmSync(join(dir, 'Default', 'IndexedDB'), { recursive: true, force: true });
    const again = await launchOwned(dir);
    try {
      const page = again.context.pages()[0] ?? (await again.context.newPage());
      const opened = await openHarness(page, url);
      check(opened.recovered !== null, 'two tabs: nothing restored after the database was deleted');
      check(
        opened.recovered!.skipped.length === 0,
        `two tabs: left out ${opened.recovered!.skipped.join('; ')}`,
      );
      const found = await page.evaluate(([p]) => harness.read(p!, 'gift-card'), [profileId]);
      const missing = [...saved.attempts].filter((id) => !found.attempts.includes(id));
      check(
        saved.attempts.size === 16 && missing.length === 0,
        `two tabs: ${saved.attempts.size} results saved, missing after the wipe: ${missing.join(', ')}`,
      );
      console.log(`ok two tabs saving at once: all ${saved.attempts.size} results back after a wipe`);
    } finally {
      await again.close();
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

const started = Date.now();
const only = process.env.STORE_ONLY;
const { url, server } = await startHarness();
try {
  if (!only || only === 'reload') await reloadTest(url);
  if (!only || only === 'tabs') await secondTabTest(url);
  if (!only || only === 'tabs') await twoTabsWipeTest(url);
  if (!only || only === 'kill') await killTest(url);
  console.log(`store browser tests passed in ${((Date.now() - started) / 1000).toFixed(1)} s`);
} catch (error) {
  console.error(`FAILED: ${error instanceof Error ? error.message : String(error)}`);
  process.exitCode = 1;
} finally {
  await server.close();
}
