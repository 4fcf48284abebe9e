/**
 * A new version of the game, served after the first: it installs in the
 * background and waits while a story is open (the page never reloads under
 * the child), the hub then tells the adult "a new version is ready", its
 * button moves to the new version, and everything saved survives: the
 * finished result is unchanged and the story in progress resumes at the
 * same message.
 *
 * Version N is the built game (dist/). Version N+1 is built here from the
 * same code with one more schema version of the progress database
 * (next-version/migrations.ts), served from the same address after N, so
 * the update also upgrades the database.
 */
import { cpSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { build, type Plugin } from 'vite';
import type { Page } from '@playwright/test';
import { serveStatic } from '../lib/static-server';
import { expect, STORY, test } from './fixtures';
import { gameText } from './expected-text';
import { messageIds, messageSpeed } from './journeys';
import { checkScreen } from './screens';

function appCaches(page: Page): Promise<string[]> {
  return page.evaluate(async () => (await caches.keys()).filter((n) => n.startsWith('escudo-app-')));
}

/** The progress database as the page sees it: its version, every result and saved game. */
function progress(page: Page): Promise<{ version: number; attempts: unknown[]; states: unknown[] }> {
  return page.evaluate(
    () =>
      new Promise((ok, fail) => {
        const open = indexedDB.open('escudo-progress');
        open.onerror = () => fail(open.error);
        open.onsuccess = () => {
          const db = open.result;
          const tx = db.transaction(['attempts', 'states']);
          const attempts = tx.objectStore('attempts').getAll();
          const states = tx.objectStore('states').getAll();
          tx.oncomplete = () => {
            db.close();
            ok({ version: db.version, attempts: attempts.result, states: states.result });
          };
        };
      }),
  );
}

const NEXT_MIGRATIONS = resolve('tests/e2e/game/next-version/migrations.ts');

/** Builds version N+1: the game with the test's extra schema version swapped in. */
async function buildNextVersion(outDir: string): Promise<void> {
  const swap: Plugin = {
    name: 'next-version-migrations',
    enforce: 'pre',
    async resolveId(source, importer, options) {
      if (!source.includes('migrations/index')) return null;
      const found = await this.resolve(source, importer, { ...options, skipSelf: true });
      return found?.id.endsWith('/src/store/migrations/index.ts') ? NEXT_MIGRATIONS : null;
    },
  };
  await build({ logLevel: 'error', plugins: [swap], build: { outDir, emptyOutDir: true } });
}

async function turn(page: Page): Promise<'choices' | 'ending'> {
  const reply = page.locator('[data-testid="choice"]:not([disabled])').first();
  const ending = page.getByTestId('see-debrief');
  await expect(reply.or(ending)).toBeInViewport({ timeout: 60_000 });
  return (await ending.isVisible()) ? 'ending' : 'choices';
}

async function chooseFirst(page: Page): Promise<void> {
  const reply = page.locator('[data-testid="choice"]:not([disabled])').first();
  const id = await reply.getAttribute('data-choice');
  await reply.click();
  await expect(page.locator(`[data-choice="${id}"]`)).toHaveCount(0);
}

test('a new version waits while a story is open, then the adult applies it and the story resumes', async ({
  page,
  lang,
}) => {
  const ui = gameText(lang, 'ui');
  const dir = mkdtempSync(join(tmpdir(), 'escudo-update-'));
  const next = mkdtempSync(join(tmpdir(), 'escudo-next-'));
  cpSync('dist', dir, { recursive: true });
  const server = await serveStatic(dir);
  try {
    // Version N: first visit, a player, one story finished, then halfway through it again.
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
    await expect(page.getByTestId('screen-hub')).toBeVisible();
    await messageSpeed(page, 'instant');
    await page.getByTestId(`play-${STORY}`).click();
    await page.getByTestId('content-note-start').click();
    while ((await turn(page)) === 'choices') await chooseFirst(page);
    await page.getByTestId('chat-back').click();
    await page.getByTestId(`play-${STORY}`).click();
    await page.getByTestId('content-note-start').click();
    for (let step = 0; step < 2; step++) {
      expect(await turn(page)).toBe('choices');
      await chooseFirst(page);
    }
    expect(await turn(page)).toBe('choices');
    const before = await messageIds(page);
    expect(before.length).toBeGreaterThan(2);
    const saved = await progress(page);
    expect(saved.attempts, 'the finished story').toHaveLength(1);
    expect(saved.states, 'the story in progress').toHaveLength(1);

    // Version N+1, with a new database schema, replaces N on the server; the
    // browser finds it (as it does at each visit and every hour).
    await buildNextVersion(next);
    for (const name of readdirSync(dir)) rmSync(join(dir, name), { recursive: true, force: true });
    cpSync(next, dir, { recursive: true });
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
    await expect.poll(() => appCaches(page).catch(() => [])).not.toEqual([versionN]);
    await expect.poll(() => appCaches(page).catch(() => [])).toHaveLength(1);

    // Version N+1: the same player, the story in progress, resumed at the same message.
    await expect(page.getByTestId('play')).toBeEnabled();
    await expect(page.locator('#title-update'), 'nothing left to update').toBeHidden();
    await page.getByTestId('play').click();
    await expect(page.getByTestId('screen-hub')).toBeVisible();
    await expect(page.getByTestId('update-notice')).toHaveCount(0);
    await page.getByTestId(`continue-${STORY}`).click();
    await expect(page.getByTestId('screen-chat')).toBeVisible();
    await expect.poll(() => messageIds(page)).toEqual(before);
    // The database was upgraded, and every result and saved step came through it unchanged.
    const after = await progress(page);
    expect(after.version, 'the new schema version').toBeGreaterThan(saved.version);
    expect(after.attempts).toEqual(saved.attempts);
    expect(after.states.length).toBe(1);
  } finally {
    await server.close();
    rmSync(dir, { recursive: true, force: true });
    rmSync(next, { recursive: true, force: true });
  }
});
