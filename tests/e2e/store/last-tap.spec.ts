/**
 * The last tap, in the real game: the whole browser is SIGKILLed 2–40 ms
 * after the choice that ends a story, when the ending state is saved and its
 * result is being written. Before the fix about half of such kills left the
 * story showing its ending yet "in progress" forever, never counted. After
 * every restart the story must be counted once per ending played (never
 * twice, never lost), and never left showing an ending "in progress"; a tap
 * the kill cut off before anything was saved is simply played again.
 * LAST_TAP_KILLS=n changes the number of kills (default 6). It runs in the
 * durability project, alone on the CPU.
 */
import { rmSync } from 'node:fs';
import { expect, test, type Page } from '@playwright/test';
import { STORY } from '../game/fixtures';
import { messageSpeed } from '../game/journeys';
import { launchOwned } from './browser-process';
import { tempProfile } from './harness-client';

const KILLS = Number(process.env.LAST_TAP_KILLS ?? 6);

/** Waits until the chat offers choices or shows its ending (no reachability checks: speed matters here). */
async function turn(page: Page): Promise<'choices' | 'ending'> {
  const choices = page.locator('[data-testid="choice"]:not([disabled])');
  const ending = page.getByTestId('see-debrief');
  const hurry = page.getByTestId('hurry');
  await expect(choices.first().or(ending)).toBeVisible({ timeout: 60_000 });
  await expect(hurry).toBeHidden();
  return (await ending.isVisible()) ? 'ending' : 'choices';
}

/** Results of the story stored by the game, read from its own database. */
function storedResults(page: Page): Promise<number> {
  return page.evaluate(
    (story) =>
      new Promise<number>((resolve, reject) => {
        const open = indexedDB.open('escudo-progress');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const db = open.result;
          const all = db.transaction('attempts').objectStore('attempts').getAll();
          all.onsuccess = () => {
            db.close();
            resolve((all.result as { scenarioId: string }[]).filter((a) => a.scenarioId === story).length);
          };
          all.onerror = () => reject(all.error);
        };
      }),
    STORY,
  );
}

/** Title → Play → the hub (one player on the device goes straight there). */
async function toHub(page: Page, origin: string): Promise<void> {
  await page.goto(`${origin}/`);
  await expect(page.getByTestId('play')).toBeEnabled();
  await page.getByTestId('play').click();
}

async function openStory(page: Page): Promise<void> {
  await page.getByTestId(`play-${STORY}`).click();
  await page.getByTestId('content-note-start').click();
  await expect(page.getByTestId('screen-chat')).toBeVisible();
}

test(`${KILLS} SIGKILLs right after the choice that ends a story: every ending is counted once`, async () => {
  const origin = process.env.E2E_GAME_ORIGIN;
  if (!origin) throw new Error('E2E_GAME_ORIGIN is not set: run through `npx playwright test`');
  const dir = tempProfile('last-tap');
  /** The choices that lead to an ending, learnt in the first play. */
  const path: string[] = [];
  let endings = 0;
  let replayedTaps = 0;
  try {
    // First play, to the end: makes the player and learns the way to an ending.
    {
      const b = await launchOwned(dir);
      try {
        const page = b.context.pages()[0] ?? (await b.context.newPage());
        await toHub(page, origin);
        await expect(page.getByTestId('screen-profile')).toBeVisible();
        await page.getByTestId('band-11-14').check();
        await page.getByTestId('create-profile').click();
        await expect(page.getByTestId('screen-hub')).toBeVisible();
        await messageSpeed(page, 'instant');
        await openStory(page);
        while ((await turn(page)) === 'choices') {
          const id = await page
            .locator('[data-testid="choice"]:not([disabled])')
            .first()
            .getAttribute('data-choice');
          path.push(id!);
          await page.locator(`[data-choice="${id}"]`).click();
          await expect(page.locator(`[data-choice="${id}"]`)).toHaveCount(0);
        }
        endings++;
        await expect.poll(() => storedResults(page)).toBe(endings);
      } finally {
        await b.close();
      }
    }
    expect(path.length, 'the story took choices to end').toBeGreaterThan(1);

    for (let round = 0; round < KILLS; round++) {
      // Play again up to the last choice, press it, and kill the browser a moment later.
      {
        const b = await launchOwned(dir);
        try {
          const page = b.context.pages()[0] ?? (await b.context.newPage());
          await toHub(page, origin);
          await expect(page.getByTestId('screen-hub')).toBeVisible();
          await openStory(page);
          for (const id of path.slice(0, -1)) {
            expect(await turn(page)).toBe('choices');
            await page.locator(`[data-choice="${id}"]`).click();
            await expect(page.locator(`[data-choice="${id}"]`)).toHaveCount(0);
          }
          expect(await turn(page)).toBe('choices');
          await page.locator(`[data-choice="${path.at(-1)}"]`).click();
          await page.waitForTimeout(2 + Math.floor(Math.random() * 39));
        } finally {
          await b.kill();
        }
      }
      // Restart: the hub counts the ending, or (the kill came before anything
      // was saved) offers to continue just before it, where the tap is played again.
      const b = await launchOwned(dir);
      try {
        const page = b.context.pages()[0] ?? (await b.context.newPage());
        await toHub(page, origin);
        const card = page.getByTestId(`story-${STORY}`);
        await expect(card).toBeVisible();
        if (await page.getByTestId(`continue-${STORY}`).isVisible()) {
          await page.getByTestId(`continue-${STORY}`).click();
          expect(await turn(page), `kill ${round}: a story left "in progress" shows its ending`).toBe(
            'choices',
          );
          await page.locator(`[data-choice="${path.at(-1)}"]`).click();
          expect(await turn(page)).toBe('ending');
          replayedTaps++;
          await toHub(page, origin);
        }
        endings++;
        await expect(card).toHaveClass(/status-done/);
        await expect(page.getByTestId(`continue-${STORY}`)).toHaveCount(0);
        await expect
          .poll(() => storedResults(page), { message: `kill ${round}: results of the story` })
          .toBe(endings);
      } finally {
        await b.close();
      }
    }
    console.log(
      `${KILLS} kills right after the last tap: every ending counted once ` +
        `(${KILLS - replayedTaps} taps had reached the store, ${replayedTaps} were played again)`,
    );
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
