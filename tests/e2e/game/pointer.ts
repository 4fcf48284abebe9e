/**
 * The example story played to an ending with a mouse (laptop) and with
 * touch (phone), without the keyboard: every control a child uses there is
 * reachable by pointer, and the debrief arrives.
 */
import type { Browser, Page } from 'playwright-core';
import { openGame } from './driver';
import type { Report } from './report';

const STORY = 'first-tournament';

type Use = (page: Page, selector: string) => Promise<void>;
const click: Use = (page, selector) => page.click(selector);
const tap: Use = (page, selector) => page.tap(selector);

async function playByPointer(page: Page, use: Use, flagged: (ok: boolean) => void): Promise<string> {
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
  flagged((await page.$$('[role="log"] li.flagged')).length === 1);
  for (let turn = 0; turn < 40; turn++) {
    const next = await page.waitForSelector(
      '[data-testid="see-debrief"], [data-testid="choice"]:not([disabled])',
    );
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
    const title = await playByPointer(g.page, how === 'touch' ? tap : click, (ok) =>
      report.check(`a message flagged by ${how}`, ok),
    );
    report.check(`played to an ending by ${how}`, title.length > 0, title);
    report.check('no page error', g.pageErrors.length === 0, g.pageErrors);
  } finally {
    await g.close();
  }
}
