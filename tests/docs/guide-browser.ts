/**
 * What the NGO guide's walk-through needs around the browser: the built game
 * served from dist/ (the browser tests' own static server), Debian's
 * Chromium with the tests' flags, a fresh "device" (browser context) in a
 * given language, the words each screen shows in that language (read from
 * the locale tables, so the walk presses exactly what the guide names), and
 * small pictures for the guide.
 */
import { mkdirSync, readFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { chromium, type Browser, type BrowserContext, type Locator, type Page } from '@playwright/test';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../e2e/lib/chromium';

export const LAPTOP = { width: 1366, height: 768 };

/** One table of a language's words, e.g. words('es', 'studio')['export.button']. */
export function words(lang: string, table: 'studio' | 'ui'): Record<string, string> {
  return JSON.parse(readFileSync(`assets/locales/${lang}/${table}.json`, 'utf8'));
}

export function launch(): Promise<Browser> {
  return chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });
}

/**
 * A new device: empty storage, a laptop window, downloads allowed, and the
 * language a person would have picked on the title screen (the game
 * remembers it in localStorage, as the browser tests' fixture sets it).
 */
export async function newDevice(browser: Browser, lang: string): Promise<BrowserContext> {
  const context = await browser.newContext({
    viewport: LAPTOP,
    locale: lang,
    reducedMotion: 'reduce',
    acceptDownloads: true,
  });
  await context.addInitScript(`
    try {
      if (!localStorage.getItem('escudo.lang')) localStorage.setItem('escudo.lang', ${JSON.stringify(lang)});
    } catch {}
  `);
  return context;
}

/** Waits until a person could see `target`: attached, visible and scrolled into the window. */
export async function seen(target: Locator, timeout = 30_000): Promise<void> {
  await target.waitFor({ state: 'visible', timeout });
  await target.scrollIntoViewIfNeeded();
}

/** Polls `ok` until it is true, or fails naming `what`. */
export async function until(what: string, ok: () => Promise<boolean>, timeout = 30_000): Promise<void> {
  const deadline = Date.now() + timeout;
  while (!(await ok())) {
    if (Date.now() > deadline) throw new Error(`Waited ${timeout} ms for: ${what}`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

/** The smallest box holding every one of `parts` (as shown now), plus a margin, kept inside the window. */
async function boxAround(page: Page, parts: Locator[], margin: number, maxHeight: number) {
  const boxes = [];
  for (const part of parts) {
    const box = await part.boundingBox();
    if (box) boxes.push(box);
  }
  if (boxes.length === 0) return undefined;
  const size = page.viewportSize() ?? LAPTOP;
  const x = Math.max(0, Math.min(...boxes.map((b) => b.x)) - margin);
  const y = Math.max(0, Math.min(...boxes.map((b) => b.y)) - margin);
  const right = Math.min(size.width, Math.max(...boxes.map((b) => b.x + b.width)) + margin);
  const bottom = Math.min(size.height, Math.max(...boxes.map((b) => b.y + b.height)) + margin);
  return { x, y, width: right - x, height: Math.min(bottom - y, maxHeight) };
}

/**
 * A picture for the guide: the window, or only the part holding `parts`.
 * Pictures are taken at CSS pixel scale (one pixel a CSS pixel) and cut to
 * `maxHeight` when given, to stay small (the guide's pictures are under 150 KB).
 */
export async function picture(
  page: Page,
  path: string,
  parts: Locator[] = [],
  { margin = 8, maxHeight = Infinity } = {},
): Promise<void> {
  mkdirSync(dirname(path), { recursive: true });
  await page.waitForTimeout(200);
  if (parts.length === 1 && maxHeight === Infinity) {
    // One part: the element itself, scrolled into view, whole even when taller than what shows.
    await parts[0]!.screenshot({ path, scale: 'css', animations: 'disabled' });
    return;
  }
  const clip = parts.length ? await boxAround(page, parts, margin, maxHeight) : undefined;
  await page.screenshot({ path, scale: 'css', animations: 'disabled', ...(clip ? { clip } : {}) });
}
