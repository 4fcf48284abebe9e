/**
 * The promises of docs/security.md that are not a side effect of playing:
 *  - the built page's Content Security Policy and the server's headers are
 *    the strict ones (script-src 'self', no unsafe-*, Trusted Types);
 *  - the fixture really fails a test on each broken promise (a request to
 *    another origin, a page error, a CSP violation, a Trusted Types
 *    violation): these tests are expected to fail, and Playwright reports
 *    an error if one of them passes;
 *  - markup in a nickname, a class code, a story's text or the story list
 *    is shown as text and never runs.
 */
import { readFileSync } from 'node:fs';
import { expect, test } from './fixtures';
import { contentSecurityPolicy, SECURITY_HEADERS } from '../../../src/vite/security-headers';
import type { Page } from '@playwright/test';
import { waitForTurn } from './journeys';

const MARKUP = '<img src=x onerror="window.__pwned=1">';

function directives(policy: string): Map<string, string[]> {
  return new Map(
    policy
      .split(';')
      .map((d) => d.trim().split(/\s+/))
      .filter((parts) => parts[0])
      .map(([name, ...values]) => [name!, values]),
  );
}

function expectStrict(policy: string, where: string): void {
  const d = directives(policy);
  expect(d.get('script-src'), `${where}: scripts only from the game's own origin`).toEqual(["'self'"]);
  expect(d.get('default-src'), where).toEqual(["'self'"]);
  expect(d.get('object-src'), where).toEqual(["'none'"]);
  expect(d.get('require-trusted-types-for'), `${where}: Trusted Types required`).toEqual(["'script'"]);
  expect(d.get('trusted-types'), `${where}: one Trusted Types policy, the game's`).toEqual(['escudo']);
  expect(policy, `${where}: nothing unsafe`).not.toMatch(/unsafe-|\*|https?:/);
}

test.describe('the policy the game ships with', () => {
  test('dist/index.html carries the strict policy and no inline code', async ({ game }) => {
    const html = readFileSync('dist/index.html', 'utf8');
    const metas = [...html.matchAll(/<meta http-equiv="Content-Security-Policy" content="([^"]*)"/g)];
    expect(metas, 'exactly one policy in the page').toHaveLength(1);
    const policy = metas[0]![1]!;
    expectStrict(policy, 'dist/index.html');
    expect(policy, 'the <meta> policy is the shared one').toBe(contentSecurityPolicy('meta'));
    for (const script of html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/g)) {
      expect(script[1], 'every script is a file').toMatch(/\bsrc=/);
      expect(script[2]!.trim(), 'no inline script').toBe('');
    }
    expect(html, 'no inline style').not.toMatch(/<style\b|\sstyle=/);
    expect(html, 'no inline event handler').not.toMatch(/\son[a-z]+=/);
    // The server sends the same headers docs/deploy.md asks for.
    const response = await game.page.request.get(`${game.origin}/`);
    const headers = response.headers();
    for (const [name, value] of Object.entries(SECURITY_HEADERS)) {
      expect(headers[name.toLowerCase()], name).toBe(value);
    }
    expectStrict(headers['content-security-policy']!, 'the header');
    expect(directives(headers['content-security-policy']!).get('frame-ancestors')).toEqual(["'none'"]);
  });
});

test.describe('the fixture fails a test that breaks a promise', () => {
  test('a request to another origin', async ({ game }) => {
    test.fail(true, 'the fixture must fail this test');
    // Another origin: the same server under another name. A new tab is not
    // bound by the game's CSP, so only the request log can catch this.
    const other = await game.context.newPage();
    await other.goto(game.origin.replace('127.0.0.1', 'localhost') + '/');
  });

  test('an uncaught page error', async ({ game }) => {
    test.fail(true, 'the fixture must fail this test');
    await game.page.evaluate(() => {
      setTimeout(() => {
        throw new Error('a test error');
      }, 0);
    });
    await expect.poll(() => game.pageErrors.length).toBeGreaterThan(0);
  });

  test('a CSP violation (an inline style)', async ({ game }) => {
    test.fail(true, 'the fixture must fail this test');
    await game.page.evaluate(() => document.body.setAttribute('style', 'color: red'));
    await expect.poll(async () => (await game.cspViolations()).length).toBeGreaterThan(0);
  });

  test('a Trusted Types violation (markup into innerHTML)', async ({ game }) => {
    test.fail(true, 'the fixture must fail this test');
    const refused = await game.page.evaluate(() => {
      try {
        // eslint-disable-next-line no-restricted-syntax -- on purpose: the browser must refuse it
        document.body.innerHTML = '<b>markup</b>';
        return false;
      } catch {
        return true;
      }
    });
    expect(refused, 'the browser refuses the string').toBe(true);
    await expect.poll(async () => (await game.cspViolations()).length).toBeGreaterThan(0);
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
