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

export async function launchFresh(): Promise<FreshBrowser> {
  const userDataDir = mkdtempSync(join(tmpdir(), 'escudo-bench-'));
  const context = await chromium.launchPersistentContext(userDataDir, {
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
