/** Steps the browser tests share: waiting for a turn, settings, playing on to an ending. */
import type { Page } from '@playwright/test';
import { expect, STORY } from './fixtures';
import { assertReachable } from '../lib/reachable';
import { press, tabTo } from './keyboard';
import { openSettings } from './top-bar';

/** What the chat shows now, as values that change with every arrival, choice, flag or dialog. */
export interface ChatStep {
  /** Lines in the conversation (messages and notes). */
  lines: number;
  typing: boolean;
  /** Messages are still arriving (the "faster" button shows). */
  busy: boolean;
  /** Replies offered, enabled or not. */
  offered: number;
  /** The ids of the replies that can be picked. */
  choices: string[];
  ending: boolean;
  feedback: boolean;
  dialog: boolean;
}

export function chatStep(page: Page): Promise<ChatStep> {
  return page.evaluate(() => {
    const q = (s: string) => document.querySelectorAll(s);
    const hurry = document.querySelector<HTMLElement>('[data-testid="hurry"]');
    const feedback = document.querySelector<HTMLElement>('[data-testid="flag-feedback"]');
    return {
      lines: q('[role="log"] ol > li').length,
      typing: !document.querySelector<HTMLElement>('.typing')?.hidden,
      busy: !!hurry && !hurry.hidden,
      offered: q('[data-testid="choice"]').length,
      choices: [...q('[data-testid="choice"]:not([disabled])')].map(
        (e) => e.getAttribute('data-choice') ?? '',
      ),
      ending: !!document.querySelector('[data-testid="see-debrief"]'),
      feedback: !!feedback && !feedback.hidden,
      dialog: !!document.querySelector('dialog[open]'),
    };
  });
}

/** Names a chat step in a reachability failure. */
export function stepName(step: ChatStep): string {
  const what = [`${step.lines} lines`];
  if (step.typing) what.push('typing');
  if (step.busy) what.push('arriving');
  if (step.offered) what.push(`${step.offered} replies`);
  if (step.ending) what.push('ending');
  if (step.feedback) what.push('flag feedback');
  if (step.dialog) what.push('dialog open');
  return what.join(', ');
}

/** The chat: Quick exit, the protective row, the end button, the replies shown and the focus in reach. */
export function chatInReach(page: Page, step: string): Promise<void> {
  return assertReachable(page, { protective: true, step });
}

/** Any other screen (or a dialog): the page does not scroll, Quick exit and the focus are in reach. */
export function screenInReach(page: Page, step: string): Promise<void> {
  return assertReachable(page, { protective: false, step });
}

/**
 * Waits until the chat offers choices or an ending, checking that a way out
 * is in reach at every change seen on the way: each message that arrives,
 * the typing indicator, the turn itself. It presses nothing: a key pressed
 * while messages arrive could land on a choice that just appeared.
 */
export async function waitForTurn(page: Page, timeout = 60_000): Promise<'choices' | 'ending'> {
  return (await waitForTurnChecked(page, timeout)).turn;
}

/** waitForTurn, also saying how many steps it checked and what the chat shows at the turn. */
export async function waitForTurnChecked(
  page: Page,
  timeout = 60_000,
  label = 'chat',
): Promise<{ turn: 'choices' | 'ending'; checked: number; step: ChatStep }> {
  const deadline = Date.now() + timeout;
  let last = '';
  let checked = 0;
  for (;;) {
    const step = await chatStep(page);
    const key = JSON.stringify(step);
    if (key !== last) {
      last = key;
      checked++;
      await chatInReach(page, `${label}: ${stepName(step)}`);
    }
    if (!step.busy && step.ending) return { turn: 'ending', checked, step };
    if (!step.busy && step.offered > 0) return { turn: 'choices', checked, step };
    if (Date.now() > deadline) throw new Error(`${label}: no choices or ending within ${timeout} ms`);
    await page.waitForTimeout(30);
  }
}

/** Settings → message speed ("fast" or "at once"), by keyboard: the select is focused, then arrowed down. */
export async function messageSpeed(page: Page, speed: 'fast' | 'instant'): Promise<void> {
  await openSettings(page);
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
  // 11–14, the example story's band: the next radio, which right to left is ArrowLeft.
  const rtl = (await page.locator('html').getAttribute('dir')) === 'rtl';
  await page.keyboard.press(rtl ? 'ArrowLeft' : 'ArrowRight');
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
    const before = await chatStep(page);
    const id = pick === 'first' ? before.choices[0] : pick(before.choices);
    await press(page, page.locator(`[data-choice="${id}"]`));
    // The choice is taken (the chat changes) before the next turn is looked for.
    await expect.poll(async () => JSON.stringify(await chatStep(page))).not.toBe(JSON.stringify(before));
  }
  throw new Error('No ending after 40 turns');
}

/** The debrief's title, once it shows. */
export async function endingTitle(page: Page): Promise<string> {
  const title = page.getByTestId('screen-debrief').locator('h1');
  await expect(title).not.toBeEmpty();
  return (await title.textContent())?.trim() ?? '';
}

/** The teacher PIN the browser tests make when the saved-progress page first asks for one. */
export const TEST_PIN = '2468';

/**
 * After "Saved progress on this device" was pressed: the teacher PIN's gate,
 * by keyboard. The first time on a device it makes the PIN (typed twice);
 * later it enters it; when this tab is unlocked already the page is open.
 * Ends on the saved-progress page.
 */
export async function passAdultGate(page: Page, pin = TEST_PIN): Promise<void> {
  const gate = page.getByTestId('screen-gate');
  const data = page.getByTestId('screen-data');
  await expect(gate.or(data)).toBeVisible();
  if (await data.isVisible()) return;
  const newPin = page.getByTestId('pin-new');
  const field = newPin.or(page.getByTestId('pin-enter'));
  await expect(field).toBeVisible();
  if (await newPin.isVisible()) {
    await tabTo(page, newPin);
    await page.keyboard.type(pin);
    await tabTo(page, page.getByTestId('pin-again'));
    await page.keyboard.type(pin);
    await press(page, page.getByTestId('pin-set'));
  } else {
    await tabTo(page, page.getByTestId('pin-enter'));
    await page.keyboard.type(pin);
    await press(page, page.getByTestId('pin-unlock'));
  }
  await expect(data).toBeVisible();
}
