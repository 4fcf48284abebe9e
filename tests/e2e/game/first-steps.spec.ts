/**
 * First steps on a shared tablet, in every language: a real-looking name gets
 * a kind nudge (never a refusal) and "make one up for me" replaces it; with
 * two players a reload asks "who is playing?" instead of going on as the last
 * one; the debrief opens as a short list of sections on a phone, each
 * message listed once, with no image removal tool after a story without
 * images. Hub, profile and debrief are photographed at the four sizes and at
 * 200 % text into test-output/screenshots/<lang>/first-steps-*.
 */
import { readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { parse } from 'yaml';
import { expect, longJourneyLanguages, STORY, test } from './fixtures';
import { gameText } from './expected-text';
import { messageSpeed, playToEnding } from './journeys';
import { press, tabTo } from './keyboard';
import { shootAllSizes } from './screens';
import { openSettings } from './top-bar';

async function newProfile(page: Page, band: string): Promise<string> {
  await page.getByTestId(`band-${band}`).check();
  const nickname = (await page.getByTestId('nickname').inputValue()).trim();
  await press(page, page.getByTestId('create-profile'));
  await expect(page.getByTestId('screen-hub')).toBeVisible();
  return nickname;
}

for (const lang of longJourneyLanguages('es')) {
  test.describe(`first steps (${lang})`, () => {
    test.use({ lang });
    test('real-name nudge, who is playing after a reload, a scannable debrief', async ({ game }) => {
      const { page } = game;
      const ui = gameText(lang, 'ui');
      await press(page, page.getByTestId('play'));
      await expect(page.getByTestId('screen-profile')).toBeVisible();

      await test.step('a real-looking name is nudged kindly, never refused', async () => {
        const nickname = page.getByTestId('nickname');
        await expect(page.getByTestId('real-name-hint')).toHaveCount(0);
        await nickname.fill('Lucía García');
        const hint = page.getByTestId('real-name-hint');
        await expect(hint).toBeVisible();
        await expect(hint).toContainText(ui['profile.realNameHint']!);
        await expect(page.getByTestId('create-profile'), 'never blocking').toBeEnabled();
        await press(page, page.getByTestId('make-one-up'));
        await expect(nickname).not.toHaveValue('Lucía García');
        await expect(hint).toHaveCount(0);
      });

      const first = await newProfile(page, '11-14');
      await shootAllSizes(page, lang, 'first-steps-hub');

      await test.step('a second player joins as "someone new"', async () => {
        await press(page, page.getByTestId('back'));
        await expect(page.getByTestId('screen-profile')).toBeVisible();
        const someoneNew = page.getByTestId('new-profile');
        await expect(someoneNew).toHaveText(ui['profile.someoneNew']!);
        await press(page, someoneNew);
        await newProfile(page, '14-18');
      });

      await test.step('after a reload the game asks who is playing', async () => {
        await page.reload();
        await press(page, page.getByTestId('play'));
        await expect(page.getByTestId('screen-profile')).toBeVisible();
        await expect(page.getByTestId('screen-profile').locator('h1')).toHaveText(ui['profile.title']!);
        const picks = page.getByTestId('profile-pick');
        await expect(picks).toHaveCount(2);
        for (const pick of await picks.all()) await expect(pick.locator('svg.avatar')).toBeVisible();
        await expect(page.getByTestId('new-profile')).toHaveText(ui['profile.someoneNew']!);
        await shootAllSizes(page, lang, 'first-steps-profile');
        await press(page, picks.filter({ hasText: first }));
        await expect(page.getByTestId('screen-hub').locator('h1')).toContainText(first);
      });

      await test.step('the children’s note, not the teacher’s, then a story to its end', async () => {
        await messageSpeed(page, 'instant');
        await press(page, page.getByTestId(`play-${STORY}`));
        const note = page.getByTestId('player-note');
        await expect(note).toBeVisible();
        const entry = parse(readFileSync(`scenarios/${STORY}/text/${lang}.yaml`, 'utf8'))[
          'teacher.content-note'
        ];
        const teacher = typeof entry === 'string' ? entry : (entry as { text: string }).text;
        await expect(note).not.toHaveText(teacher);
        await press(page, page.getByTestId('content-note-start'));
        await playToEnding(page, 'first');
        await page.setViewportSize({ width: 360, height: 740 });
        await press(page, page.getByTestId('see-debrief'));
        await expect(page.getByTestId('screen-debrief')).toBeVisible();
      });

      await test.step('on a phone the debrief is sections that open, each message once', async () => {
        const sections = page.locator('details.debrief-section');
        expect(await sections.count()).toBeGreaterThan(2);
        await expect(sections.first()).toHaveAttribute('open', '');
        for (const later of (await sections.all()).slice(1)) await expect(later).not.toHaveAttribute('open');
        const quotes = await page.locator('.sign-item > blockquote').allTextContents();
        expect(new Set(quotes).size, 'no message quoted twice').toBe(quotes.length);
        // The image removal tool only when images are part of the story (its data says so:
        // a sextortion topic or a message asking for a photo); the trusted adult always first.
        const scenario = readFileSync(`scenarios/${STORY}/scenario.yaml`, 'utf8');
        const images = /image-request|sextortion/.test(scenario);
        const help = page.getByTestId('help-card');
        await expect(help).toBeVisible();
        await expect(help.getByTestId('help-lines-images')).toHaveCount(images ? 1 : 0);
        await expect(help.locator('p').first()).toHaveText(ui['help.trustedAdult']!);
        await page.screenshot({
          path: `test-output/screenshots/${lang}/first-steps-debrief-phone-closed.png`,
          fullPage: true,
        });
        // Opened one by one, by keyboard and pointer alike.
        for (const closed of (await sections.all()).slice(1)) await closed.locator('summary').click();
        await shootAllSizes(page, lang, 'first-steps-debrief');
      });

      await test.step('the country picked on the help card is remembered', async () => {
        const select = page.getByTestId('help-country');
        await select.selectOption('BR');
        await expect(page.getByTestId('help-lines-country')).toBeVisible();
        expect(await page.evaluate(() => localStorage.getItem('escudo.country'))).toBe('BR');
        await select.selectOption('');
      });

      await test.step('200 % text: hub, profile and debrief photographed at every size', async () => {
        await openSettings(page);
        await tabTo(page, page.getByTestId('setting-textScale'));
        await page.keyboard.press('End');
        await expect(page.locator('html')).toHaveCSS('font-size', '32px');
        await press(page, page.getByTestId('back'));
        await expect(page.getByTestId('screen-debrief')).toBeVisible();
        await shootAllSizes(page, lang, 'first-steps-200-debrief');
        await press(page, page.getByTestId('to-hub'));
        await shootAllSizes(page, lang, 'first-steps-200-hub');
        await press(page, page.getByTestId('back'));
        await expect(page.getByTestId('screen-profile')).toBeVisible();
        await shootAllSizes(page, lang, 'first-steps-200-profile');
      });
    });
  });
}
