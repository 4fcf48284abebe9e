// Measures what the game downloads: the JavaScript the title page needs
// before Play, and everything fetched from opening the page to the first
// chat message. Sizes are gzip sizes of each response body (what a host
// serving gzip sends), computed here so they don't depend on the server.
import { gzipSync } from 'node:zlib';
import type { BrowserContext, Response } from 'playwright-core';
import { playToFirstMessage, type JourneyResult } from './journey';

export interface FileSize {
  url: string;
  kind: string;
  bytes: number;
  gzipBytes: number;
}

export interface DownloadResult {
  jsBeforePlay: FileSize[];
  toFirstMessage: FileSize[];
  journey: JourneyResult;
  /** Live JavaScript heap (after garbage collection) when the first message is shown. */
  heapBytes: number | null;
}

/** Types that are stored compressed already: gzip would not shrink them. */
const PRECOMPRESSED = /\.(png|jpe?g|webp|avif|gif|woff2?|mp3|ogg|m4a|mp4|webm)(\?|$)/i;

function kindOf(response: Response): string {
  const type = response.request().resourceType();
  return type === 'other' ? (response.headers()['content-type'] ?? 'other').split(';')[0]! : type;
}

async function sizeOf(response: Response): Promise<FileSize | null> {
  const url = response.url();
  if (!url.startsWith('http')) return null; // data: and blob: cost no download
  const body = await response.body().catch(() => null);
  if (!body) return null;
  const gzipBytes = PRECOMPRESSED.test(url)
    ? body.length
    : Math.min(body.length, gzipSync(body, { level: 9 }).length);
  return { url, kind: kindOf(response), bytes: body.length, gzipBytes };
}

export function total(files: FileSize[]): number {
  return files.reduce((sum, f) => sum + f.gzipBytes, 0);
}

export async function measureDownloads(context: BrowserContext, url: string): Promise<DownloadResult> {
  const pending: Promise<FileSize | null>[] = [];
  context.on('response', (r) => pending.push(sizeOf(r)));
  const page = await context.newPage();
  await page.goto(url, { waitUntil: 'load' });
  // Let the title page finish whatever it loads on its own (idle prefetch too).
  await page.waitForLoadState('networkidle').catch(() => undefined);
  await page.waitForTimeout(1000);
  const beforePlay = (await Promise.all(pending.splice(0))).filter((f): f is FileSize => f !== null);
  // Reading pauses: background downloads started on a screen are counted either way.
  const journey = await playToFirstMessage(page, { readingPauses: true });
  const afterPlay = (await Promise.all(pending.splice(0))).filter((f): f is FileSize => f !== null);
  let heapBytes: number | null = null;
  if (journey.ok) {
    try {
      const cdp = await context.newCDPSession(page);
      await cdp.send('HeapProfiler.collectGarbage');
      heapBytes = (await cdp.send('Runtime.getHeapUsage')).usedSize;
    } catch {
      heapBytes = null;
    }
  }
  await page.close();
  return {
    jsBeforePlay: beforePlay.filter((f) => f.kind === 'script' || /\.m?js(\?|$)/.test(f.url)),
    toFirstMessage: [...beforePlay, ...afterPlay],
    journey,
    heapBytes,
  };
}
