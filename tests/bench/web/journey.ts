// Drives the game from the Play tap to the first chat message, and measures
// how long the child waits along the way. Timestamps are taken inside the
// page (pointer down, and the moment each screen's marker becomes visible),
// so the benchmark's own clicking speed is not counted as loading time.
import type { BrowserContext, Page } from 'playwright-core';
import { FIRST_MESSAGE, PLAY, PLAY_READY, ROUTE } from './route';

export interface StepTiming {
  /** The screen reached, or "first message". */
  reached: string;
  /** From the tap that left the previous screen to this one being visible. */
  waitMs: number;
}

export type JourneyResult =
  | {
      ok: true;
      /** Sum of waits: what the child spends waiting between Play and the first message. */
      waitMs: number;
      /** Play tap to first message including the benchmark's clicks on the screens between. */
      wallMs: number;
      steps: StepTiming[];
      /** Requests made after the Play tap, in ms from it: where the waiting goes. */
      requests: RequestTiming[];
    }
  | { ok: false; reason: string };

export interface RequestTiming {
  path: string;
  startMs: number;
  endMs: number;
  /** Bytes over the wire (0 when served from a cache). */
  transferBytes: number;
}

interface Recorder {
  clicks: number[];
  seen: Record<string, number>;
  watch: string[];
}

// The recorder runs inside the page. It is plain JavaScript text rather than
// a function because tsx (esbuild) wraps named inner functions in a helper
// that does not exist in the browser.
const RECORDER = `
(() => {
  const rec = { clicks: [], seen: {}, watch: WATCH };
  window.__escudoBench = rec;
  const visible = (el) =>
    typeof el.checkVisibility === 'function' ? el.checkVisibility({ visibilityProperty: true }) : el.getClientRects().length > 0;
  const check = () => {
    for (const sel of rec.watch) {
      if (sel in rec.seen) continue;
      if (Array.from(document.querySelectorAll(sel)).some(visible)) rec.seen[sel] = performance.now();
    }
  };
  document.addEventListener('pointerdown', () => rec.clicks.push(performance.now()), { capture: true });
  new MutationObserver(check).observe(document, { subtree: true, childList: true, attributes: true, characterData: true });
})();
`;

/** Installs the in-page recorder; call before the first navigation. */
export async function installRecorder(context: BrowserContext): Promise<void> {
  const watch = [PLAY_READY, FIRST_MESSAGE, ...ROUTE.map((s) => s.when)];
  await context.addInitScript({ content: RECORDER.replace('WATCH', JSON.stringify(watch)) });
}

/** When (ms since this page's navigation started) the Play button became usable, if seen. */
export async function playReadyAt(page: Page): Promise<number | null> {
  const rec = await recorder(page);
  return rec.seen[PLAY_READY] ?? null;
}

async function recorder(page: Page): Promise<Recorder> {
  return page.evaluate(() => (window as unknown as { __escudoBench: Recorder }).__escudoBench);
}

/** Waits until one of the markers is visible; returns its selector or null on timeout. */
async function nextMarker(page: Page, selectors: string[], timeoutMs: number): Promise<string | null> {
  try {
    const handle = await page.waitForFunction(
      (sels: string[]) => {
        for (const sel of sels) {
          for (const el of Array.from(document.querySelectorAll(sel))) {
            const shown =
              typeof el.checkVisibility === 'function'
                ? el.checkVisibility({ visibilityProperty: true })
                : el.getClientRects().length > 0;
            if (shown) return sel;
          }
        }
        return null;
      },
      selectors,
      { timeout: timeoutMs, polling: 50 },
    );
    return (await handle.jsonValue()) as string;
  } catch {
    return null;
  }
}

async function firstVisible(page: Page, alternatives: string[]): Promise<string | null> {
  for (const sel of alternatives) {
    if (await page.locator(sel).locator('visible=true').count()) return sel;
  }
  return null;
}

async function firstPresent(page: Page, alternatives: string[]): Promise<string | null> {
  for (const sel of alternatives) {
    if (await page.locator(sel).count()) return sel;
  }
  return null;
}

async function whereAmI(page: Page): Promise<string> {
  return page
    .evaluate(() => {
      const screen =
        document.querySelector('[data-screen]')?.getAttribute('data-screen') ??
        document.querySelector('[data-testid^="screen-"]')?.getAttribute('data-testid');
      const error = document.querySelector('#title-error:not([hidden])')?.textContent;
      return [screen ? `screen "${screen}"` : 'no game screen', error ? `title error "${error}"` : '']
        .filter(Boolean)
        .join(', ');
    })
    .catch(() => 'page not readable');
}

export interface JourneyOptions {
  stepTimeoutMs?: number;
  /**
   * Before tapping on each screen, wait until the network has been quiet for
   * a moment (at most 10 s), as a child reading the screen would. Without
   * this, background downloads started by one screen (the Phaser backdrop)
   * still compete for the slow link when the benchmark taps instantly.
   */
  readingPauses?: boolean;
}

