// Play-to-first-message time on a slow phone over a slow network: Chromium's
// DevTools throttling with the Lighthouse mobile profile's figures (150 ms
// round trip, 1.6 Mbps down, 750 Kbps up, CPU 4× slower). Each run starts
// with a fresh browser profile: a first visit, nothing cached.
import type { BrowserContext } from 'playwright-core';
import { playToFirstMessage, type JourneyResult } from './journey';

const KBPS = 1024 / 8; // bytes per second in one kilobit per second, as Lighthouse counts it

export const THROTTLING = {
  latencyMs: 150,
  downloadKbps: 1.6 * 1024,
  uploadKbps: 750,
  cpuSlowdown: 4,
};

export async function throttledJourney(context: BrowserContext, url: string): Promise<JourneyResult> {
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send('Network.enable');
  await cdp.send('Network.emulateNetworkConditions', {
    offline: false,
    latency: THROTTLING.latencyMs,
    downloadThroughput: THROTTLING.downloadKbps * KBPS,
    uploadThroughput: THROTTLING.uploadKbps * KBPS,
  });
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: THROTTLING.cpuSlowdown });
  await page.goto(url, { waitUntil: 'load', timeout: 120_000 });
  // The child looks at the title before tapping; loading done by then is not waiting.
  await page.waitForLoadState('networkidle').catch(() => undefined);
  const result = await playToFirstMessage(page, 90_000);
  await page.close();
  return result;
}
