/**
 * Each screen the journeys reach is checked with axe-core and, at every
 * size, for a way out in reach (tests/e2e/lib/reachable.ts), and
 * photographed into test-output/screenshots/<lang>/; with E2E_DOCS=1 the
 * ones docs/screens.md shows are also written to docs/screens/ (phone size).
 * The page itself never scrolls (a screen scrolls inside `.screen`, the
 * chat inside its message list), so a screenshot of the window would show
 * one window's worth: the pictures show the whole content instead.
 */
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { seriousAxeViolations } from './axe';
import { assertReachable } from '../lib/reachable';
import { expect } from './fixtures';

export const SIZES = [
  { name: 'phone', width: 360, height: 740 },
  { name: 'tablet', width: 768, height: 1024 },
  { name: 'chromebook', width: 1366, height: 768 },
  { name: 'projector', width: 1920, height: 1080 },
] as const;

export const SHOTS_DIR = 'test-output/screenshots';

/** Screens pictured in docs/screens.md. */
const DOC_SHOTS: Record<string, string[]> = {
  en: [
    '01-title',
    '02-profile',
    '03-hub',
    '04-content-note',
    '05-chat',
    '06-flag-dialog',
    '07-flag-feedback',
    '08-quick-exit',
    '10-debrief',
    '13-settings',
  ],
  es: ['05-chat', '11-chat-blocked'],
  'pt-BR': ['01-title', '12-debrief-second', '16-data-loaded'],
};

/** axe (a soft check: the journey goes on), reachability and screenshots of the screen showing now. */
export async function checkScreen(page: Page, lang: string, name: string): Promise<void> {
  expect.soft(await seriousAxeViolations(page), `axe: serious/critical violations on ${name}`).toEqual([]);
  await shootAllSizes(page, lang, name);
  if (process.env.E2E_DOCS === '1' && DOC_SHOTS[lang]?.includes(name)) {
    const before = page.viewportSize();
    await page.setViewportSize({ width: 360, height: 740 });
    await page.waitForTimeout(150); // the layout and backdrop settle after a resize
    await shootWhole(page, `docs/screens/${lang}-${name}.png`);
    if (before) await page.setViewportSize(before);
  }
}

/**
 * At every size: checks that a way out is in reach, and screenshots the
 * current screen's whole content; then returns to the size it had.
 */
export async function shootAllSizes(page: Page, lang: string, name: string): Promise<void> {
  const dir = join(SHOTS_DIR, lang);
  mkdirSync(dir, { recursive: true });
  const before = page.viewportSize();
  // In the chat the protective row must be in reach too. Behind the quick-exit
  // cover the way out has been taken: nothing of the game is in reach there.
  const chat = (await page.getByTestId('screen-chat').count()) > 0;
  const covered = await page.getByTestId('quick-exit-cover').isVisible();
  // The title screen is the static page shown while the game loads: no Quick exit there (yet).
  const title = await page.locator('#title-play').isVisible();
  for (const size of SIZES) {
    await page.setViewportSize({ width: size.width, height: size.height });
    await page.waitForTimeout(120); // the layout and backdrop settle after a resize
    // A child does not resize mid-screen: their focus is where they put it, in
    // view. The test's own resize (and the whole-content picture before it) can
    // leave it scrolled away, so bring it back as the child would see it.
    await page.evaluate(() => {
      const el = document.activeElement;
      if (el instanceof HTMLElement && el !== document.body) el.scrollIntoView({ block: 'nearest' });
    });
    if (!covered)
      await assertReachable(page, {
        protective: chat,
        quickExit: !title,
        step: `${lang} ${name}, ${size.name}`,
      });
    await shootWhole(page, join(dir, `${name}-${size.name}.png`));
  }
  if (before) await page.setViewportSize(before);
}

/**
 * A screenshot of everything the screen holds: the window is made as tall
 * as the content of its scrolling boxes (the screen, the chat's message
 * list) for the picture, then put back, each box at the place it was
 * scrolled to. Over a modal dialog it is the dialog that scrolls, and the
 * picture shows the window.
 */
export async function shootWhole(page: Page, path: string): Promise<void> {
  const size = page.viewportSize();
  const modal = await page.locator('dialog:modal').count();
  if (!size || modal > 0) {
    await page.screenshot({ path });
    return;
  }
  const scrollers = page.locator('.screen, .chat-scroll');
  const places = await scrollers.evaluateAll((els) => els.map((el) => el.scrollTop));
  // What does not fit in the boxes now; growing the window can reflow, so measure again.
  const hidden = () =>
    scrollers.evaluateAll((els) =>
      Math.max(0, ...els.map((el) => (el.getClientRects().length ? el.scrollHeight - el.clientHeight : 0))),
    );
  let height = size.height;
  for (let i = 0, more = await hidden(); i < 4 && more > 1 && height < 16_000; i++, more = await hidden()) {
    height = Math.min(16_000, height + Math.ceil(more));
    await page.setViewportSize({ width: size.width, height });
    await page.waitForTimeout(60);
  }
  await page.screenshot({ path });
  if (height !== size.height) {
    await page.setViewportSize(size);
    await scrollers.evaluateAll((els, tops) => els.forEach((el, i) => (el.scrollTop = tops[i] ?? 0)), places);
    await page.waitForTimeout(60);
  }
}

/** True when the page is wider than the window (something would be cut off or need sideways scrolling). */
export function overflowsSideways(page: Page): Promise<boolean> {
  return page.evaluate(() => document.documentElement.scrollWidth > window.innerWidth + 1);
}
