/**
 * The promise "a way out is always in reach", checked at every step of a
 * real play-through of the shipped story: after each message that arrives,
 * each choice, each flag dialog and the ending, at four window sizes and at
 * 200 % text, the page does not scroll, and Quick exit, the protective
 * buttons, the replies shown and the focused control are in the window and
 * not covered (tests/e2e/lib/reachable.ts). Then the debrief and the stories
 * screen after it. Screenshots of the end of the story go to
 * test-output/screenshots/reachable/.
 *
 * Runs in the `game` project on the game the global setup built and serves.
 */
import { mkdirSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { assertReachable } from '../lib/reachable';
import { expect, STORY, test } from './fixtures';
import { chatInReach, screenInReach, waitForTurnChecked } from './journeys';
import { SHOTS_DIR } from './screens';
import { openSettings } from './top-bar';

const SHOTS = `${SHOTS_DIR}/reachable`;

const SIZES = [
  { name: 'phone', width: 360, height: 740 },
  { name: 'tablet', width: 768, height: 1024 },
  { name: 'laptop', width: 1366, height: 768 },
  { name: 'projector', width: 1920, height: 1080 },
] as const;

/** Title → a new 11–14 player (the band that picks a sign when flagging) → the stories screen. */
async function newPlayer(page: Page, textScale: 1 | 2): Promise<void> {
  await page.click('[data-testid="play"]:not([disabled])');
  await page.waitForSelector('[data-testid="screen-profile"]');
  // Messages arrive one by one, quickly: every arrival is a step to check.
  await openSettings(page, (l) => l.click());
  await page.waitForSelector('[data-testid="screen-settings"]');
  await page.selectOption('[data-testid="setting-messageSpeed"]', 'fast');
  if (textScale === 2) {
    await page.focus('[data-testid="setting-textScale"]');
    await page.keyboard.press('End');
    await expect
      .poll(() => page.evaluate(() => getComputedStyle(document.documentElement).fontSize))
      .toMatch(/^(32|40)px$/); // 200 % (× 1.25 on a projector)
  }
  await page.click('[data-testid="back"]');
  await page.waitForSelector('[data-testid="screen-profile"]');
  await page.check('[data-testid="band-11-14"]');
  await page.click('[data-testid="create-profile"]');
  await page.waitForSelector('[data-testid="screen-hub"]');
  await screenInReach(page, 'stories screen');
}

/**
 * Plays to an ending, always the first reply, flagging the first message on
 * the way; asserts reachability at every change of the chat. Returns the
 * number of steps checked.
 */
async function playChecked(page: Page, label: string): Promise<number> {
  let checked = 0;
  let flagged = false;
  for (let turn = 0; turn < 60; turn++) {
    const at = await waitForTurnChecked(page, 60_000, label);
    checked += at.checked;
    if (at.turn === 'ending') return checked;
    if (!flagged) {
      flagged = true;
      await page.click('[role="log"] [data-testid="flag"]');
      await page.waitForSelector('[data-testid="flag-dialog"][open]');
      await chatInReach(page, `${label}, flag dialog open`);
      await page.click('[data-testid="sign-unsure"]');
      await page.waitForSelector('[data-testid="flag-feedback"]:not([hidden])');
      await chatInReach(page, `${label}, flag feedback`);
      await sidePanelBesidePhone(page, label);
      await page.click('[data-testid="flag-ok"]');
      await page.waitForSelector('[data-testid="flag-feedback"][hidden]', { state: 'attached' });
      checked += 2;
      continue;
    }
    const id = at.step.choices[0] ?? '';
    await page.click(`[data-choice="${id}"]`);
    await page.waitForFunction((choice) => !document.querySelector(`[data-choice="${choice}"]`), id);
  }
  throw new Error(`${label}: no ending reached`);
}

/**
 * On a wide window the chat has a panel beside the phone (the contact, the
 * signs spotted so far, what helps); on phones and with large text on
 * smaller screens it is not there. Where shown: fully in the window, beside
 * the phone and not over it, listing the sign just found (or none).
 */
async function sidePanelBesidePhone(page: Page, label: string): Promise<void> {
  const side = page.getByTestId('chat-side');
  const { width, height } = page.viewportSize()!;
  const large = await page.evaluate(() => document.documentElement.classList.contains('large-text'));
  const wide = large ? width >= 1800 && height >= 900 : width >= 1100 && height >= 600;
  if (!wide) {
    await expect(side, `${label}: no side panel on this screen`).toBeHidden();
    return;
  }
  await expect(side, `${label}: the side panel is shown`).toBeInViewport({ ratio: 1 });
  const [panel, phone] = await Promise.all([side.boundingBox(), page.locator('.phone').boundingBox()]);
  expect(panel!.x, `${label}: the panel is beside the phone, not over it`).toBeGreaterThanOrEqual(
    phone!.x + phone!.width,
  );
  const realSign = await page.locator('[data-testid="flag-feedback"].is-correct').count();
  const chips = await page.locator('[data-testid="chat-side-spotted"] li').count();
  if (realSign) expect(chips, `${label}: the panel lists the sign just found`).toBeGreaterThan(0);
  else expect(chips, `${label}: a message that looks normal adds no sign`).toBe(0);
}

/** The whole journey at one size and text scale, with screenshots of the end of the story. */
async function journey(page: Page, name: string, textScale: 1 | 2): Promise<void> {
  mkdirSync(SHOTS, { recursive: true });
  await newPlayer(page, textScale);
  await page.click(`[data-testid="play-${STORY}"]`);
  await page.waitForSelector('[data-testid="content-note"][open]');
  await screenInReach(page, `${name}, content note`);
  await page.click('[data-testid="content-note-start"]');
  await page.waitForSelector('[data-testid="screen-chat"]');
  const steps = await playChecked(page, name);
  expect(steps).toBeGreaterThan(20);
  await page.screenshot({ path: `${SHOTS}/${name}-chat-end.png` });

  await page.click('[data-testid="see-debrief"]');
  await page.waitForSelector('[data-testid="screen-debrief"]');
  await screenInReach(page, `${name}, debrief`);
  await page.click('[data-testid="to-hub"]');
  await page.waitForSelector('[data-testid="screen-hub"]');
  await screenInReach(page, `${name}, stories screen after the debrief`);
  // It opens at its top, not where the (long) debrief was scrolled to.
  const scrolled = await page.evaluate(() => {
    const screen = document.querySelector('[data-testid="screen-hub"]');
    return (document.scrollingElement?.scrollTop ?? 0) + (screen?.scrollTop ?? 0);
  });
  expect(scrolled).toBe(0);
  await page.screenshot({ path: `${SHOTS}/${name}-stories-after-debrief.png` });
}

for (const size of SIZES) {
  for (const textScale of [1, 2] as const) {
    const name = `${size.name}-${textScale * 100}pct`;
    test.describe(() => {
      test.use({ viewport: { width: size.width, height: size.height } });
      test(`a way out stays in reach: ${size.name} ${size.width}×${size.height}, ${textScale * 100} % text`, async ({
        game,
      }) => {
        await journey(game.page, name, textScale);
        expect(game.pageErrors, 'no page error').toEqual([]);
      });
    });
  }
}

test.describe(() => {
  test.use({ viewport: { width: 320, height: 640 } });
  test('a way out stays in reach: 320×640 at 200 % text', async ({ game }) => {
    await journey(game.page, 'narrow-320-200pct', 2);
  });
});

test.describe(() => {
  test.use({ viewport: { width: 740, height: 360 } });
  test('a way out stays in reach: landscape phone 740×360', async ({ game }) => {
    await journey(game.page, 'landscape-740x360', 1);
  });
});

test.describe('the title screen', () => {
  for (const size of SIZES) {
    test(`has its own Quick exit in reach: ${size.name}`, async ({ game }) => {
      const { page } = game;
      await page.setViewportSize({ width: size.width, height: size.height });
      await page.waitForSelector('[data-testid="play"]:not([disabled])');
      await assertReachable(page, { protective: false, step: `title screen, ${size.name}` });
      await page.click('[data-testid="quick-exit"]');
      const cover = page.getByTestId('quick-exit-cover');
      await expect(cover).toBeVisible();
      const playCovered = await page.evaluate(() => {
        const box = document.querySelector('[data-testid="play"]')!.getBoundingClientRect();
        const hit = document.elementFromPoint(box.x + box.width / 2, box.y + box.height / 2);
        return Boolean(hit?.closest('.quick-exit-cover'));
      });
      expect(playCovered, 'the title screen is hidden under the cover').toBe(true);
      expect(await page.title()).not.toContain('Escudo');
      await page.click('[data-testid="quick-exit-back"]');
      await expect(cover).toHaveCount(0);
      await page.keyboard.press('Escape');
      await page.keyboard.press('Escape');
      await expect(cover).toBeVisible();
    });
  }
});

/** Opens the first story's chat and waits for the first replies. */
async function openChat(page: Page): Promise<void> {
  await page.click(`[data-testid="play-${STORY}"]`);
  await page.waitForSelector('[data-testid="content-note"][open]');
  await page.click('[data-testid="content-note-start"]');
  await page.waitForSelector('[data-testid="choice"]:not([disabled])');
}

async function coverShown(page: Page): Promise<void> {
  await page.waitForSelector('[data-testid="quick-exit-cover"]:not([hidden])');
  expect(await page.evaluate(() => document.querySelectorAll('dialog[open]').length)).toBe(0);
  expect(await page.evaluate(() => (document.querySelector('.screen-host') as HTMLElement).inert)).toBe(true);
}

test.describe('over the dialogs, on a phone', () => {
  test.use({ viewport: { width: 360, height: 740 } });

  test('over the flag dialog: its own Quick exit works, and so does Escape twice', async ({ game }) => {
    const { page } = game;
    await newPlayer(page, 2);
    await openChat(page);
    await page.click('[role="log"] [data-testid="flag"]');
    await page.waitForSelector('[data-testid="flag-dialog"][open]');
    await assertReachable(page, { protective: true, step: 'flag dialog at 200 %' });
    mkdirSync(SHOTS, { recursive: true });
    await page.screenshot({ path: `${SHOTS}/phone-200pct-flag-dialog.png` });
    await page.click('[data-testid="flag-dialog"] [data-testid="quick-exit"]');
    await coverShown(page);
    await page.click('[data-testid="quick-exit-back"]');

    await page.click('[role="log"] [data-testid="flag"]');
    await page.waitForSelector('[data-testid="flag-dialog"][open]');
    await page.keyboard.press('Escape');
    await page.keyboard.press('Escape');
    await coverShown(page);
  });

  test('over the content note: Escape twice quick-exits', async ({ game }) => {
    const { page } = game;
    await newPlayer(page, 1);
    await page.click(`[data-testid="play-${STORY}"]`);
    await page.waitForSelector('[data-testid="content-note"][open]');
    await page.keyboard.press('Escape');
    await page.keyboard.press('Escape');
    await coverShown(page);
  });

  test('over the content note: its own Quick exit, in reach at 200 % text, and the start button has the focus', async ({
    game,
  }) => {
    const { page } = game;
    await newPlayer(page, 2);
    await page.click(`[data-testid="play-${STORY}"]`);
    await page.waitForSelector('[data-testid="content-note"][open]');
    await expect(
      page.getByTestId('content-note-start'),
      'opening the note focuses its start button',
    ).toBeFocused();
    await screenInReach(page, 'content note at 200 %');
    await page.click('[data-testid="content-note"] [data-testid="quick-exit"]');
    await coverShown(page);
  });
});
