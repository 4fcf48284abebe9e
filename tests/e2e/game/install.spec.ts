/**
 * Installable: Chromium itself (the check Lighthouse's installability audit
 * reads, over the DevTools protocol) finds nothing that stops it offering
 * to install the game, and the manifest it reads follows the language chosen
 * on the title screen.
 */
import { readdirSync } from 'node:fs';
import { expect, test } from './fixtures';
import { gameText } from './expected-text';

interface AppManifest {
  url: string;
  errors: { message: string }[];
  data?: string;
}

test('Chromium finds the game installable, with a manifest in each language', async ({ game }) => {
  const { page, context } = game;
  await expect(page.getByTestId('play')).toBeEnabled();
  // The worker in control is part of what makes a page installable.
  await page.evaluate(() => navigator.serviceWorker.ready);
  const cdp = await context.newCDPSession(page);
  await expect
    .poll(async () => {
      const { installabilityErrors } = (await cdp.send('Page.getInstallabilityErrors')) as {
        installabilityErrors: { errorId: string }[];
      };
      // Playwright's fresh contexts are incognito-like, which no page can change.
      return installabilityErrors.map((e) => e.errorId).filter((id) => id !== 'in-incognito');
    })
    .toEqual([]);

  for (const lang of readdirSync('assets/locales')) {
    await page.locator('#title-lang-select').selectOption(lang);
    const manifest = (await cdp.send('Page.getAppManifest')) as AppManifest;
    expect(manifest.url, `${lang}: the manifest of the language chosen`).toBe(
      `${game.origin}/manifest-${lang}.webmanifest`,
    );
    expect(manifest.errors, `${lang}: manifest errors`).toEqual([]);
    const data = JSON.parse(manifest.data ?? '{}') as Record<string, unknown>;
    expect(data).toMatchObject({
      name: 'Escudo',
      lang,
      display: 'standalone',
      description: gameText(lang, 'ui')['boot.tagline'],
    });
    const icons = data.icons as { sizes: string; purpose: string }[];
    for (const [sizes, purpose] of [
      ['192x192', 'any'],
      ['512x512', 'any'],
      ['512x512', 'maskable'],
    ]) {
      expect(icons, `${lang}: a ${sizes} ${purpose} icon`).toContainEqual(
        expect.objectContaining({ sizes, purpose }),
      );
    }
  }
  await cdp.detach();
});
