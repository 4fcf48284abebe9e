/** Steps the browser tests share: waiting for a turn, settings, playing on to an ending. */
import type { Page } from '@playwright/test';
import { expect, STORY } from './fixtures';
import { press, tabTo } from './keyboard';

/**
 * Waits until the chat offers choices or an ending. It presses nothing: a key
 * pressed while messages arrive could land on a choice that just appeared.
 */
export async function waitForTurn(page: Page, timeout = 60_000): Promise<'choices' | 'ending'> {
  const state = await page.waitForFunction(
    () => {
      const hurry = document.querySelector<HTMLElement>('[data-testid="hurry"]');
      if (hurry && !hurry.hidden) return false;
      if (document.querySelector('[data-testid="see-debrief"]')) return 'ending';
      if (document.querySelector('[data-testid="choice"]')) return 'choices';
      return false;
    },
    undefined,
    { timeout, polling: 50 },
  );
  return (await state.jsonValue()) as 'choices' | 'ending';
}

/** Settings → message speed ("fast" or "at once"), by keyboard: the select is focused, then arrowed down. */
export async function messageSpeed(page: Page, speed: 'fast' | 'instant'): Promise<void> {
  await press(page, page.getByTestId('open-settings'));
  const select = page.getByTestId('setting-messageSpeed');
  await tabTo(page, select);
  for (let i = 0; i < (speed === 'fast' ? 1 : 2); i++) await page.keyboard.press('ArrowDown');
  await expect(select).toHaveValue(speed);
  await press(page, page.getByTestId('back'));
}

/** Message ids on screen, in order. */
export function messageIds(page: Page): Promise<string[]> {
  return page
    .getByRole('log')
    .getByTestId('message')
    .evaluateAll((els) => els.map((e) => (e as HTMLElement).dataset.message ?? ''));
}

/** The profile screen → a new profile in the 11–14 band (the example story's), by keyboard. Returns the suggested nickname. */
export async function createProfileByKeyboard(page: Page): Promise<string> {
  const nickname = page.getByTestId('nickname');
  await expect(nickname).toBeVisible();
  const suggested = (await nickname.inputValue()).trim();
  await tabTo(page, page.getByTestId('band-7-11'));
  await page.keyboard.press('ArrowRight'); // 11–14: the example story's band
  await expect(page.getByTestId('band-11-14')).toBeChecked();
  await press(page, page.getByTestId('create-profile'));
  await expect(page.getByTestId('screen-hub')).toBeVisible();
  return suggested;
}

/** From the hub: the example story, past its content note, by keyboard. */
export async function startStory(page: Page): Promise<void> {
  await press(page, page.getByTestId(`play-${STORY}`));
  await expect(page.getByTestId('content-note')).toBeVisible();
  await press(page, page.getByTestId('content-note-start'));
  await expect(page.getByTestId('screen-chat')).toBeVisible();
}

/**
 * Plays on by keyboard until an ending: either always the first choice, or
 * steering towards an ending not in `avoid`. Returns the ending's node id.
 */
export async function playToEnding(
  page: Page,
  pick: 'first' | ((ids: string[]) => string | undefined),
): Promise<string> {
  for (let turn = 0; turn < 40; turn++) {
    if ((await waitForTurn(page)) === 'ending')
      return (await page.getByTestId('ending-card').getAttribute('data-ending')) ?? '';
    const ids = await page
      .locator('[data-testid="choice"]:not([disabled])')
      .evaluateAll((els) => els.map((e) => e.getAttribute('data-choice') ?? ''));
    const id = pick === 'first' ? ids[0] : pick(ids);
    await press(page, page.locator(`[data-choice="${id}"]`));
  }
  throw new Error('No ending after 40 turns');
}

/** The debrief's title, once it shows. */
export async function endingTitle(page: Page): Promise<string> {
  const title = page.getByTestId('screen-debrief').locator('h1');
  await expect(title).not.toBeEmpty();
  return (await title.textContent())?.trim() ?? '';
}
