/**
 * In each language, keyboard only: create a profile, start the example
 * story, flag a message, reload mid-story and resume at the same message,
 * use quick exit, play to one ending, replay and block to reach another,
 * open the settings and the saved-progress page (and, in English, open the
 * game offline). axe-core, a way out in reach (at every step of the chat
 * and on every screen at every size) and screenshots on every screen; the
 * accessibility tree holds each message and choice; no request leaves the
 * origin; no CSP violation; no page error.
 */
import type { Page } from '@playwright/test';
import { expect, longJourneyLanguages, STORY, test } from './fixtures';
import { fragment, gameText, scenarioLines, type Lines } from './expected-text';
import {
  createProfileByKeyboard,
  endingTitle,
  messageIds,
  messageSpeed,
  passAdultGate,
  playToEnding,
  screenInReach,
  waitForTurn,
} from './journeys';
import { press } from './keyboard';
import { checkScreen } from './screens';
import { StoryGraph } from './story-graph';
import { openSettings } from './top-bar';

/** Every message in the log and every choice is in the accessibility tree, with its authored words. */
async function checkAccessibilityTree(page: Page, lines: Lines, nickname: string): Promise<void> {
  const log = await page.getByRole('log').ariaSnapshot();
  const ids = await messageIds(page);
  expect(ids.length, 'messages on screen').toBeGreaterThan(0);
  // A message with no authored line, or whose words are missing, is a failure.
  const missing = ids.filter((id) => {
    const words = lines[id] === undefined ? '' : fragment(lines[id]!, nickname);
    return words === '' || !log.includes(words);
  });
  expect.soft(missing, 'messages missing from the accessibility tree').toEqual([]);
  const choices = page.getByTestId('choices');
  const choiceIds = await choices
    .getByTestId('choice')
    .evaluateAll((els) => els.map((e) => e.getAttribute('data-choice') ?? ''));
  expect(choiceIds.length, 'choices on screen').toBeGreaterThan(0);
  for (const id of choiceIds) {
    await expect
      .soft(
        choices.getByRole('button', { name: fragment(lines[id] ?? `no line for ${id}`, nickname) }),
        `choice ${id} is a button named with its authored line`,
      )
      .toBeVisible();
  }
}

