/**
 * SIGKILL of the whole browser at random moments, 50 times, while the page
 * saves steps continuously: after each restart every step and result the
 * page reported saved is there, and the store opens cleanly. Chromium itself
 * sometimes finds its IndexedDB files corrupted after a kill and deletes the
 * database: the store must then put everything back from its mirror in
 * Cache Storage (reported as `recovered`, and checked against Chromium's
 * log), so the same checks hold. Every tenth kill the test deletes the
 * IndexedDB folder itself, so the recovery is exercised on every run, not
 * only when Chromium obliges. STORE_KILLS=n changes the number of kills.
 * Its own project (playwright.config.ts): it runs alone, after the others.
 */
import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import { launchOwned } from './browser-process';
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

const KILLS = Number(process.env.STORE_KILLS ?? 50);
/** What Chromium logs when it deletes an IndexedDB database it found corrupted. */
const CHROMIUM_WIPE = /recovering from a corrupted \(and deleted\) database/;

test(`${KILLS} SIGKILLs of the browser while saving: every step reported saved is there`, async () => {
  const testInfo = test.info();
  const url = harnessUrl();
  const dir = tempProfile('kill');
  const saved = nothingSaved();
  let profileId = '';
  let kills = 0;
  const wipes: number[] = [];
  let simulatedWipe = false;
  let simulated = 0;
  let keepProfile = false;
  try {
    for (let round = 0; round <= KILLS; round++) {
      const b = await launchOwned(dir);
      try {
        const page = b.context.pages()[0] ?? (await b.context.newPage());
        listen(page, saved);
        const opened = await openHarness(page, url);
        expect(opened.mode, `kill ${round}: store opened in memory (${opened.reason})`).toBe('persistent');
        expect(opened.lostData, `kill ${round}: the store lost its data and had no mirror to restore`).toBe(
          false,
        );
        if (opened.recovered) {
          // Chromium found its own files corrupted and deleted the database;
          // the store put every record back from the mirror.
          expect(
            simulatedWipe || CHROMIUM_WIPE.test(b.log()),
            `kill ${round}: restored from the mirror without a wipe`,
          ).toBe(true);
          expect(opened.recovered.skipped, `kill ${round}: mirror records left out`).toEqual([]);
          if (!simulatedWipe) wipes.push(round);
        } else {
          expect(
            simulatedWipe,
            `kill ${round}: the database folder was deleted but nothing was restored`,
          ).toBe(false);
        }
        simulatedWipe = false;
        if (!profileId) profileId = await page.evaluate(() => harness.ensureProfile());
        const profiles = await page.evaluate(() => harness.profileIds());
        expect(
          profiles,
          `kill ${round}: profiles after restart; store has ${JSON.stringify(await read(page, profileId))}`,
        ).toEqual([profileId]);
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
        const note = CHROMIUM_WIPE.test(b.log())
          ? 'Chromium found its IndexedDB files corrupted after the kill and deleted them.\n\n'
          : '';
        await testInfo.attach('chromium.log', {
          body: note + b.log().slice(-8000),
          contentType: 'text/plain',
        });
        if (process.env.STORE_KEEP_PROFILE) {
          console.error(`profile kept at ${dir}`);
          keepProfile = true;
        }
        throw error;
      } finally {
        await b.kill();
      }
    }
    // The test saw saves at all: a silent page would pass every check above.
    expect(kills).toBe(KILLS);
    expect(saved.step, 'steps the page reported saved over all rounds').toBeGreaterThan(KILLS);
    expect(saved.attempts.size, 'results the page reported saved over all rounds').toBeGreaterThan(0);
    expect(simulated, 'database folders deleted on purpose').toBe(Math.floor((KILLS + 5) / 10));
    console.log(
      `${kills} SIGKILLs: every step and result reported saved was there after each restart ` +
        `(${saved.step} steps, ${saved.attempts.size} results; ${simulated} database folders deleted on purpose ` +
        'and restored from the mirror)',
    );
    if (wipes.length > 0)
      console.log(
        `after ${wipes.length} of the kills (rounds ${wipes.join(', ')}) Chromium found its IndexedDB ` +
          'files corrupted and deleted the database; the mirror put every record back each time.',
      );
  } finally {
    if (!keepProfile) rmSync(dir, { recursive: true, force: true });
  }
});
