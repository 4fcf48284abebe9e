// Launches Debian's Chromium through playwright-core with the project's
// standard flags and a fresh profile, so every measurement starts cold.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type BrowserContext } from 'playwright-core';

export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

export const CHROMIUM_FLAGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--enable-unsafe-swiftshader',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

/** A phone-sized context, like the Lighthouse mobile preset's Moto G Power. */
export const MOBILE_VIEWPORT = { width: 412, height: 823 };

export interface FreshBrowser {
  context: BrowserContext;
  close(): Promise<void>;
}

/**
 * `serviceWorkers: 'block'` for first-visit figures: the game's service
 * worker claims the page once it is installed, and from then on fetches on
 * the page's behalf. DevTools throttling does not apply to the worker's own
 * fetches, and each file would be seen twice (the worker's fetch and the
 * page's), so a first visit measured with it would look faster and heavier
 * than it is. The repeat-visit figure keeps it ('allow').
 */
export async function launchFresh(
  options: { serviceWorkers?: 'allow' | 'block' } = {},
): Promise<FreshBrowser> {
  const userDataDir = mkdtempSync(join(tmpdir(), 'escudo-bench-'));
  const context = await chromium.launchPersistentContext(userDataDir, {
    serviceWorkers: options.serviceWorkers ?? 'block',
    executablePath: CHROMIUM_PATH,
    headless: true,
    args: CHROMIUM_FLAGS,
    viewport: MOBILE_VIEWPORT,
    deviceScaleFactor: 1.75,
    isMobile: true,
    hasTouch: true,
  });
  return {
    context,
    async close() {
      await context.close().catch(() => undefined);
      try {
        rmSync(userDataDir, { recursive: true, force: true, maxRetries: 5, retryDelay: 200 });
      } catch {
        // A leftover temporary profile is harmless.
      }
    },
  };
}
