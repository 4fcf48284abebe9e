/**
 * The saved-progress page, keyboard first: after the browser deletes its
 * database the player comes back from the mirror; save a backup file,
 * delete everything (after a confirmation; the page itself opens with the
 * teacher PIN, made here the first time), load the file back and find the
 * player and their results again; a tampered copy is refused with a reason
 * and changes nothing; a player deletes their own profile from the
 * settings; when both copies are gone the game says so, kindly.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { expect, STORY, test } from './fixtures';
import { gameText } from './expected-text';
import { createProfileByKeyboard, messageSpeed, passAdultGate, playToEnding, startStory } from './journeys';
import { press, tabTo } from './keyboard';
import { checkScreen } from './screens';
import { openSettings } from './top-bar';

const LANG = 'pt-BR';

/** Waits for the page to say something new after an action, and returns it. */
async function statusAfter(page: Page, previous: string): Promise<string> {
  const status = page.getByTestId('data-status');
  await expect(status).toBeVisible();
  await expect(status).not.toHaveText(previous === '' ? /^\s*$/ : previous);
  // Loading a backup first says it is reading the file; what it did comes after.
  await expect(status).not.toHaveText(gameText(LANG, 'store')['backup.reading']!);
  return ((await status.textContent()) ?? '').trim();
}

/** The confirmation dialog opens with the safe answer focused; yes is chosen by keyboard. */
async function confirmByKeyboard(page: Page): Promise<void> {
  const dialog = page.getByTestId('confirm-dialog');
  await expect(dialog).toBeVisible();
  await expect(page.getByTestId('confirm-no'), 'the safe answer has the focus').toBeFocused();
  await press(page, page.getByTestId('confirm-yes'));
  await expect(dialog).toHaveCount(0);
}

/**
 * On the title screen (the game has not opened its database yet): deletes
 * the database as Chromium does after a crash, and with `mirrorToo` its
 * second copy as well.
 */
async function wipe(page: Page, { mirrorToo }: { mirrorToo: boolean }): Promise<void> {
  await expect(page.getByTestId('play')).toBeEnabled();
  await page.evaluate(async (both) => {
    await new Promise<void>((resolve, reject) => {
      const req = indexedDB.deleteDatabase('escudo-progress');
      req.onsuccess = () => resolve();
      req.onerror = () => reject(req.error);
      req.onblocked = () => reject(new Error('database still open'));
    });
    if (both) await caches.delete('escudo-progress-mirror');
  }, mirrorToo);
}

test.use({ lang: LANG });

