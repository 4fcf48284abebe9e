/**
 * What an adult sees on "Saved progress on this device" when the game's
 * promises about files and copies are tested by the device itself:
 *
 * - the second copy (the Cache Storage mirror, src/store/mirror/) stops
 *   working: the page says so where the adult looks, under "Is the progress
 *   kept?", asks for a backup, and progress is still saved;
 * - a 50 MB file chosen as a backup or as a story pack is refused for its
 *   size, with the reason in the adult's language, and nothing changes.
 */
import { writeFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { gameText } from './expected-text';
import { createProfileByKeyboard, passAdultGate } from './journeys';
import { press } from './keyboard';
import { shootAllSizes } from './screens';
import { openSettings } from './top-bar';

const LANG = 'es';
test.use({ lang: LANG });

/** Not covered: the element at its centre is itself or inside it. */
async function uncovered(page: Page, testId: string): Promise<boolean> {
  return page.getByTestId(testId).evaluate((el) => {
    const box = el.getBoundingClientRect();
    const hit = document.elementFromPoint(box.left + box.width / 2, box.top + box.height / 2);
    return hit !== null && (hit === el || el.contains(hit));
  });
}

async function openSavedProgress(page: Page): Promise<void> {
  await expect(page.getByTestId('play')).toBeEnabled();
  await press(page, page.getByTestId('play'));
  await expect(page.getByTestId('screen-profile')).toBeVisible();
  await createProfileByKeyboard(page);
  await expect(page.getByTestId('screen-hub')).toBeVisible();
  await openSettings(page);
  await press(page, page.getByTestId('open-data'));
  await passAdultGate(page);
}

test('the second copy stopped: the saved-progress page tells the adult, and progress is still saved', async ({
  game,
}) => {
  const { page, origin } = game;
  const store = gameText(LANG, 'store');
  // The mirror's storage refuses every write, as a full or broken Cache Storage does.
  await page.addInitScript(() => {
    Cache.prototype.put = () =>
      Promise.reject(new DOMException('The quota has been exceeded.', 'QuotaExceededError'));
  });
  await page.goto(`${origin}/`);
  await openSavedProgress(page);

  const kept = page.getByTestId('data-kept');
  await expect(kept, 'the page says the second copy stopped').toContainText(store['mirror.failed']!);
  await expect(kept).toBeInViewport();
  expect(await uncovered(page, 'data-kept'), 'nothing covers the notice').toBe(true);
  await expect(page.locator('.data-player'), 'the player was saved all the same').toHaveCount(1);
  await shootAllSizes(page, LANG, '15b-data-second-copy-failed');

  // Saved in the database: after a reload the player is still there.
  await page.goto(`${origin}/`);
  await expect(page.getByTestId('play')).toBeEnabled();
  await press(page, page.getByTestId('play'));
  await expect(page.getByTestId('screen-hub')).toBeVisible();
});

test('a 50 MB file is refused as a backup and as a story pack, for its size, changing nothing', async ({
  game,
}, testInfo) => {
  const { page } = game;
  const store = gameText(LANG, 'store');
  const ui = gameText(LANG, 'ui');
  await openSavedProgress(page);
  /** 50 MB of spaces, on disk (Playwright hands larger buffers over only as files). */
  const huge = (name: string) => {
    const path = testInfo.outputPath(name);
    writeFileSync(path, Buffer.alloc(50 * 1024 * 1024, 0x20));
    return path;
  };

  await page.getByTestId('import-backup').setInputFiles(huge('escudo-backup-2026-12-01.json'));
  const status = page.getByTestId('data-status');
  await expect(status).toContainText(store['backup.too-large']!);
  await expect(status).toContainText(store['backup.unchanged']!);
  await expect(status).toBeInViewport();
  await expect(page.locator('.data-player'), 'the one player is still the only one').toHaveCount(1);

  // As an adult would: scrolled to the section's button, then choosing the file.
  const packPicker = await page.getByTestId('add-pack').getAttribute('id');
  await page.locator(`label[for="${packPicker}"]`).scrollIntoViewIfNeeded();
  await page.getByTestId('add-pack').setInputFiles(huge('big-story.pack.json'));
  const packStatus = page.getByTestId('pack-status');
  await expect(packStatus).toContainText(ui['data.packs.reason.too-big']!);
  await expect(packStatus).toBeInViewport();
  await expect(page.getByTestId('added-story'), 'no story was added').toHaveCount(0);
});
