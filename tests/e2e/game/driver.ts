/**
 * Helpers for the game's browser tests: a page that records every request,
 * CSP violation and page error; keyboard-only navigation (Tab until a control
 * has focus, then a key); axe-core checks; and screenshots at every size.
 */
import { mkdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';

export const SIZES = [
  { name: 'phone', width: 360, height: 740 },
  { name: 'tablet', width: 768, height: 1024 },
  { name: 'chromebook', width: 1366, height: 768 },
  { name: 'projector', width: 1920, height: 1080 },
] as const;

export const SHOTS_DIR = 'test-output/screenshots';

const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

export interface GamePage {
  context: BrowserContext;
  page: Page;
  origin: string;
  /** Every URL the page requested. */
  requests: string[];
  pageErrors: string[];
  cspViolations(): Promise<string[]>;
  close(): Promise<void>;
}

/**
 * A fresh context (empty storage) in the given language. Reduced motion by
 * default: the Phaser backdrop then draws only on change, which keeps software
 * WebGL from slowing the run; one language plays with motion on.
 */
export async function openGame(
  browser: Browser,
  origin: string,
  lang: string,
  motion: 'reduce' | 'no-preference' = 'reduce',
  /** 'phone': a 360 × 740 touch screen, for tapping instead of clicking. */
  device: 'laptop' | 'phone' = 'laptop',
): Promise<GamePage> {
  const context = await browser.newContext({
    viewport: device === 'phone' ? { width: 360, height: 740 } : { width: 1366, height: 768 },
    ...(device === 'phone' ? { hasTouch: true, isMobile: true } : {}),
    locale: lang,
    reducedMotion: motion,
  });
  // The language the child picked before (the title screen remembers it).
  await context.addInitScript(`
    if (!localStorage.getItem('escudo.lang')) localStorage.setItem('escudo.lang', ${JSON.stringify(lang)});
    window.__csp = [];
    document.addEventListener('securitypolicyviolation', (e) => window.__csp.push(e.violatedDirective + ' ' + e.blockedURI + ' at ' + e.sourceFile + ':' + e.lineNumber + ':' + e.columnNumber));
  `);
  const page = await context.newPage();
  const requests: string[] = [];
  const pageErrors: string[] = [];
  const consoleCsp: string[] = [];
  page.on('request', (r) => requests.push(r.url()));
  page.on('pageerror', (e) => pageErrors.push(e.message));
  page.on('console', (m) => {
    if (/Content Security Policy/i.test(m.text())) consoleCsp.push(m.text());
  });
  await page.goto(`${origin}/`);
  return {
    context,
    page,
    origin,
    requests,
    pageErrors,
    async cspViolations() {
      const inPage = await page
        .evaluate(() => (window as unknown as { __csp: string[] }).__csp ?? [])
        .catch(() => []);
      return [...inPage, ...consoleCsp];
    },
    close: () => context.close(),
  };
}

/** Presses Tab (up to `max` times) until the focused element matches `selector`. */
export async function tabTo(page: Page, selector: string, max = 250): Promise<void> {
  for (let i = 0; i < max; i++) {
    const ok = await page.evaluate((sel) => !!document.activeElement?.matches(sel), selector);
    if (ok) return;
    await page.keyboard.press('Tab');
  }
  const focused = await page.evaluate(() => document.activeElement?.outerHTML.slice(0, 200));
  throw new Error(`Could not reach ${selector} with Tab (focus is on ${focused})`);
}

/** Tab to a control and activate it with Enter. */
export async function press(page: Page, selector: string): Promise<void> {
  await tabTo(page, selector);
  await page.keyboard.press('Enter');
}

export interface AxeViolation {
  id: string;
  impact: string;
  help: string;
  nodes: number;
  target: string;
}

/** Runs axe-core on the page; returns serious and critical violations. */
export async function axe(page: Page): Promise<AxeViolation[]> {
  await page.evaluate(axeSource);
  return page.evaluate(async () => {
    const a = (
      window as unknown as {
        axe: {
          run: (
            ctx: unknown,
            opts: unknown,
          ) => Promise<{
            violations: { id: string; impact: string; help: string; nodes: { target: string[] }[] }[];
          }>;
        };
      }
    ).axe;
    const r = await a.run(document, { resultTypes: ['violations'] });
    return r.violations
      .filter((v) => v.impact === 'serious' || v.impact === 'critical')
      .map((v) => ({
        id: v.id,
        impact: v.impact,
        help: v.help,
        nodes: v.nodes.length,
        target: v.nodes
          .map((n) => n.target.join(' '))
          .slice(0, 3)
          .join(' | '),
      }));
  });
}

/** Screenshots the current screen at every size, then returns to the size it had. */
export async function shootAllSizes(page: Page, lang: string, name: string): Promise<void> {
  const dir = join(SHOTS_DIR, lang);
  mkdirSync(dir, { recursive: true });
  const before = page.viewportSize();
  for (const size of SIZES) {
    await page.setViewportSize({ width: size.width, height: size.height });
    await page.waitForTimeout(120);
    await page.screenshot({
      path: join(dir, `${name}-${size.name}.png`),
      fullPage: !name.startsWith('chat'),
    });
  }
  if (before) await page.setViewportSize(before);
}

/** True when the page is wider than the window (something would be cut off or need sideways scrolling). */
export async function overflowsSideways(page: Page): Promise<boolean> {
  return page.evaluate(() => document.documentElement.scrollWidth > window.innerWidth + 1);
}
