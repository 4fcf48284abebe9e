// Lighthouse 12.2.3 on its default mobile preset (Moto G Power screen,
// simulated Slow 4G and 4× CPU slowdown) against the title page, which is
// what a child's browser loads first.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { CHROMIUM_PATH } from './chromium';

export interface LighthouseRun {
  performance: number;
  accessibility: number;
  metrics: Record<string, number>;
  /** Accessibility audits that failed, by id, so a score below 100 is actionable. */
  failedAccessibility: string[];
}

const METRICS = [
  'first-contentful-paint',
  'largest-contentful-paint',
  'total-blocking-time',
  'cumulative-layout-shift',
  'speed-index',
] as const;

export async function runLighthouse(url: string): Promise<LighthouseRun> {
  const userDataDir = mkdtempSync(join(tmpdir(), 'escudo-lh-'));
  const chrome = await chromeLauncher.launch({
    chromePath: CHROMIUM_PATH,
    userDataDir,
    chromeFlags: [
      '--headless=new',
      '--no-sandbox',
      '--disable-gpu',
      '--enable-unsafe-swiftshader',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
  try {
    const result = await lighthouse(url, {
      port: chrome.port,
      output: 'json',
      logLevel: 'error',
      onlyCategories: ['performance', 'accessibility'],
    });
    if (!result) throw new Error('Lighthouse returned no result');
    const lhr = result.lhr;
    if (lhr.runtimeError) throw new Error(`Lighthouse: ${lhr.runtimeError.code} ${lhr.runtimeError.message}`);
    const metrics: Record<string, number> = {};
    for (const id of METRICS) metrics[id] = lhr.audits[id]?.numericValue ?? Number.NaN;
    const a11yRefs = lhr.categories.accessibility?.auditRefs ?? [];
    const failedAccessibility = a11yRefs
      .filter((ref) => ref.weight > 0 && lhr.audits[ref.id]?.score === 0)
      .map((ref) => ref.id);
    return {
      performance: Math.round((lhr.categories.performance?.score ?? 0) * 100),
      accessibility: Math.round((lhr.categories.accessibility?.score ?? 0) * 100),
      metrics,
      failedAccessibility,
    };
  } finally {
    chrome.kill();
    try {
      rmSync(userDataDir, { recursive: true, force: true, maxRetries: 5, retryDelay: 200 });
    } catch {
      // A leftover temporary profile is harmless.
    }
  }
}
