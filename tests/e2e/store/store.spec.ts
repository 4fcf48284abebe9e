/**
 * The progress store in Chromium, through the harness page:
 *  - reloading the page mid-sequence keeps every step reported saved;
 *  - a second tab: an old build holding schema v1 while a new one upgrades
 *    (the old tab moves to memory, nothing lost or corrupted), and an old
 *    tab that never lets go (the new tab plays in memory with 'blocked');
 *  - two tabs of the same version saving at once, then the database
 *    deleted: every result either tab reported saved is restored.
 * Each test starts its own Chromium with its own profile folder
 * (browser-process.ts), so a test can kill the browser as a crash would.
 * The 50-kill test is in durability.spec.ts.
 */
import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import { launchOwned, type OwnedBrowser } from './browser-process';
import {
  harnessUrl,
  listen,
  nothingSaved,
  openHarness,
  read,
  SCENARIO,
  tempProfile,
  verify,
  type HarnessApi,
} from './harness-client';

declare const harness: HarnessApi;

/** A Chromium of our own on a fresh profile folder; its log is attached when the test fails. */
async function withBrowser(
  name: string,
  body: (b: OwnedBrowser, dir: string) => Promise<void>,
): Promise<void> {
  const dir = tempProfile(name);
  const b = await launchOwned(dir);
  try {
    await body(b, dir);
  } catch (error) {
    await test.info().attach(`chromium-${name}.log`, { body: b.log(), contentType: 'text/plain' });
    throw error;
  } finally {
    await b.close();
    rmSync(dir, { recursive: true, force: true });
  }
}

test('reloading mid-sequence keeps every step reported saved', async () => {
  const url = harnessUrl();
  await withBrowser('reload', async (b) => {
    const page = await b.context.newPage();
    const saved = nothingSaved();
    listen(page, saved);
    expect((await openHarness(page, url)).mode).toBe('persistent');
    const profileId = await page.evaluate(() => harness.ensureProfile());
    await page.evaluate(([p, s]) => harness.writeSteps(p!, s!, 'r', 12), [profileId, SCENARIO]);
    await expect.poll(() => saved.step, { message: 'the page reported its 12 steps saved' }).toBe(12);
    // Reload while writing continuously.
    void page
      .evaluate(([p, s]) => harness.writeSteps(p!, s!, 'r'), [profileId, SCENARIO])
      .catch(() => undefined);
    await page.waitForTimeout(300);
    await page.reload();
    await expect(page).toHaveTitle('Store harness ready');
    await page.evaluate(() => harness.open());
    const found = await verify(page, profileId, saved, 'reload');
    console.log(`reload mid-sequence: ${saved.step} steps reported, ${found.step} stored`);
  });
});

test('an old tab while a new one upgrades: the old one moves to memory, nothing is lost', async () => {
  const url = harnessUrl();
  await withBrowser('tabs', async (b) => {
    // An old build (schema v1) is open and saving.
    const oldTab = await b.context.newPage();
    const saved = nothingSaved();
    listen(oldTab, saved);
    expect((await openHarness(oldTab, `${url}?upTo=1`)).mode, 'old tab opens persistent').toBe('persistent');
    const profileId = await oldTab.evaluate(() => harness.ensureProfile());
    await oldTab.evaluate(([p, s]) => harness.writeSteps(p!, s!, 'old', 7), [profileId, SCENARIO]);
    void oldTab
      .evaluate(([p, s]) => harness.writeSteps(p!, s!, 'old'), [profileId, SCENARIO])
      .catch(() => undefined);
    await oldTab.waitForTimeout(200);

    // The new build opens in a second tab and upgrades.
    const newTab = await b.context.newPage();
    const opened = await openHarness(newTab, url, 5000);
    expect(opened.mode, `new tab fell back to memory (${opened.reason})`).toBe('persistent');
    expect(await oldTab.evaluate(() => harness.status()), 'the old tab moved to memory').toMatchObject({
      mode: 'memory',
      reason: 'version-error',
    });
    await oldTab.evaluate(() => harness.stopWriting());
    const stepAtUpgrade = saved.step;
    expect(stepAtUpgrade, 'the old tab reported its steps saved').toBeGreaterThanOrEqual(7);
    // Everything the old tab saved before letting go is in the upgraded database.
    const found = await read(newTab, profileId);
    expect(
      [...saved.attempts].filter((id) => !found.attempts.includes(id)),
      'results lost',
    ).toEqual([]);
    expect(found.step).toBeGreaterThanOrEqual(saved.step);
    // The old tab keeps playing in memory; the new database is not touched by it.
    const inMemoryBefore = saved.inMemory;
    await oldTab.evaluate(([p, s]) => harness.writeSteps(p!, s!, 'old-mem', 10), [profileId, SCENARIO]);
    await expect
      .poll(() => saved.inMemory - inMemoryBefore, { message: 'the old tab went on saving, in memory' })
      .toBeGreaterThanOrEqual(10);
    const after = await read(newTab, profileId);
    expect(after.step, 'the old tab wrote into the upgraded database').toBe(found.step);
    expect(after.problems, 'malformed records after the upgrade').toBe(0);
    console.log(
      `second tab with an old version: upgraded with ${stepAtUpgrade} steps kept, old tab in memory`,
    );
  });
});

