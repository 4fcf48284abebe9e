/**
 * Each screen the journeys reach is checked with axe-core and photographed
 * at every size into test-output/screenshots/<lang>/; with E2E_DOCS=1 the
 * ones docs/screens.md shows are also written to docs/screens/ (phone size).
 */
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { seriousAxeViolations } from './axe';
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

/** axe (a soft check: the journey goes on) and screenshots of the screen showing now. */
export async function checkScreen(page: Page, lang: string, name: string): Promise<void> {
  expect.soft(await seriousAxeViolations(page), `axe: serious/critical violations on ${name}`).toEqual([]);
  await shootAllSizes(page, lang, name);
  if (process.env.E2E_DOCS === '1' && DOC_SHOTS[lang]?.includes(name)) {
    const before = page.viewportSize();
    await page.setViewportSize({ width: 360, height: 740 });
    await page.waitForTimeout(150); // the layout and backdrop settle after a resize
    await page.screenshot({ path: `docs/screens/${lang}-${name}.png` });
    if (before) await page.setViewportSize(before);
  }
}

/** Screenshots the current screen at every size, then returns to the size it had. */
export async function shootAllSizes(page: Page, lang: string, name: string): Promise<void> {
  const dir = join(SHOTS_DIR, lang);
  mkdirSync(dir, { recursive: true });
  const before = page.viewportSize();
  for (const size of SIZES) {
    await page.setViewportSize({ width: size.width, height: size.height });
    await page.waitForTimeout(120); // the layout and backdrop settle after a resize
    await page.screenshot({
      path: join(dir, `${name}-${size.name}.png`),
      fullPage: !name.startsWith('chat'),
    });
  }
  if (before) await page.setViewportSize(before);
}

/** True when the page is wider than the window (something would be cut off or need sideways scrolling). */
export function overflowsSideways(page: Page): Promise<boolean> {
  return page.evaluate(() => document.documentElement.scrollWidth > window.innerWidth + 1);
}
