/**
 * The promises every browser test checks (fixtures.ts), and the headers and
 * policy they rest on. The `test.fail` cases break one promise each on
 * purpose: each must make the fixture fail the test, or the check proves
 * nothing (docs/security.md).
 */
import { readFileSync } from 'node:fs';
import { SECURITY_HEADERS, contentSecurityPolicy } from '../../../src/vite/security-headers';
import { expect, test } from './fixtures';

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