/** Counts the page's requests in flight, to tell when the network is quiet. */
function trackRequests(page: Page): { quiet(): Promise<void> } {
  let inFlight = 0;
  let lastChange = Date.now();
  const change = (delta: number) => {
    inFlight = Math.max(0, inFlight + delta);
    lastChange = Date.now();
  };
  page.on('request', () => change(1));
  page.on('requestfinished', () => change(-1));
  page.on('requestfailed', () => change(-1));
  return {
    async quiet(quietMs = 500, maxMs = 10_000) {
      const start = Date.now();
      while (Date.now() - start < maxMs) {
        if (inFlight === 0 && Date.now() - lastChange >= quietMs) return;
        await page.waitForTimeout(100);
      }
    },
  };
}

export async function playToFirstMessage(page: Page, options: JourneyOptions = {}): Promise<JourneyResult> {
  const stepTimeoutMs = options.stepTimeoutMs ?? 60_000;
  const network = trackRequests(page);
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  const fail = async (why: string): Promise<JourneyResult> => ({
    ok: false,
    reason: `${why} (${await whereAmI(page)}${errors.length ? `; page errors: ${errors.slice(0, 3).join(' | ')}` : ''})`,
  });

  try {
    await page.locator(PLAY_READY).waitFor({ state: 'visible', timeout: stepTimeoutMs });
  } catch {
    return fail(`no enabled Play button (${PLAY}) on the title page`);
  }
  await page.locator(PLAY).click();

  const markers = [FIRST_MESSAGE, ...ROUTE.map((s) => s.when)];
  const steps: StepTiming[] = [];
  const done = new Set<string>();
  // When the current wait began: the tap that left the previous screen, or,
  // after a screen the player does nothing on, the moment it appeared.
  let waitFrom: { click: number } | { at: number } = { click: 0 };
  for (let guard = 0; guard <= ROUTE.length; guard++) {
    const marker = await nextMarker(
      page,
      markers.filter((m) => !done.has(m)),
      stepTimeoutMs,
    );
    if (!marker) {
      const after = steps.length ? `after the ${steps[steps.length - 1]!.reached} screen` : 'after Play';
      return fail(`nothing expected appeared ${after} within ${stepTimeoutMs / 1000} s`);
    }
    const rec = await recorder(page);
    const left = 'at' in waitFrom ? waitFrom.at : (rec.clicks[waitFrom.click] ?? rec.clicks[0] ?? 0);
    const shownAt = rec.seen[marker] ?? (await page.evaluate(() => performance.now()));
    const step = ROUTE.find((s) => s.when === marker);
    steps.push({ reached: step ? step.name : 'first message', waitMs: Math.max(0, shownAt - left) });
    if (!step) {
      const playAt = rec.clicks[0] ?? left;
      // Resource Timing shares the recorder's clock (ms since navigation start).
      const entries = await page.evaluate(() =>
        (performance.getEntriesByType('resource') as PerformanceResourceTiming[]).map(
          (e) => [e.name, e.startTime, e.responseEnd, e.transferSize] as const,
        ),
      );
      const requests = entries
        .filter(([, start]) => start >= playAt)
        .map(([name, start, end, bytes]) => ({
          path: new URL(name).pathname,
          startMs: Math.round(start - playAt),
          endMs: Math.round(end - playAt),
          transferBytes: bytes,
        }));
      return {
        ok: true,
        waitMs: steps.reduce((sum, s) => sum + s.waitMs, 0),
        wallMs: shownAt - playAt,
        steps,
        requests,
      };
    }
    done.add(marker);
    if (options.readingPauses && step.actions.length) await network.quiet();
    if (!step.actions.length) waitFrom = { at: shownAt };
    for (const action of step.actions) {
      const check = 'check' in action;
      const alternatives = check ? action.check : action.click;
      // Radio buttons are often visually hidden behind styled labels: only require them to exist.
      const target = check ? await firstPresent(page, alternatives) : await firstVisible(page, alternatives);
      try {
        if (!target) throw new Error('none present');
        if (check) await page.locator(target).first().check({ force: true, timeout: stepTimeoutMs });
        else await page.locator(target).locator('visible=true').first().click({ timeout: stepTimeoutMs });
      } catch {
        return fail(
          `on the ${step.name} screen, could not ${check ? 'tick' : 'click'} any of ${alternatives.join(' | ')}`,
        );
      }
    }
    // The wait for the next screen starts at this screen's last tap (the one
    // that leaves it), not at earlier taps such as choosing an age band.
    if (step.actions.length) waitFrom = { click: Math.max(0, (await recorder(page)).clicks.length - 1) };
  }
  return fail('went through every known screen without seeing a chat message');
}
