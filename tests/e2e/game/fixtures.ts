/**
 * The game's Playwright fixtures. Every test gets a fresh context (empty
 * storage) in its language (`test.use({ lang })`), a laptop-sized window and
 * reduced motion: the Phaser backdrop then draws only on change, which keeps
 * software WebGL from slowing the run (the large-text test turns motion on).
 * `game` is the page opened on the title screen.
 *
 * The game's promises are checked here, for every test that uses this
 * `test` (an automatic fixture, so no spec can forget them; docs/security.md):
 * every page and service worker of the context is watched, and when the test
 * ends it fails on
 *  - any request to an origin other than the pages' own (the game's server,
 *    or the test's own servers; data: and blob: are the page's own bytes),
 *    and any request that leaves the machine at all;
 *  - any uncaught page error;
 *  - any Content Security Policy violation, seen by the page's
 *    `securitypolicyviolation` event or in the console (the event misses a
 *    few, e.g. a directive the browser ignores).
 * A spec may still look at the lists mid-test, to fail closer to the cause.
 */
import { test as base, expect, type BrowserContext, type Page } from '@playwright/test';

/** What the context did that the game promises it never does. */
export interface Promises {
  /** Every URL any page or service worker of the context requested. */
  requests: string[];
  pageErrors: string[];
  csp: string[];
  /** Origins of the pages the test opened (the game's own). */
  pageOrigins: Set<string>;
}

export interface GamePage {
  page: Page;
  context: BrowserContext;
  origin: string;
  requests: string[];
  pageErrors: string[];
  cspViolations(): Promise<string[]>;
}

const LOOPBACK = new Set(['127.0.0.1', 'localhost', '[::1]']);

/** The requests that went to another origin than the pages' own, or off the machine. */
export function foreignRequests(requests: readonly string[], pageOrigins: ReadonlySet<string>): string[] {
  return requests.filter((u) => {
    if (u.startsWith('data:') || u.startsWith('blob:') || u === 'about:blank') return false;
    try {
      const url = new URL(u);
      return !LOOPBACK.has(url.hostname) || !pageOrigins.has(url.origin);
    } catch {
      return true;
    }
  });
}

const CSP_CONSOLE = /Content Security Policy/i;

export const test = base.extend<{ lang: string; promises: Promises; game: GamePage }>({
  lang: ['en', { option: true }],
  locale: async ({ lang }, use) => use(lang),
  reducedMotion: 'reduce',
  viewport: { width: 1366, height: 768 },
  promises: [
    async ({ context, lang }, use) => {
      const promises: Promises = { requests: [], pageErrors: [], csp: [], pageOrigins: new Set() };
      // Reported straight to the test by every page of the context (a binding
      // is not subject to the page's CSP), so a violation in a tab the test
      // closed is not lost.
      await context.exposeBinding('__escudoCspViolation', (_source, text: string) => {
        promises.csp.push(text);
      });
      // The language the child picked before (the title screen remembers it).
      // about:blank has no storage: reading it there throws, so it is guarded.
      await context.addInitScript(`
        try {
          if (!localStorage.getItem('escudo.lang')) localStorage.setItem('escudo.lang', ${JSON.stringify(lang)});
        } catch {}
        document.addEventListener('securitypolicyviolation', (e) => window.__escudoCspViolation(
          e.violatedDirective + ' ' + e.blockedURI + ' at ' + e.sourceFile + ':' + e.lineNumber + ':' + e.columnNumber));
      `);
      context.on('request', (r) => {
        promises.requests.push(r.url());
        const frame = r.serviceWorker() ? null : r.frame();
        if (r.isNavigationRequest() && frame && !frame.parentFrame()) {
          try {
            promises.pageOrigins.add(new URL(r.url()).origin);
          } catch {
            // Not an address with an origin (about:blank).
          }
        }
      });
      context.on('weberror', (e) => promises.pageErrors.push(e.error().message));
      context.on('console', (m) => {
        if (CSP_CONSOLE.test(m.text())) promises.csp.push(`console: ${m.text()}`);
      });
      await use(promises);
      // One assertion, so a failure lists every broken promise at once.
      expect(
        {
          foreignRequests: foreignRequests(promises.requests, promises.pageOrigins),
          pageErrors: promises.pageErrors,
          cspViolations: promises.csp,
        },
        'the game kept its promises: no other origin, no page error, no CSP violation',
      ).toEqual({ foreignRequests: [], pageErrors: [], cspViolations: [] });
    },
    { auto: true },
  ],
  game: async ({ page, context, promises }, use) => {
    const origin = process.env.E2E_GAME_ORIGIN;
    if (!origin) throw new Error('E2E_GAME_ORIGIN is not set: run through `npx playwright test`');
    await page.goto(`${origin}/`);
    await use({
      page,
      context,
      origin,
      requests: promises.requests,
      pageErrors: promises.pageErrors,
      async cspViolations() {
        return [...promises.csp];
      },
    });
  },
});

export { expect } from '@playwright/test';

/** E2E_LANGS=en plays one language; E2E_LANGS= (empty) skips the per-language journeys. */
export const LANGS = (process.env.E2E_LANGS ?? 'es,pt-BR,en').split(',').filter(Boolean);

/**
 * The languages of the four longest journeys (1.5–3 minutes each): one each
 * by default, `lead`, spread so the three languages are all played through
 * (every story in every language is played by every-story.spec.ts); every
 * language listed in E2E_LANGS when it is set (`E2E_LANGS=es,pt-BR,en`
 * runs each in all three). This keeps `npm test` near its time budget.
 */
export function longJourneyLanguages(lead: 'es' | 'pt-BR' | 'en'): string[] {
  return process.env.E2E_LANGS === undefined ? [lead] : LANGS;
}

/** The example story every journey plays. */
export const STORY = 'first-tournament';
