/**
 * Right to left: with `dir="rtl"` (what the game sets for Arabic and other
 * right-to-left languages, src/i18n/direction.ts; a language as data needs no
 * code, so the mirroring must come from the layout itself), a contact's
 * bubbles sit on the right and the player's on the left, and the way out
 * stays in reach at every size.
 */
import { expect, test } from './fixtures';
import { createProfileByKeyboard, messageSpeed, startStory, waitForTurn } from './journeys';
import { press } from './keyboard';
import { checkScreen } from './screens';

test.use({ lang: 'en' });

test('chat bubbles mirror when the page is right to left', async ({ game }) => {
  const { page } = game;
  await press(page, page.getByTestId('play'));
  await createProfileByKeyboard(page);
  await messageSpeed(page, 'instant');
  await startStory(page);
  await waitForTurn(page);
  await press(page, page.getByTestId('choice').first());
  const player = page.locator('.msg-player .bubble').first();
  const contact = page.locator('.msg-contact .bubble').first();
  await expect(player).toBeVisible();

  const sides = async () => {
    const log = (await page.getByRole('log').boundingBox())!;
    const p = (await player.boundingBox())!;
    const c = (await contact.boundingBox())!;
    const middle = log.x + log.width / 2;
    return { playerRight: p.x + p.width / 2 > middle, contactRight: c.x + c.width / 2 > middle };
  };
  expect(await sides(), 'left to right: contact left, player right').toEqual({
    playerRight: true,
    contactRight: false,
  });
  await page.evaluate(() => (document.documentElement.dir = 'rtl'));
  expect(await sides(), 'right to left: contact right, player left').toEqual({
    playerRight: false,
    contactRight: true,
  });
  await checkScreen(page, 'rtl', 'chat-mirrored');
  expect(game.pageErrors).toEqual([]);
});
