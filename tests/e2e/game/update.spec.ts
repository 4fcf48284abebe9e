/**
 * A new version of the game, served after the first: it installs in the
 * background and waits while a story is open (the page never reloads under
 * the child), the hub then tells the adult "a new version is ready", its
 * button moves to the new version, and every saved step survives: the story
 * resumes at the same message.
 *
 * The two versions are the built game and the same build with one story
 * pack's bytes changed (and its worker's list written again, as a build
 * does), served one after the other from the same address.
 */
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { writePrecache } from '../../../src/vite/precache';
import { serveStatic } from '../lib/static-server';
import { expect, STORY, test } from './fixtures';
import { gameText } from './expected-text';
import { messageIds } from './journeys';
import { checkScreen } from './screens';

function appCaches(page: Page): Promise<string[]> {
  return page.evaluate(async () => (await caches.keys()).filter((n) => n.startsWith('escudo-app-')));
}

test('a new version waits while a story is open, then the adult applies it and the story resumes', async ({
  page,
  lang,
}) => {
  const ui = gameText(lang, 'ui');
  const dir = mkdtempSync(join(tmpdir(), 'escudo-update-'));
  cpSync('dist', dir, { recursive: true });
  const server = await serveStatic(dir);
  try {
    // Version N: first visit, a player, halfway through a story.
    await page.goto(`${server.origin}/`);
    await page.evaluate(async () => {
      await navigator.serviceWorker.ready;
      if (!navigator.serviceWorker.controller)
        await new Promise((ok) =>
          navigator.serviceWorker.addEventListener('controllerchange', ok, { once: true }),
        );
    });
    const [versionN] = await appCaches(page);
    expect(versionN).toBeDefined();
    await page.getByTestId('play').click();
    await page.getByTestId('band-11-14').check();
    await page.getByTestId('create-profile').click();
    await page.getByTestId(`play-${STORY}`).click();
    await page.getByTestId('content-note-start').click();
    for (let turn = 0; turn < 2; turn++) {
      const reply = page.locator('[data-testid="choice"]:not([disabled])').first();
      await expect(reply).toBeInViewport({ timeout: 60_000 });
      const id = await reply.getAttribute('data-choice');
      await reply.click();
      await expect(page.locator(`[data-choice="${id}"]`)).toHaveCount(0);
    }
    await expect(page.locator('[data-testid="choice"]:not([disabled])').first()).toBeInViewport({
      timeout: 60_000,
    });
    const before = await messageIds(page);
    expect(before.length).toBeGreaterThan(2);

    // Version N+1 appears on the server; the browser finds it (as it does every hour or visit).
    const pack = join(dir, 'scenarios', `${STORY}.json`);
    writeFileSync(pack, `${readFileSync(pack, 'utf8')}\n`);
    const versionNext = `escudo-app-${writePrecache(dir)}`;
    expect(versionNext).not.toBe(versionN);
    await page.evaluate(() => {
      (window as unknown as { sameDocument: boolean }).sameDocument = true;
    });
    await page.evaluate(async () => (await navigator.serviceWorker.getRegistration())?.update());
    await expect
      .poll(() =>
        page.evaluate(async () => Boolean((await navigator.serviceWorker.getRegistration())?.waiting)),
      )
      .toBe(true);

    // In the story nothing changes: no reload, no notice, the same chat.
    await page.waitForTimeout(1000);
    expect(await page.evaluate(() => (window as unknown as { sameDocument?: boolean }).sameDocument)).toBe(
      true,
    );
    await expect(page.getByTestId('screen-chat')).toBeVisible();
    await expect(page.getByTestId('update-notice')).toHaveCount(0);
    expect(await messageIds(page)).toEqual(before);

    // Back on the hub the adult sees it, in the player's language, and applies it.
    await page.getByTestId('chat-back').click();
    const notice = page.getByTestId('update-notice');
    await expect(notice).toBeInViewport();
    await expect(notice).toContainText(ui['boot.updateReady']!);
    await checkScreen(page, lang, 'update-ready-hub');
    await notice.getByTestId('update-apply').click();
    // The page reloads into the new version (an evaluate cut off by the reload is asked again).
    const stillOld = () =>
      page
        .evaluate(() => (window as unknown as { sameDocument?: boolean }).sameDocument ?? false)
        .catch(() => true);
    await expect.poll(stillOld).toBe(false);
    await expect(page.getByTestId('play')).toBeEnabled();
    await expect.poll(() => appCaches(page).catch(() => [])).toEqual([versionNext]);

    // Version N+1: the same player, the story in progress, resumed at the same message.
    await expect(page.getByTestId('play')).toBeEnabled();
    await expect(page.locator('#title-update'), 'nothing left to update').toBeHidden();
    await page.getByTestId('play').click();
    await expect(page.getByTestId('screen-hub')).toBeVisible();
    await expect(page.getByTestId('update-notice')).toHaveCount(0);
    await page.getByTestId(`continue-${STORY}`).click();
    await expect(page.getByTestId('screen-chat')).toBeVisible();
    await expect.poll(() => messageIds(page)).toEqual(before);
  } finally {
    await server.close();
    rmSync(dir, { recursive: true, force: true });
  }
});
