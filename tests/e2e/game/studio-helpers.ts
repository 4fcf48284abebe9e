/**
 * What the studio's browser tests share: the studio's own words in a
 * language, "seen by a person" (visible and inside the window), and
 * screenshots at laptop sizes into test-output/screenshots/<lang>/.
 */
import { mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Locator, Page } from '@playwright/test';
import { expect } from './fixtures';
import { SHOTS_DIR } from './screens';

export const studioText = (lang: string): Record<string, string> =>
  JSON.parse(readFileSync(`assets/locales/${lang}/studio.json`, 'utf8'));

/** Seen by a person: shown, and inside the window (after scrolling its box if needed). */
export async function seen(target: Locator, what?: string): Promise<void> {
  await expect(target, what).toBeVisible();
  await target.scrollIntoViewIfNeeded();
  await expect(target, what).toBeInViewport();
}

export const LAPTOP_SIZES = [
  { width: 1366, height: 768 },
  { width: 1920, height: 1080 },
];

/** Photographs the page at each size (the window goes back to its size after). */
export async function shoot(
  page: Page,
  lang: string,
  name: string,
  sizes: readonly { width: number; height: number }[] = LAPTOP_SIZES,
): Promise<string[]> {
  const dir = join(SHOTS_DIR, lang);
  mkdirSync(dir, { recursive: true });
  const before = page.viewportSize();
  const paths: string[] = [];
  for (const size of sizes) {
    await page.setViewportSize(size);
    await page.waitForTimeout(150);
    const path = join(dir, `${name}-${size.width}x${size.height}.png`);
    await page.screenshot({ path });
    paths.push(path);
  }
  if (before) await page.setViewportSize(before);
  return paths;
}