test('saved progress: mirror after a wipe, backup, delete, load back, tampered copy, delete mine', async ({
  game,
}, testInfo) => {
  const { page, origin } = game;
  const store = gameText(LANG, 'store');
  const players = page.locator('.data-player');
  let nickname = '';

  await test.step('play the story to an ending', async () => {
    await expect(page.getByTestId('play')).toBeEnabled();
    await press(page, page.getByTestId('play'));
    await expect(page.getByTestId('screen-profile')).toBeVisible();
    nickname = await createProfileByKeyboard(page);
    await messageSpeed(page, 'instant');
    await expect(page.getByTestId('screen-hub')).toBeVisible();
    await startStory(page);
    await playToEnding(page, 'first');
    await press(page, page.getByTestId('see-debrief'));
    await expect(page.getByTestId('screen-debrief')).toBeVisible();
  });

  await test.step('the browser deletes its database: player and result come back from the mirror', async () => {
    await page.goto(`${origin}/`);
    await wipe(page, { mirrorToo: false });
    await press(page, page.getByTestId('play'));
    await expect(page.getByTestId('screen-hub')).toBeVisible();
    await expect.soft(page.getByTestId('screen-hub').locator('h1')).toContainText(nickname);
    await expect.soft(page.locator(`[data-testid="story-${STORY}"].status-done`)).toBeVisible();
  });

  let text = '';
  let saved = '';
  const file = testInfo.outputPath('e2e-backup.json');
  await test.step('save a backup file', async () => {
    await page.goto(`${origin}/`);
    await expect(page.getByTestId('play')).toBeEnabled();
    await press(page, page.getByTestId('play'));
    await expect(page.getByTestId('screen-hub')).toBeVisible();
    await openSettings(page);
    await press(page, page.getByTestId('open-data'));
    // The page is for adults: the first time, the teacher PIN is made.
    await expect(page.getByTestId('screen-gate')).toBeVisible();
    await expect(page.getByTestId('screen-data'), 'nothing of the page shows before the PIN').toHaveCount(0);
    await passAdultGate(page);
    // One of the three things the store can say about keeping the progress.
    const keptTexts = ['granted', 'denied', 'unsupported'].map((k) => store[`persistence.${k}`]!);
    expect
      .soft(keptTexts, 'the page says whether the browser keeps the progress')
      .toContain(((await page.getByTestId('data-kept').textContent()) ?? '').trim());
    await expect(players, 'the page lists the one player').toHaveCount(1);

    const downloadEvent = page.waitForEvent('download');
    await press(page, page.getByTestId('export-backup'));
    const download = await downloadEvent;
    await download.saveAs(file);
    expect
      .soft(download.suggestedFilename(), 'the backup file is named by date only')
      .toMatch(/^escudo-backup-\d{4}-\d{2}-\d{2}\.json$/);
    text = readFileSync(file, 'utf8');
    expect.soft(text, 'the backup holds the player').toContain(nickname);
    saved = await statusAfter(page, '');
    expect.soft(saved, 'the page says the backup was saved').toContain(store['backup.exported']!);
  });

  let deleted = '';
  await test.step('delete everything, after saying yes', async () => {
    await press(page, page.getByTestId('delete-everything'));
    await expect(page.getByTestId('confirm-dialog')).toBeVisible();
    await checkScreen(page, LANG, '15a-confirm-delete');
    await confirmByKeyboard(page);
    deleted = await statusAfter(page, saved);
    await expect.soft(players, 'after deleting everything no player is left').toHaveCount(0);
    await checkScreen(page, LANG, '15-data-empty');
  });

  let refused = '';
  await test.step('a tampered copy is refused and changes nothing', async () => {
    const tampered = testInfo.outputPath('e2e-backup-tampered.json');
    writeFileSync(tampered, text.replace(nickname, `${nickname}X`));
    await page.getByTestId('import-backup').setInputFiles(tampered);
    refused = await statusAfter(page, deleted);
    expect.soft(refused, 'a changed backup is refused with a reason').toMatch(/alterado|danificado/);
    await expect.soft(players, 'the refused file added nobody').toHaveCount(0);
  });

  await test.step('load the real one back: the player returns; twice adds nothing', async () => {
    await page.getByTestId('import-backup').setInputFiles(file);
    const loaded = await statusAfter(page, refused);
    await expect
      .soft(page.locator('.data-players'), 'loading the backup brings the player back')
      .toContainText(nickname);
    expect.soft(loaded, 'the page counts the player added').toMatch(/1 jogador adicionado/);
    expect.soft(loaded, 'the page counts the result added').toMatch(/1 resultado adicionado/);
    await page.getByTestId('import-backup').setInputFiles(file);
    const again = await statusAfter(page, loaded);
    await expect.soft(players, 'loading it again adds nothing twice').toHaveCount(1);
    expect.soft(again, 'the page says nothing was added twice').toMatch(/Nada foi adicionado duas vezes/);
    await checkScreen(page, LANG, '16-data-loaded');
  });

  await test.step('the player\'s own "delete my data", from the settings', async () => {
    // No player is chosen after "delete everything": back leads to the
    // settings, then to the profile screen to choose the restored player.
    await press(page, page.getByTestId('back'));
    await expect(page.getByTestId('screen-settings')).toBeVisible();
    await expect
      .soft(page.getByTestId('delete-mine'), 'with no player chosen, the settings offer no "delete my data"')
      .toHaveCount(0);
    await press(page, page.getByTestId('back'));
    await expect(page.getByTestId('screen-profile')).toBeVisible();
    await press(page, page.getByTestId('profile-pick'));
    await expect(page.getByTestId('screen-hub')).toBeVisible();
    await openSettings(page);
    await expect(page.getByTestId('screen-settings')).toBeVisible();
    await press(page, page.getByTestId('delete-mine'));
    await confirmByKeyboard(page);
    await expect(page.getByTestId('screen-profile')).toBeVisible();
    await expect.soft(page.getByTestId('profile-pick'), '"delete my data" removes the player').toHaveCount(0);
  });

  await test.step('both copies gone (database and mirror): the game says so, kindly, once', async () => {
    await expect(page.getByTestId('create-profile')).toBeVisible();
    await tabTo(page, page.getByTestId('band-7-11'));
    await page.keyboard.press('Space');
    await press(page, page.getByTestId('create-profile'));
    await expect(page.getByTestId('screen-hub')).toBeVisible();
    await page.goto(`${origin}/`);
    await wipe(page, { mirrorToo: true });
    await press(page, page.getByTestId('play'));
    await expect(page.getByTestId('screen-profile')).toBeVisible();
    const notice = page.getByTestId('lost-notice');
    await expect.soft(notice, 'when nothing could be put back, the profile screen says so').toBeVisible();
    await expect.soft(notice).toContainText(/não é culpa sua/i);
    await checkScreen(page, LANG, '17-progress-lost');
    expect.soft(game.pageErrors, 'no page error').toEqual([]);
  });
});
