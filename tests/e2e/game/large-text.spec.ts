/**
 * 200 % text on a 320 px wide screen, with high contrast and the
 * easier-to-read letters: nothing needs sideways scrolling, a way out is
 * in reach on every screen (tests/e2e/lib/reachable.ts), and axe finds
 * nothing serious. This short run keeps the backdrop's motion on (the
 * others reduce it to save time).
 */
import { expect, STORY, test } from './fixtures';
import { seriousAxeViolations } from './axe';
import { chatInReach, passAdultGate, screenInReach, waitForTurn } from './journeys';
import { press, tabTo } from './keyboard';
import { overflowsSideways, shootWhole } from './screens';
import { openSettings } from './top-bar';

const LANG = 'es';
test.use({ lang: LANG, reducedMotion: 'no-preference', viewport: { width: 320, height: 640 } });

test('text at 200 % on a 320 px screen, high contrast', async ({ game }) => {
  const { page } = game;
  const fits = async (name: string) => {
    expect
      .soft(await overflowsSideways(page), `no sideways overflow on ${name} at 200 % / 320 px`)
      .toBe(false);
    const step = `${name} at 200 % / 320 px, high contrast`;
    await (name === 'chat' ? chatInReach(page, step) : screenInReach(page, step));
    await shootWhole(page, `test-output/screenshots/${LANG}-200pct-320px-${name}.png`);
  };
  const noSeriousAxe = async (where: string) =>
    expect.soft(await seriousAxeViolations(page), `axe: serious/critical violations ${where}`).toEqual([]);

  await expect(page.getByTestId('play')).toBeEnabled();
  await press(page, page.getByTestId('play'));
  await expect(page.getByTestId('screen-profile')).toBeVisible();
  await openSettings(page);
  await expect(page.getByTestId('screen-settings')).toBeVisible();
  await tabTo(page, page.getByTestId('setting-textScale'));
  await page.keyboard.press('End');
  await expect(page.locator('html'), 'text size set to 200 %').toHaveCSS('font-size', '32px');

  // High contrast and easier-to-read letters on too, by keyboard.
  await tabTo(page, page.getByTestId('setting-highContrast'));
  await page.keyboard.press('Space');
  await tabTo(page, page.getByTestId('setting-dyslexiaFont'));
  await page.keyboard.press('Space');
  await expect(page.locator('html'), 'high contrast applies').toContainClass('high-contrast');
  await expect(page.locator('html'), 'reading font applies').toContainClass('dyslexia-font');
  await noSeriousAxe('in high contrast');
  await fits('settings');

  // The saved-progress page, in the same large, high-contrast text.
  await press(page, page.getByTestId('open-data'));
  await expect(page.getByTestId('screen-gate')).toBeVisible();
  await fits('gate');
  await passAdultGate(page);
  await fits('data');
  await noSeriousAxe('on the saved-progress page in high contrast');
  await press(page, page.getByTestId('back'));
  await expect(page.getByTestId('screen-settings')).toBeVisible();
  await press(page, page.getByTestId('back'));
  await expect(page.getByTestId('screen-profile')).toBeVisible();
  await fits('profile');

  await tabTo(page, page.getByTestId('band-7-11'));
  await page.keyboard.press('ArrowRight');
  await press(page, page.getByTestId('create-profile'));
  await expect(page.getByTestId('screen-hub')).toBeVisible();
  await fits('hub');
  await press(page, page.getByTestId(`play-${STORY}`));
  await expect(page.getByTestId('content-note')).toBeVisible();
  await fits('content-note');
  await press(page, page.getByTestId('content-note-start'));
  await waitForTurn(page);
  await fits('chat');
  await noSeriousAxe('on the chat in high contrast');
});
