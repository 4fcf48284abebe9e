/**
 * The example story played to an ending with a mouse (laptop) and with
 * touch (phone), without the keyboard: every control a child uses there is
 * reachable by pointer, and the debrief arrives. On the phone the tab is
 * also closed mid-story and opened again: the story continues at the same
 * message. A way out stays in reach at every step (journeys.ts).
 */
import type { Locator, Page } from '@playwright/test';
import { expect, LANGS, STORY, test, type GamePage } from './fixtures';
import { chatInReach, endingTitle, messageIds, screenInReach, waitForTurn } from './journeys';
import { openSettings } from './top-bar';

type Use = (target: Locator) => Promise<void>;
const click: Use = (target) => target.click();
const tap: Use = (target) => target.tap();

/** Closes the tab, opens the game in a new one and continues the story there. */
async function closeAndReopen(game: GamePage, page: Page, use: Use): Promise<Page> {
  await page.close();
  const again = await game.context.newPage();
  await again.goto(`${game.origin}/`);
  await expect(again.getByTestId('play')).toBeEnabled();
  await use(again.getByTestId('play'));
  await expect(again.getByTestId('screen-hub')).toBeVisible();
  await screenInReach(again, 'stories screen, reopened');
  await use(again.getByTestId(`continue-${STORY}`));
  await expect(again.getByTestId('screen-chat').getByTestId('choice').first()).toBeVisible();
  return again;
}

async function playByPointer(game: GamePage, use: Use, reopen: boolean): Promise<string> {
  let page = game.page;
  await expect(page.getByTestId('play')).toBeEnabled();
  await use(page.getByTestId('play'));
  await expect(page.getByTestId('screen-profile')).toBeVisible();
  await screenInReach(page, 'profile');
  await use(page.getByTestId('band-11-14'));
  await expect(page.getByTestId('band-11-14')).toBeChecked();
  await use(page.getByTestId('create-profile'));
  await expect(page.getByTestId('screen-hub')).toBeVisible();
  await screenInReach(page, 'stories screen');
  await openSettings(page, use);
  await expect(page.getByTestId('screen-settings')).toBeVisible();
  await screenInReach(page, 'settings');
  await page.getByTestId('setting-messageSpeed').selectOption('instant');
  await use(page.getByTestId('back'));
  await use(page.getByTestId(`play-${STORY}`));
  await expect(page.getByTestId('content-note')).toBeVisible();
  await screenInReach(page, 'content note');
  await use(page.getByTestId('content-note-start'));
  await expect(page.getByTestId('screen-chat')).toBeVisible();
  await waitForTurn(page);
  // Flag Leo's second message with the pointer too (his first, "gg", is a
  // normal thing to say after a match and shows no warning sign).
  await use(page.getByTestId('flag').nth(1));
  await expect(page.getByTestId('flag-dialog')).toBeVisible();
  await chatInReach(page, 'flag dialog');
  await use(page.getByTestId('sign-unsure'));
  await expect(page.getByTestId('flag-feedback')).toBeVisible();
  await chatInReach(page, 'flag feedback');
  await use(page.getByTestId('flag-ok'));
  await expect
    .soft(page.getByRole('log').locator('li.flagged'), 'a message flagged by pointer')
    .toHaveCount(1);
  const turnReady = (p: Page) =>
    p.locator('[data-testid="see-debrief"], [data-testid="choice"]:not([disabled])').first();
  for (let turn = 0; turn < 40; turn++) {
    await waitForTurn(page);
    let next = turnReady(page);
    await expect(next).toBeVisible();
    if (turn === 2 && reopen && (await next.getAttribute('data-testid')) !== 'see-debrief') {
      // The story waits for a choice: close the tab here, and come back.
      const before = await messageIds(page);
      page = await closeAndReopen(game, page, use);
      const after = await messageIds(page);
      expect
        .soft(after, 'closing the tab mid-story and opening the game again continues at the same message')
        .toEqual(before);
      next = turnReady(page);
      await expect(next).toBeVisible();
    }
    if ((await next.getAttribute('data-testid')) === 'see-debrief') break;
    const id = await next.getAttribute('data-choice');
    const choice = page.locator(`[data-testid="choice"][data-choice="${id}"]`);
    await use(choice);
    await expect(choice).toHaveCount(0);
  }
  await use(page.getByTestId('see-debrief'));
  const title = await endingTitle(page);
  await screenInReach(page, 'debrief');
  return title;
}

for (const lang of LANGS) {
  test.describe(`mouse only, laptop (${lang})`, () => {
    test.use({ lang });
    test('plays to an ending by mouse', async ({ game }) => {
      const title = await playByPointer(game, click, false);
      expect(title.length, 'played to an ending by mouse').toBeGreaterThan(0);
      expect.soft(game.pageErrors, 'no page error').toEqual([]);
    });
  });

  test.describe(`touch only, phone (${lang})`, () => {
    test.use({ lang, viewport: { width: 360, height: 740 }, hasTouch: true, isMobile: true });
    test('plays to an ending by touch, closing the tab mid-story', async ({ game }) => {
      const title = await playByPointer(game, tap, true);
      expect(title.length, 'played to an ending by touch').toBeGreaterThan(0);
      expect.soft(game.pageErrors, 'no page error').toEqual([]);
    });
  });
}
