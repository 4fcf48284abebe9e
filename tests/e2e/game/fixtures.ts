/**
 * The game's Playwright fixtures. Every test gets a fresh context (empty
 * storage) in its language (`test.use({ lang })`), a laptop-sized window and
 * reduced motion: the Phaser backdrop then draws only on change, which keeps
 * software WebGL from slowing the run (the large-text test turns motion on).
 * `game` is the page opened on the title screen, recording every request,
 * page error and CSP violation so the tests can check them at the end.
 */
import { test as base, type BrowserContext, type Page } from '@playwright/test';

export interface GamePage {
  page: Page;
  context: BrowserContext;
  origin: string;
  /** Every URL a watched page requested. */
  requests: string[];
  pageErrors: string[];
  /** Records requests, page errors and CSP messages of another tab of the same context. */
  watch(page: Page): void;
  cspViolations(): Promise<string[]>;
}

export const test = base.extend<{ lang: string; game: GamePage }>({
  lang: ['en', { option: true }],
  locale: async ({ lang }, use) => use(lang),
  reducedMotion: 'reduce',
  viewport: { width: 1366, height: 768 },
  game: async ({ page, context, lang }, use) => {
    const origin = process.env.E2E_GAME_ORIGIN;
    if (!origin) throw new Error('E2E_GAME_ORIGIN is not set: run through `npx playwright test`');
    // The language the child picked before (the title screen remembers it),
    // and a record of every CSP violation the page sees.
    await context.addInitScript(`
      if (!localStorage.getItem('escudo.lang')) localStorage.setItem('escudo.lang', ${JSON.stringify(lang)});
      window.__csp = [];
      document.addEventListener('securitypolicyviolation', (e) => window.__csp.push(e.violatedDirective + ' ' + e.blockedURI + ' at ' + e.sourceFile + ':' + e.lineNumber + ':' + e.columnNumber));
    `);
    const requests: string[] = [];
    const pageErrors: string[] = [];
    const consoleCsp: string[] = [];
    const watch = (p: Page) => {
      p.on('request', (r) => requests.push(r.url()));
      p.on('pageerror', (e) => pageErrors.push(e.message));
      p.on('console', (m) => {
        if (/Content Security Policy/i.test(m.text())) consoleCsp.push(m.text());
      });
    };
    watch(page);
    await page.goto(`${origin}/`);
    await use({
      page,
      context,
      origin,
      requests,
      pageErrors,
      watch,
      async cspViolations() {
        const inPage = await page.evaluate(() => (window as unknown as { __csp: string[] }).__csp);
        return [...inPage, ...consoleCsp];
      },
    });
  },
});

export { expect } from '@playwright/test';

/** E2E_LANGS=en plays one language; E2E_LANGS= (empty) skips the per-language journeys. */
export const LANGS = (process.env.E2E_LANGS ?? 'es,pt-BR,en').split(',').filter(Boolean);

/** The example story every journey plays. */
export const STORY = 'first-tournament';