test("an old tab that never lets go: the new one plays in memory ('blocked'), nothing is damaged", async () => {
  const url = harnessUrl();
  await withBrowser('blocked', async (b) => {
    const stubborn = await b.context.newPage();
    await openHarness(stubborn, `${url}?upTo=1`);
    const profileId = await stubborn.evaluate(() => harness.ensureProfile());
    await stubborn.evaluate(([p, s]) => harness.writeSteps(p!, s!, 'b', 10), [profileId, SCENARIO]);
    await stubborn.evaluate(() => harness.stopWriting());
    // Replace this tab's own connection with one that ignores upgrade requests.
    await stubborn.reload();
    await expect(stubborn).toHaveTitle('Store harness ready');
    await stubborn.evaluate(() => harness.holdStubbornConnection(10));

    const blocked = await b.context.newPage();
    expect(await openHarness(blocked, url, 1000)).toMatchObject({ mode: 'memory', reason: 'blocked' });
    await stubborn.evaluate(() => harness.releaseStubbornConnection());
    await blocked.waitForTimeout(300);
    const retry = await openHarness(blocked, url, 3000);
    expect(retry.mode, 'after the old tab closed, the store opens persistent').toBe('persistent');
    const found = await read(blocked, profileId);
    expect(found.step, 'the 10 steps are intact').toBe(10);
    expect(found.attempts, 'the two results are intact').toHaveLength(2);
  });
});

test('two tabs saving at once, then the database deleted: every result comes back from the mirror', async () => {
  const url = harnessUrl();
  const dir = tempProfile('twotabs');
  const saved = nothingSaved();
  let profileId: string;
  try {
    const b = await launchOwned(dir);
    try {
      const [tabA, tabB] = [await b.context.newPage(), await b.context.newPage()];
      listen(tabA, saved);
      listen(tabB, saved);
      expect((await openHarness(tabA, url)).mode, 'first tab persistent').toBe('persistent');
      profileId = await tabA.evaluate(() => harness.ensureProfile());
      expect((await openHarness(tabB, url)).mode, 'second tab persistent').toBe('persistent');
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
      expect(opened.recovered, 'something restored after the database was deleted').not.toBeNull();
      expect(opened.recovered!.skipped, 'mirror records left out').toEqual([]);
      const found = await read(page, profileId, 'gift-card');
      await expect
        .poll(() => saved.attempts.size, { message: 'results the two tabs reported saved' })
        .toBe(16);
      expect(
        [...saved.attempts].filter((id) => !found.attempts.includes(id)),
        'missing after the wipe',
      ).toEqual([]);
      console.log(`two tabs saving at once: all ${saved.attempts.size} results back after a wipe`);
    } finally {
      await again.close();
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
