/**
 * The saved-progress page, keyboard first: save a backup file, delete
 * everything (after a confirmation), load the file back and find the player
 * and their results again; a tampered copy is refused with a reason and
 * changes nothing; a player deletes their own profile from the settings.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import type { Browser, Page } from 'playwright-core';
import { openGame, press, tabTo } from './driver';
import type { Report } from './report';
import { messageSpeed, playToEnding, screen } from './play';

const STORY = 'first-tournament';
const LANG = 'pt-BR';

/** Waits for the page to say something new after an action, and returns it. */
async function statusAfter(page: Page, previous: string): Promise<string> {
  await page.waitForFunction((before) => {
    const el = document.querySelector<HTMLElement>('[data-testid="data-status"]');
    return !!el && !el.hidden && (el.textContent ?? '').trim() !== before;
  }, previous);
  return ((await page.textContent('[data-testid="data-status"]')) ?? '').trim();
}

async function confirmByKeyboard(page: Page): Promise<void> {
  await page.waitForSelector('[data-testid="confirm-dialog"]');
  const focused = await page.evaluate(() => document.activeElement?.getAttribute('data-testid'));
  if (focused !== 'confirm-no') throw new Error(`the safe answer should have the focus, not ${focused}`);
  await press(page, '[data-testid="confirm-yes"]');
  await page.waitForSelector('[data-testid="confirm-dialog"]', { state: 'detached' });
}

/**
 * On the title screen (the game has not opened its database yet): deletes
 * the database as Chromium does after a crash, and with `mirrorToo` its
 * second copy as well.
 */
