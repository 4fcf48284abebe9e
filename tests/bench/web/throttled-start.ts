// Timings on a slow phone over a slow network: Chromium's DevTools throttling
// with the Lighthouse mobile profile's figures (150 ms round trip, 1.6 Mbps
// down, 750 Kbps up, CPU 4× slower).
import type { BrowserContext, Page } from 'playwright-core';
import { playReadyAt, playToFirstMessage, type JourneyResult } from './journey';
import { PLAY_READY } from './route';

const KBPS = 1024 / 8; // bytes per second in one kilobit per second, as Lighthouse counts it

export const THROTTLING = {
  latencyMs: 150,
  downloadKbps: 1.6 * 1024,
  uploadKbps: 750,
  cpuSlowdown: 4,
};

async function throttle(context: BrowserContext, page: Page): Promise<void> {
  const cdp = await context.newCDPSession(page);
  await cdp.send('Network.enable');
  await cdp.send('Network.emulateNetworkConditions', {
    offline: false,
    latency: THROTTLING.latencyMs,
    downloadThroughput: THROTTLING.downloadKbps * KBPS,
    uploadThroughput: THROTTLING.uploadKbps * KBPS,
  });
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: THROTTLING.cpuSlowdown });
}

/** First visit (fresh profile, nothing cached): Play tap to the first chat message. */
export async function throttledJourney(
  context: BrowserContext,
  url: string,
  readingPauses: boolean,
): Promise<JourneyResult> {
  const page = await context.newPage();
  await throttle(context, page);
  await page.goto(url, { waitUntil: 'load', timeout: 120_000 });
  // The child looks at the title before tapping; loading done by then is not waiting.
  await page.waitForLoadState('networkidle').catch(() => undefined);
  const result = await playToFirstMessage(page, { stepTimeoutMs: 90_000, readingPauses });
  await page.close();
  return result;
}

/**
 * Repeat visit: the page was opened once before (HTTP cache and any service
 * worker warm), then opened again on the throttled profile. Returns the time
 * from the start of that navigation until the Play button is usable, in ms.
 */
export async function throttledRepeatVisit(context: BrowserContext, url: string): Promise<number | null> {
  const page = await context.newPage();
  await page.goto(url, { waitUntil: 'load' });
  await page.waitForLoadState('networkidle').catch(() => undefined);
  await page.waitForTimeout(1000); // let a service worker finish installing, if there is one
  await throttle(context, page);
  await page.goto('about:blank');
  await page.goto(url, { waitUntil: 'load', timeout: 60_000 });
  await page.locator(PLAY_READY).waitFor({ timeout: 60_000 });
  const at = await playReadyAt(page);
  await page.close();
  return at;
}
