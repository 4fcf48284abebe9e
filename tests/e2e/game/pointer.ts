/**
 * The example story played to an ending with a mouse (laptop) and with
 * touch (phone), without the keyboard: every control a child uses there is
 * reachable by pointer, and the debrief arrives. On the phone the tab is
 * also closed mid-story and opened again: the story continues at the same
 * message.
 */
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { openGame } from './driver';
import type { Report } from './report';

const STORY = 'first-tournament';

type Use = (page: Page, selector: string) => Promise<void>;
const click: Use = (page, selector) => page.click(selector);
const tap: Use = (page, selector) => page.tap(selector);

const messageIds = (page: Page) =>
  page.$$eval('[role="log"] [data-testid="message"]', (els) =>
    els.map((e) => (e as HTMLElement).dataset.message ?? ''),
  );

interface Reopen {
  context: BrowserContext;
  origin: string;
  pageErrors: string[];
}

/** Closes the tab, opens the game in a new one and continues the story there. */
async function closeAndReopen(page: Page, use: Use, { context, origin, pageErrors }: Reopen): Promise<Page> {
  await page.close();
  const again = await context.newPage();
  again.on('pageerror', (e) => pageErrors.push(e.message));
  await again.goto(`${origin}/`);
  await again.waitForSelector('[data-testid="play"]:not([disabled])');
  await use(again, '[data-testid="play"]');
  await again.waitForSelector('[data-testid="screen-hub"]');
  await use(again, `[data-testid="continue-${STORY}"]`);
  await again.waitForSelector('[data-testid="screen-chat"] [data-testid="choice"]');
  return again;
}

async function playByPointer(start: Page, use: Use, report: Report, reopen?: Reopen): Promise<string> {
  let page = start;
  await page.waitForSelector('[data-testid="play"]:not([disabled])');
  await use(page, '[data-testid="play"]');
  await page.waitForSelector('[data-testid="screen-profile"]');
  await use(page, '[data-testid="band-11-14"]');
  await use(page, '[data-testid="create-profile"]');
  await page.waitForSelector('[data-testid="screen-hub"]');
  await use(page, '[data-testid="open-settings"]');
  await page.selectOption('[data-testid="setting-messageSpeed"]', 'instant');
  await use(page, '[data-testid="back"]');
  await use(page, `[data-testid="play-${STORY}"]`);
  await use(page, '[data-testid="content-note-start"]');
  await page.waitForSelector('[data-testid="screen-chat"]');
  // Flag the first message with the pointer too.
  await page.waitForSelector('[data-testid="flag"]');
  await use(page, '[data-testid="flag"]');
  await use(page, '[data-testid="sign-unsure"]');
  await use(page, '[data-testid="flag-ok"]');
  report.check('a message flagged by pointer', (await page.$$('[role="log"] li.flagged')).length === 1);
  const turnReady = '[data-testid="see-debrief"], [data-testid="choice"]:not([disabled])';
  for (let turn = 0; turn < 40; turn++) {
    let next = await page.waitForSelector(turnReady);
    if (turn === 2 && reopen && (await next.getAttribute('data-testid')) !== 'see-debrief') {
      // The story waits for a choice: close the tab here, and come back.
      const before = await messageIds(page);
      page = await closeAndReopen(page, use, reopen);
      const after = await messageIds(page);
      report.check(
        'closing the tab mid-story and opening the game again continues at the same message',
        after.length === before.length && after.at(-1) === before.at(-1),
        { before: before.at(-1), after: after.at(-1) },
      );
      next = await page.waitForSelector(turnReady);
    }
    if ((await next.getAttribute('data-testid')) === 'see-debrief') break;
    await next.scrollIntoViewIfNeeded();
    const id = await next.getAttribute('data-choice');
    await use(page, `[data-choice="${id}"]`);
    await page.waitForFunction(
      (choice) => !document.querySelector(`[data-testid="choice"][data-choice="${choice}"]`),
      id,
    );
  }
  await use(page, '[data-testid="see-debrief"]');
  await page.waitForSelector('[data-testid="screen-debrief"] h1');
  return ((await page.textContent('[data-testid="screen-debrief"] h1')) ?? '').trim();
}

export async function pointerPlay(
  browser: Browser,
  origin: string,
  report: Report,
  how: 'mouse' | 'touch',
  lang: string,
): Promise<void> {
  const g = await openGame(browser, origin, lang, 'reduce', how === 'touch' ? 'phone' : 'laptop');
  try {
    const title = await playByPointer(
      g.page,
      how === 'touch' ? tap : click,
      report,
      how === 'touch' ? { context: g.context, origin, pageErrors: g.pageErrors } : undefined,
    );
    report.check(`played to an ending by ${how}`, title.length > 0, title);
    report.check('no page error', g.pageErrors.length === 0, g.pageErrors);
  } finally {
    await g.close();
  }
}