async function wipe(page: Page, { mirrorToo }: { mirrorToo: boolean }): Promise<void> {
  await page.waitForSelector('[data-testid="play"]:not([disabled])');
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

export async function deviceData(browser: Browser, origin: string, report: Report): Promise<void> {
  const g = await openGame(browser, origin, LANG);
  const { page } = g;
  try {
    await page.waitForSelector('[data-testid="play"]:not([disabled])');
    await press(page, '[data-testid="play"]');
    await page.waitForSelector('[data-testid="screen-profile"]');
    const nickname = (await page.inputValue('[data-testid="nickname"]')).trim();
    await tabTo(page, '[data-testid="band-7-11"]');
    await page.keyboard.press('ArrowRight');
    await press(page, '[data-testid="create-profile"]');
    await page.waitForSelector('[data-testid="screen-hub"]');
    await messageSpeed(page, 'instant');
    await page.waitForSelector('[data-testid="screen-hub"]');
    await press(page, `[data-testid="play-${STORY}"]`);
    await press(page, '[data-testid="content-note-start"]');
    await playToEnding(page, 'first');
    await press(page, '[data-testid="see-debrief"]');
    await page.waitForSelector('[data-testid="screen-debrief"]');

    // The browser deletes its database after a crash (as Chromium does):
    // the game opens with the player and their result, from the mirror.
    await page.goto(`${origin}/`);
    await wipe(page, { mirrorToo: false });
    await page.waitForSelector('[data-testid="play"]:not([disabled])');
    await press(page, '[data-testid="play"]');
    await page.waitForSelector('[data-testid="screen-hub"]');
    report.check(
      'after the browser deleted its database, the player and their result are back',
      ((await page.textContent('[data-testid="screen-hub"] h1')) ?? '').includes(nickname) &&
        (await page.$(`[data-testid="story-${STORY}"].status-done`)) !== null,
    );

    // Profile screen → saved progress.
    await page.goto(`${origin}/`);
    await page.waitForSelector('[data-testid="play"]:not([disabled])');
    await press(page, '[data-testid="play"]');
    await page.waitForSelector('[data-testid="screen-hub"]');
    await press(page, '[data-testid="open-settings"]');
    await press(page, '[data-testid="open-data"]');
    await page.waitForSelector('[data-testid="screen-data"]');
    report.check(
      'the page says whether the browser keeps the progress',
      ((await page.textContent('[data-testid="data-kept"]')) ?? '').length > 10,
    );

    // Save a backup file.
    const downloadEvent = page.waitForEvent('download');
    await press(page, '[data-testid="export-backup"]');
    const download = await downloadEvent;
    const file = 'test-output/e2e-backup.json';
    await download.saveAs(file);
    report.check(
      'the backup file is named by date only',
      /^escudo-backup-\d{4}-\d{2}-\d{2}\.json$/.test(download.suggestedFilename()),
      download.suggestedFilename(),
    );
    const text = readFileSync(file, 'utf8');
    report.check('the backup holds the player', text.includes(nickname));
    const saved = await statusAfter(page, '');
    report.check('the page says the backup was saved', saved.length > 0);

    // Delete everything, after saying yes.
    await press(page, '[data-testid="delete-everything"]');
    await page.waitForSelector('[data-testid="confirm-dialog"]');
    await screen(g, LANG, '15a-confirm-delete', report);
    await confirmByKeyboard(page);
    const deleted = await statusAfter(page, saved);
    report.check('after deleting everything no player is left', (await page.$$('.data-player')).length === 0);
    await screen(g, LANG, '15-data-empty', report);

    // A tampered copy is refused and changes nothing.
    const tampered = text.replace(nickname, `${nickname}X`);
    writeFileSync('test-output/e2e-backup-tampered.json', tampered);
    await page.setInputFiles('[data-testid="import-backup"]', 'test-output/e2e-backup-tampered.json');
    const refused = await statusAfter(page, deleted);
    report.check(
      'a changed backup is refused with a reason',
      /alterado|danificado/.test(refused) && (await page.$$('.data-player')).length === 0,
      refused,
    );

    // Load the real one back: the player and their result return; twice adds nothing.
    await page.setInputFiles('[data-testid="import-backup"]', file);
    const loaded = await statusAfter(page, refused);
    report.check(
      'loading the backup brings the player back',
      (await page.textContent('.data-players'))?.includes(nickname) ?? false,
      loaded,
    );
    report.check(
      'the page counts what was added',
      /1 jogador adicionado/.test(loaded) && /1 resultado adicionado/.test(loaded),
      loaded,
    );
    await page.setInputFiles('[data-testid="import-backup"]', file);
    const again = await statusAfter(page, loaded);
    report.check(
      'loading it again adds nothing twice',
      (await page.$$('.data-player')).length === 1 && /Nada foi adicionado duas vezes/.test(again),
      again,
    );
    await screen(g, LANG, '16-data-loaded', report);

    // The player's own "delete my data", from the settings. No player is
    // chosen after "delete everything": back leads to the settings, then to
    // the profile screen to choose the restored player.
    await press(page, '[data-testid="back"]');
    await page.waitForSelector('[data-testid="screen-settings"]');
    report.check(
      'with no player chosen, the settings offer no "delete my data"',
      (await page.$('[data-testid="delete-mine"]')) === null,
    );
    await press(page, '[data-testid="back"]');
    await page.waitForSelector('[data-testid="screen-profile"]');
    await press(page, '[data-testid="profile-pick"]');
    await page.waitForSelector('[data-testid="screen-hub"]');
    await press(page, '[data-testid="open-settings"]');
    await page.waitForSelector('[data-testid="screen-settings"]');
    await press(page, '[data-testid="delete-mine"]');
    await confirmByKeyboard(page);
    await page.waitForSelector('[data-testid="screen-profile"]');
    report.check(
      '"delete my data" removes the player',
      (await page.$$('[data-testid="profile-pick"]')).length === 0,
    );

    // Both copies gone (database and mirror): the game says so, kindly, once.
    await page.waitForSelector('[data-testid="create-profile"]');
    await tabTo(page, '[data-testid="band-7-11"]');
    await page.keyboard.press('Space');
    await press(page, '[data-testid="create-profile"]');
    await page.waitForSelector('[data-testid="screen-hub"]');
    await page.goto(`${origin}/`);
    await wipe(page, { mirrorToo: true });
    await press(page, '[data-testid="play"]');
    await page.waitForSelector('[data-testid="screen-profile"]');
    report.check(
      'when nothing could be put back, the profile screen says so',
      (await page.isVisible('[data-testid="lost-notice"]')) &&
        /não é culpa sua/i.test((await page.textContent('[data-testid="lost-notice"]')) ?? ''),
    );
    await screen(g, LANG, '17-progress-lost', report);
    report.check('no page error', g.pageErrors.length === 0, g.pageErrors);
  } finally {
    await g.close();
  }
}
