/**
 * Offline after one visit, behind two kinds of server: the tests' plain
 * static server and the project's own `vite preview` (which answers with
 * `Vary: Origin`; a service worker matching with Vary found nothing it had
 * cached and showed an unstyled page whose Play button never enabled).
 *
 * Online, the title screen is only opened, in English. Then the server is
 * stopped and the browser is put offline, and the reload must still give
 * the whole game: the title in another language never chosen online, Play,
 * a new player, a story played with its sounds (none was ever played
 * online), every story pack and every language's texts answered by the
 * worker.
 */
import { readdirSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { servePreview } from '../lib/preview-server';
import { serveStatic } from '../lib/static-server';
import { expect, STORY, test } from './fixtures';
import { gameText } from './expected-text';
import { checkScreen } from './screens';

/** Opens the title screen online and waits until the worker controls the page with everything cached. */
async function visitOnce(page: Page, origin: string): Promise<void> {
  await page.goto(`${origin}/`);
  await expect(page.getByTestId('play')).toBeEnabled();
  await page.evaluate(async () => {
    await navigator.serviceWorker.ready;
    if (!navigator.serviceWorker.controller) {
      await new Promise((ok) =>
        navigator.serviceWorker.addEventListener('controllerchange', ok, { once: true }),
      );
    }
  });
}

/** What the worker holds for this origin: the game's own cache, not the progress mirror. */
function cachedUrls(page: Page): Promise<string[]> {
  return page.evaluate(async () => {
    const names = (await caches.keys()).filter((n) => n.startsWith('escudo-app-'));
    const out: string[] = [];
    for (const name of names) for (const r of await (await caches.open(name)).keys()) out.push(r.url);
    return out;
  });
}

async function playOffline(page: Page, lang: string, label: string): Promise<void> {
  const ui = gameText(lang, 'ui');
  const wavs: { url: string; status: number }[] = [];
  const failed: string[] = [];
  page.on('response', (r) => {
    if (r.url().endsWith('.wav')) wavs.push({ url: r.url(), status: r.status() });
  });
  page.on('requestfailed', (r) => failed.push(`${r.url()} ${r.failure()?.errorText ?? ''}`));

  await page.reload();
  // The title, styled and working, switched to a language never used online.
  await page.getByTestId('play').waitFor();
  await page.locator('#title-lang-select').selectOption(lang);
  await expect(page.locator('html')).toHaveAttribute('lang', lang);
  await expect(page.getByTestId('play')).toBeEnabled();
  await expect(page.getByTestId('play')).toHaveText(ui['boot.play']!);
  await expect(page.locator('.title-card')).toHaveCSS('text-align', 'center');
  await page.getByTestId('play').click();

  await expect(page.getByTestId('screen-profile')).toBeVisible();
  await page.getByTestId('band-11-14').check();
  await page.getByTestId('create-profile').click();
  await expect(page.getByTestId('screen-hub')).toBeVisible();
  await expect(page.getByText(ui['hub.intro']!)).toBeInViewport();
  await checkScreen(page, lang, `offline-${label}-hub`);

  await page.getByTestId(`play-${STORY}`).click();
  await page.getByTestId('content-note-start').click();
  await expect(page.getByTestId('screen-chat')).toBeVisible();
  const reply = page.locator('[data-testid="choice"]:not([disabled])').first();
  await expect(reply).toBeInViewport({ timeout: 60_000 });
  await reply.click();
  await expect(page.getByRole('log').getByTestId('message').nth(1)).toBeVisible({ timeout: 60_000 });
  await checkScreen(page, lang, `offline-${label}-chat`);

  // Sounds played offline, though never heard online: every one the page asked for was there.
  await expect.poll(() => wavs.length, { message: 'sounds requested offline' }).toBeGreaterThan(0);
  expect(
    wavs.filter((w) => w.status !== 200),
    'sounds not answered offline',
  ).toEqual([]);
  expect(failed, 'requests that failed offline').toEqual([]);
}

const servers = {
  'static server': async () => serveStatic('dist'),
  'vite preview (Vary: Origin)': servePreview,
};

for (const [name, start] of Object.entries(servers)) {
  test(`offline after one visit behind the ${name}: every language, story and sound`, async ({
    page,
    context,
  }) => {
    const server = await start();
    let running = true;
    try {
      await visitOnce(page, server.origin);
      // Everything the build made is kept: every story pack and every language, not only what was used.
      const cached = await cachedUrls(page);
      for (const pack of readdirSync('dist/scenarios')) {
        expect(cached, `scenarios/${pack} kept for offline`).toContain(`${server.origin}/scenarios/${pack}`);
      }
      for (const asset of readdirSync('dist/assets')) {
        expect(cached, `assets/${asset} (code, texts of every language, sounds) kept`).toContain(
          `${server.origin}/assets/${asset}`,
        );
      }
      expect(cached.filter((u) => /\/assets\/ui-[^/]+\.js$/.test(u)).length, 'every language kept').toBe(
        readdirSync('assets/locales').length,
      );

      await server.close();
      running = false;
      await context.setOffline(true);
      await playOffline(page, 'es', name.split(' ')[0]!);
    } finally {
      await context.setOffline(false);
      if (running) await server.close();
    }
  });
}