for (const lang of longJourneyLanguages('pt-BR')) {
  test.describe(`play in ${lang}`, () => {
    test.use({ lang });

    test('keyboard only: profile, flag, reload, quick exit, two endings, settings', async ({ game }) => {
      const { page } = game;
      const lines = scenarioLines(STORY, lang);
      const ui = gameText(lang, 'ui');
      const graph = new StoryGraph(STORY);
      // One language plays with the typing pace (fast), the others "at once".
      const paced = lang === 'es';
      let nickname = '';

      await test.step('title, profile and hub', async () => {
        await expect(page.getByTestId('play')).toBeEnabled();
        await expect(page.locator('html'), 'title is in the chosen language').toHaveAttribute('lang', lang);
        await checkScreen(page, lang, '01-title');
        await press(page, page.getByTestId('play'));
        await expect(page.getByTestId('screen-profile')).toBeVisible();
        await checkScreen(page, lang, '02-profile');
        nickname = await createProfileByKeyboard(page);
        expect(nickname.length, 'a nickname is suggested').toBeGreaterThanOrEqual(2);
        await checkScreen(page, lang, '03-hub');
        await messageSpeed(page, paced ? 'fast' : 'instant');
        await expect(page.getByTestId('screen-hub')).toBeVisible();
      });

      await test.step('content note and chat', async () => {
        await press(page, page.getByTestId(`play-${STORY}`));
        await expect(page.getByTestId('content-note')).toBeVisible();
        await checkScreen(page, lang, '04-content-note');
        await press(page, page.getByTestId('content-note-start'));
        await expect(page.getByTestId('screen-chat')).toBeVisible();
        await waitForTurn(page);
        await checkScreen(page, lang, '05-chat');
        await checkAccessibilityTree(page, lines, nickname);
      });

      await test.step('flag a message with a sign (11–14: pick a sign, or "not sure")', async () => {
        // Leo's second message: his first, "gg", is a normal thing to say and shows no sign.
        await press(page, page.getByTestId('flag').nth(1));
        await expect(page.getByTestId('flag-dialog')).toBeVisible();
        await checkScreen(page, lang, '06-flag-dialog');
        await press(page, page.getByTestId('sign-unsure'));
        const feedback = page.getByTestId('flag-feedback');
        await expect(feedback).toBeVisible();
        // The announcer says the feedback's own words (not just anything).
        const said = (await feedback.locator('p').first().textContent())?.trim() ?? '';
        expect(said.length, 'the flag feedback has words').toBeGreaterThan(0);
        await expect.soft(page.getByTestId('announcer'), 'flag feedback is announced').toContainText(said);
        await expect
          .soft(page.getByRole('log').locator('li.flagged'), 'the flagged message is marked')
          .toHaveCount(1);
        await checkScreen(page, lang, '07-flag-feedback');
        await press(page, page.getByTestId('flag-ok'));
      });

      await test.step('one choice, then reload mid-story: it resumes at the same message', async () => {
        await waitForTurn(page);
        const first = await page
          .locator('[data-testid="choice"]:not([disabled])')
          .first()
          .getAttribute('data-choice');
        await press(page, page.locator(`[data-choice="${first}"]`));
        if (paced) {
          // The contact is typing; the "faster" button has the focus, so Space hurries the messages.
          const hurry = page.getByTestId('hurry');
          await expect(hurry).toBeVisible();
          await expect
            .soft(page.locator('.typing'), 'typing indicator shows while the contact types')
            .toBeVisible();
          await expect
            .soft(page.getByTestId('chat-status'), 'status says typing')
            .toHaveText(ui['chat.typing']!);
          await expect(hurry, 'the "faster" button has the focus while the contact types').toBeFocused();
          await page.screenshot({ path: `test-output/screenshots/${lang}/05b-chat-typing-chromebook.png` });
          await page.keyboard.press('Space');
          // Hurried: the rest of the batch arrives at once and the focus moves on to the choices.
          await expect(hurry, 'Space on "faster" ends the typing').toBeHidden({ timeout: 2000 });
          await expect(page.getByTestId('chat-status')).toHaveText(ui['chat.online']!);
          await expect(page.locator('.choices button, .ending-card button').first()).toBeFocused();
        }
        await waitForTurn(page);
        const before = await messageIds(page);
        await page.reload();
        await expect(page.getByTestId('play')).toBeEnabled();
        await press(page, page.getByTestId('play'));
        await expect(page.getByTestId('screen-hub')).toBeVisible();
        await screenInReach(page, 'stories screen after the reload');
        await press(page, page.getByTestId(`continue-${STORY}`));
        await expect(page.getByTestId('screen-chat').getByTestId('choice').first()).toBeVisible();
        const after = await messageIds(page);
        expect.soft(after, 'reload mid-story resumes at the same message').toEqual(before);
        await expect
          .soft(page.getByRole('log').locator('li.flagged'), 'the flag survived the reload')
          .toHaveCount(1);
      });

      await test.step('quick exit: Escape twice hides everything behind a neutral page', async () => {
        const gameTitle = await page.title();
        await page.keyboard.press('Escape');
        await page.keyboard.press('Escape');
        const cover = page.getByTestId('quick-exit-cover');
        await expect(cover).toBeVisible();
        expect
          .soft(
            await page.locator('.screen-host').evaluate((el) => (el as HTMLElement).inert),
            'quick exit hides the chat',
          )
          .toBe(true);
        await expect.soft(cover, 'quick exit page has no game name').not.toContainText('Escudo');
        await expect.soft(page, 'quick exit changes the tab title').not.toHaveTitle(gameTitle);
        expect.soft(await page.title(), 'the tab title does not name the game').not.toContain('Escudo');
        await checkScreen(page, lang, '08-quick-exit');
        await press(page, page.getByTestId('quick-exit-back'));
        await expect(cover).toBeHidden();
        await expect(page).toHaveTitle(gameTitle);
        await waitForTurn(page); // back in the chat, with the way out in reach again
      });

      let endingA = '';
      let nodeA = '';
      await test.step('ending one: always the first choice', async () => {
        nodeA = await playToEnding(page, 'first');
        await checkScreen(page, lang, '09-chat-ending');
        await press(page, page.getByTestId('see-debrief'));
        endingA = await endingTitle(page);
        await checkScreen(page, lang, '10-debrief');
        await expect.soft(page.getByTestId('help-card').first(), 'debrief shows a help card').toBeVisible();
      });

      await test.step('ending two: replay, block at once, then steer towards another ending', async () => {
        await press(page, page.getByTestId('replay'));
        await expect(page.getByTestId('screen-chat')).toBeVisible();
        await waitForTurn(page);
        await press(page, page.getByTestId('action-block'));
        await waitForTurn(page);
        await checkScreen(page, lang, '11-chat-blocked');
        const nodeB = await playToEnding(page, (ids) => graph.choiceToward(ids, new Set([nodeA])));
        expect.soft(nodeB, 'the second ending is another node').not.toBe(nodeA);
        await press(page, page.getByTestId('see-debrief'));
        const endingB = await endingTitle(page);
        expect.soft(endingB, 'two different endings reached').not.toBe(endingA);
        const actions = page.getByTestId('actions-taken');
        await expect.soft(actions, 'the block is recorded as a protective action').toBeVisible();
        await expect
          .soft(actions, 'debrief lists the block')
          .toContainText(gameText(lang, 'endings')['action.block.label']!);
        await checkScreen(page, lang, '12-debrief-second');
      });

      await test.step('settings, and the saved-progress page reached from them', async () => {
        await openSettings(page);
        await expect(page.getByTestId('screen-settings')).toBeVisible();
        await checkScreen(page, lang, '13-settings');
        await press(page, page.getByTestId('open-data'));
        await passAdultGate(page);
        await expect
          .soft(page.getByTestId('screen-data').locator('.data-players'), 'the data page lists the player')
          .toContainText(nickname);
        await checkScreen(page, lang, '14-data');
        await press(page, page.getByTestId('back'));
        await expect(page.getByTestId('screen-settings')).toBeVisible();
        await press(page, page.getByTestId('back'));
        await expect(page.getByTestId('screen-debrief').or(page.getByTestId('screen-hub'))).toBeVisible();
      });

      // English only, to keep the run short: the game still opens from the device.
      if (lang === 'en') {
        await test.step('the game opens offline after a visit (service worker)', async () => {
          // The worker has kept every file and controls the page (public/sw.js).
          await page.evaluate(async () => {
            await navigator.serviceWorker.ready;
            if (!navigator.serviceWorker.controller)
              await new Promise((ok) =>
                navigator.serviceWorker.addEventListener('controllerchange', ok, { once: true }),
              );
          });
          await game.context.setOffline(true);
          await page.reload();
          await expect(page.getByTestId('play')).toBeEnabled();
          await press(page, page.getByTestId('play'));
          await expect.soft(page.getByTestId('screen-hub')).toBeVisible();
          await game.context.setOffline(false);
        });
      }

      await test.step('only our own origin; no CSP violation; no page error', async () => {
        const foreign = game.requests.filter(
          (u) => !u.startsWith(game.origin) && !u.startsWith('data:') && !u.startsWith('blob:'),
        );
        expect.soft(foreign, 'no request leaves the origin').toEqual([]);
        expect.soft(await game.cspViolations(), 'no CSP violation').toEqual([]);
        expect.soft(game.pageErrors, 'no page error').toEqual([]);
      });
    });
  });
}
