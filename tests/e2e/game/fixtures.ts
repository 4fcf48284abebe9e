/**
 * The game's Playwright fixtures. Every test gets a fresh context (empty
 * storage) in its language (`test.use({ lang })`), a laptop-sized window and
 * reduced motion: the Phaser backdrop then draws only on change, which keeps
 * software WebGL from slowing the run (the large-text test turns motion on).
 * `game` is the page opened on the title screen.
 *
 * The game's promises are checked here, for every test, so no spec can
 * forget them (docs/security.md): every page and worker of the context is
 * watched, and when the test ends the fixture fails it on
 *  - any request to another origin than the game's own (data: and blob: are
 *    the page's own bytes);
 *  - any uncaught page error;
 *  - any Content Security Policy or Trusted Types violation, seen by the
 *    page's `securitypolicyviolation` event or in the console (the event
 *    misses a few, e.g. a directive the browser ignores).
 * A spec may still look at the lists mid-test, to fail closer to the cause.
 */
import { test as base, expect, type BrowserContext, type Page } from '@playwright/test';

export interface GamePage {
  page: Page;
  context: BrowserContext;
  origin: string;
  /** Every URL any page or service worker of the context requested. */
  requests: string[];
  pageErrors: string[];
  cspViolations(): Promise<string[]>;
}

/** The requests that left the game's origin. */
export function foreignRequests(requests: readonly string[], origin: string): string[] {
  return requests.filter((u) => {
    if (u.startsWith('data:') || u.startsWith('blob:')) return false;
    try {
      return new URL(u).origin !== origin;
    } catch {
      return true;
    }
  });
}

const CSP_CONSOLE = /Content Security Policy|Trusted Type/i;

export const test = base.extend<{ lang: string; game: GamePage }>({
  lang: ['en', { option: true }],
  locale: async ({ lang }, use) => use(lang),
  reducedMotion: 'reduce',
  viewport: { width: 1366, height: 768 },
  game: async ({ page, context, lang }, use) => {
    const origin = process.env.E2E_GAME_ORIGIN;
    if (!origin) throw new Error('E2E_GAME_ORIGIN is not set: run through `npx playwright test`');
    const requests: string[] = [];
    const pageErrors: string[] = [];
    const csp: string[] = [];
    // Reported straight to the test by every page of the context (a binding
    // is not subject to the page's CSP), so a violation in a tab the test
    // closed is not lost.
    await context.exposeBinding('__escudoCspViolation', (_source, text: string) => {
      csp.push(text);
    });
    // The language the child picked before (the title screen remembers it).
    await context.addInitScript(`
      if (!localStorage.getItem('escudo.lang')) localStorage.setItem('escudo.lang', ${JSON.stringify(lang)});
      document.addEventListener('securitypolicyviolation', (e) => window.__escudoCspViolation(
        e.violatedDirective + ' ' + e.blockedURI + ' at ' + e.sourceFile + ':' + e.lineNumber + ':' + e.columnNumber));
    `);
    context.on('request', (r) => requests.push(r.url()));
    context.on('weberror', (e) => pageErrors.push(e.error().message));
    context.on('console', (m) => {
      if (CSP_CONSOLE.test(m.text())) csp.push(`console: ${m.text()}`);
    });
    await page.goto(`${origin}/`);
    await use({
      page,
      context,
      origin,
      requests,
      pageErrors,
      async cspViolations() {
        return [...csp];
      },
    });
    // One assertion, so a failure lists every broken promise at once.
    expect(
      { foreignRequests: foreignRequests(requests, origin), pageErrors, cspViolations: csp },
      'the game kept its promises: no other origin, no page error, no CSP or Trusted Types violation',
    ).toEqual({ foreignRequests: [], pageErrors: [], cspViolations: [] });
  },
});

export { expect } from '@playwright/test';

/** E2E_LANGS=en plays one language; E2E_LANGS= (empty) skips the per-language journeys. */
export const LANGS = (process.env.E2E_LANGS ?? 'es,pt-BR,en').split(',').filter(Boolean);

/** The example story every journey plays. */
export const STORY = 'first-tournament';
