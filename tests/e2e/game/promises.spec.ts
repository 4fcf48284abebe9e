/**
 * The promises every browser test checks (fixtures.ts), the headers and
 * policy they rest on, and markup from files and players shown as text. The
 * `test.fail` cases break one promise each on
 * purpose: each must make the fixture fail the test, or the check proves
 * nothing (docs/security.md).
 */
import { readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { SECURITY_HEADERS, contentSecurityPolicy } from '../../../src/vite/security-headers';
import { expect, test } from './fixtures';
import { waitForTurn } from './journeys';

/** Markup that would run if it ever became an element. */
const MARKUP = '<img src=x onerror="window.__pwned=1">';

test('the built page carries the policy: scripts from the game only, no eval, no inline code', () => {
  const html = readFileSync('dist/index.html', 'utf8');
  const meta = /<meta http-equiv="Content-Security-Policy" content="([^"]+)"/.exec(html)?.[1];
  expect(meta).toBe(contentSecurityPolicy('meta'));
  expect(meta).toContain("script-src 'self'");
  expect(meta).not.toMatch(/unsafe-eval|unsafe-inline/);
  expect(html, 'no inline script in the page').not.toMatch(/<script(?![^>]*\bsrc=)[^>]*>/);
});

test('the server sends the security headers; the CSP header forbids framing', async ({ game }) => {
  const response = await game.page.request.get(`${game.origin}/`);
  const headers = response.headers();
  for (const [name, value] of Object.entries(SECURITY_HEADERS))
    expect(headers[name.toLowerCase()]).toBe(value);
  expect(headers['content-security-policy']).toContain("frame-ancestors 'none'");
});

test.describe('each broken promise fails the test', () => {
  test('a request to another origin', async ({ page }) => {
    test.fail();
    await page.route('http://tracker.test/**', (r) => r.fulfill({ body: 'hello' }));
    await page.goto('http://tracker.test/pixel');
  });

  test('an uncaught page error', async ({ game }) => {
    test.fail();
    await game.page.evaluate(() => setTimeout(() => Promise.reject(new Error('broken on purpose')), 0));
    await game.page.waitForTimeout(500);
    await game.page.evaluate(() =>
      setTimeout(() => {
        throw new Error('broken on purpose');
      }, 0),
    );
    await game.page.waitForTimeout(500);
  });

  test('a CSP violation (an inline script)', async ({ game }) => {
    test.fail();
    await game.page.evaluate(() => {
      const script = document.createElement('script');
      script.textContent = 'window.injected = true';
      document.body.append(script);
    });
    await game.page.waitForTimeout(500);
    expect(await game.page.evaluate(() => 'injected' in window), 'the inline script did not run').toBe(false);
  });
});

/** Every string in a pack's or index's text tables, with markup in front. */
function withMarkup(value: unknown): unknown {
  if (typeof value === 'string') return MARKUP + value;
  if (Array.isArray(value)) return value.map(withMarkup);
  if (value && typeof value === 'object') {
    return Object.fromEntries(
      Object.entries(value).map(([k, v]) => [k, k === 'text' || k === 'title' ? withMarkup(v) : v]),
    );
  }
  return value;
}

/** The class codes of the profiles in the game's database, read with the raw IndexedDB API. */
function storedClassCodes(page: Page): Promise<unknown[]> {
  return page.evaluate(
    () =>
      new Promise<unknown[]>((resolve, reject) => {
        const open = indexedDB.open('escudo-progress');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const all = open.result.transaction('profiles').objectStore('profiles').getAll();
          all.onsuccess = () => resolve(all.result.map((p: { classCode?: string }) => p.classCode));
          all.onerror = () => reject(all.error);
        };
      }),
  );
}

test.describe('markup is shown as text', () => {
  // The pages' own requests are rewritten below; a service worker would answer them first.
  test.use({ serviceWorkers: 'block' });

  test('in a nickname, a class code, the story list and a story', async ({ game }) => {
    const { page } = game;
    await page.route('**/scenarios/index.json', async (route) => {
      const index = await (await route.fetch()).json();
      for (const entry of index.scenarios) {
        for (const texts of Object.values(entry.texts) as Record<string, string>[]) {
          texts.title = MARKUP + texts.title;
        }
      }
      await route.fulfill({ json: index });
    });
    await page.route('**/scenarios/first-tournament.json', async (route) => {
      const pack = await (await route.fetch()).json();
      pack.texts = Object.fromEntries(
        Object.entries(pack.texts as Record<string, Record<string, unknown>>).map(([lang, table]) => [
          lang,
          Object.fromEntries(Object.entries(table).map(([key, line]) => [key, withMarkup(line)])),
        ]),
      );
      await route.fulfill({ json: pack });
    });
    await page.reload();
    await page.getByTestId('play').click();
    await expect(page.getByTestId('nickname')).toBeVisible();

    await test.step('a nickname with markup is refused, and nothing is drawn from it', async () => {
      await page.getByTestId('nickname').fill(MARKUP);
      await page.getByTestId('band-11-14').check();
      await page.getByTestId('create-profile').click();
      await expect(page.locator('.form-error')).not.toBeEmpty();
      await expect(page.getByTestId('screen-profile')).toBeVisible();
    });

    await test.step('a class code with markup keeps only its letters and digits', async () => {
      await page.getByTestId('nickname').fill('Fox Seven');
      await page.getByTestId('class-code').fill('<b>7A</b>');
      await page.getByTestId('create-profile').click();
      await expect(page.getByTestId('screen-hub')).toBeVisible();
      expect(await storedClassCodes(page)).toEqual(['B7AB']);
    });

    await test.step('the story list shows a title with markup as text', async () => {
      await expect(page.getByTestId('screen-hub')).toContainText(MARKUP);
    });

    await test.step('a story line with markup is shown as text', async () => {
      await page.getByTestId('play-first-tournament').click();
      await page.getByTestId('content-note-start').click();
      await expect(page.getByTestId('screen-chat')).toBeVisible();
      await waitForTurn(page);
      await expect(page.getByRole('log').getByTestId('message').first()).toContainText(MARKUP);
    });

    // Nowhere did the markup become an element, and its handler never ran.
    expect(await page.locator('img[src="x"]').count(), 'no <img> was made from text').toBe(0);
    expect(await page.evaluate(() => (window as { __pwned?: number }).__pwned)).toBeUndefined();
  });
});
