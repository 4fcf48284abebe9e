/** The journeys the browser tests take, keyboard only. */
import type { Browser, Page } from 'playwright-core';
import { axe, openGame, overflowsSideways, press, shootAllSizes, tabTo, type GamePage } from './driver';
import { fragment, scenarioLines, type Lines } from './expected-text';
import type { Report } from './report';
import { StoryGraph } from './story-graph';

const STORY = 'first-tournament';

/** Screens pictured in docs/screens.md (refreshed with E2E_DOCS=1). */
const DOC_SHOTS: Record<string, string[]> = {
  en: [
    '01-title',
    '02-profile',
    '03-hub',
    '04-content-note',
    '05-chat',
    '06-flag-dialog',
    '07-flag-feedback',
    '08-quick-exit',
    '10-debrief',
    '13-settings',
  ],
  es: ['05-chat', '11-chat-blocked'],
  'pt-BR': ['01-title', '12-debrief-second', '16-data-loaded'],
};

/** axe + screenshots of the screen showing now. */
export async function screen(g: GamePage, lang: string, name: string, report: Report): Promise<void> {
  const violations = await axe(g.page);
  report.check(`axe: no serious/critical violations on ${name}`, violations.length === 0, violations);
  await shootAllSizes(g.page, lang, name);
  if (process.env.E2E_DOCS === '1' && DOC_SHOTS[lang]?.includes(name)) {
    const before = g.page.viewportSize();
    await g.page.setViewportSize({ width: 360, height: 740 });
    await g.page.waitForTimeout(150);
    await g.page.screenshot({ path: `docs/screens/${lang}-${name}.png` });
    if (before) await g.page.setViewportSize(before);
  }
}

/**
 * Waits until the chat offers choices or an ending. It presses nothing: a key
 * pressed while messages arrive could land on a choice that just appeared.
 */
async function waitForTurn(page: Page, timeoutMs = 60000): Promise<'choices' | 'ending'> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    const state = await page.evaluate(() => {
      const hurry = document.querySelector<HTMLElement>('[data-testid="hurry"]');
      if (hurry && !hurry.hidden) return 'busy';
      if (document.querySelector('[data-testid="see-debrief"]')) return 'ending';
      if (document.querySelector('[data-testid="choice"]')) return 'choices';
      return 'busy';
    });
    if (state !== 'busy') return state;
    await page.waitForTimeout(50);
  }
  await page.screenshot({ path: `test-output/failure-${Date.now()}.png` });
  const html = await page.evaluate(() => document.querySelector('.chat-bottom')?.outerHTML.slice(0, 600));
  throw new Error(`The chat never offered a choice (bottom of the chat: ${html})`);
}

/** Settings → message speed ("fast" or "at once"), by keyboard: the select is focused, then arrowed down. */
export async function messageSpeed(page: Page, speed: 'fast' | 'instant'): Promise<void> {
  await press(page, '[data-testid="open-settings"]');
  await page.waitForSelector('[data-testid="screen-settings"]');
  await tabTo(page, '[data-testid="setting-messageSpeed"]');
  for (let i = 0; i < (speed === 'fast' ? 1 : 2); i++) await page.keyboard.press('ArrowDown');
  await page.waitForFunction(
    (want) =>
      (document.querySelector('[data-testid="setting-messageSpeed"]') as HTMLSelectElement).value === want,
    speed,
  );
  await press(page, '[data-testid="back"]');
}

/** Message ids on screen, in order. */
function messageIds(page: Page): Promise<string[]> {
  return page.$$eval('[role="log"] [data-testid="message"]', (els) =>
    els.map((e) => (e as HTMLElement).dataset.message ?? ''),
  );
}

async function checkAccessibilityTree(
  page: Page,
  lines: Lines,
  nickname: string,
  report: Report,
): Promise<void> {
  const log = await page.locator('[role="log"]').ariaSnapshot();
  const ids = await messageIds(page);
  const missing = ids.filter(
    (id) => lines[id] !== undefined && !log.includes(fragment(lines[id]!, nickname)),
  );
  report.check('accessibility tree holds every message', ids.length > 0 && missing.length === 0, missing);
  const choices = await page.locator('[data-testid="choices"]').ariaSnapshot();
  const choiceIds = await page.$$eval('[data-testid="choice"]', (els) =>
    els.map((e) => e.getAttribute('data-choice') ?? ''),
  );
  const missingChoices = choiceIds.filter((id) => !choices.includes(fragment(lines[id] ?? '?', nickname)));
  report.check(
    'accessibility tree holds every choice as a button',
    choiceIds.length > 0 && missingChoices.length === 0 && /button/.test(choices),
    missingChoices,
  );
}

/**
 * Plays on until an ending: either always the first choice, or steering
 * towards an ending not in `avoid`. Returns the ending's node id.
 */
export async function playToEnding(
  page: Page,
  pick: 'first' | ((ids: string[]) => string | undefined),
): Promise<string> {
  for (let turn = 0; turn < 40; turn++) {
    if ((await waitForTurn(page)) === 'ending')
      return (await page.getAttribute('[data-testid="ending-card"]', 'data-ending')) ?? '';
    const ids = await page.$$eval('[data-testid="choice"]:not([disabled])', (els) =>
      els.map((e) => e.getAttribute('data-choice') ?? ''),
    );
    const id = pick === 'first' ? ids[0] : pick(ids);
    await press(page, `[data-choice="${id}"]`);
  }
  throw new Error('No ending after 40 turns');
}

async function endingTitle(page: Page): Promise<string> {
  await page.waitForSelector('[data-testid="screen-debrief"] h1');
  return (await page.textContent('[data-testid="screen-debrief"] h1'))?.trim() ?? '';
}

export async function playLanguage(
  browser: Browser,
  origin: string,
  lang: string,
  report: Report,
): Promise<void> {
  const g = await openGame(browser, origin, lang);
  const { page } = g;
  const lines = scenarioLines(STORY, lang);
  const graph = new StoryGraph(STORY);
  try {
    // Title
    await page.waitForSelector('[data-testid="play"]:not([disabled])');
    report.check('title is in the chosen language', (await page.getAttribute('html', 'lang')) === lang);
    await screen(g, lang, '01-title', report);
    await press(page, '[data-testid="play"]');

    // Profile
    await page.waitForSelector('[data-testid="screen-profile"]');
    await screen(g, lang, '02-profile', report);
    const nickname = (await page.inputValue('[data-testid="nickname"]')).trim();
    report.check('a nickname is suggested', nickname.length >= 2, nickname);
    await tabTo(page, '[data-testid="band-7-11"]');
    await page.keyboard.press('ArrowRight'); // 11–14: the example story's band
    report.check('age band picked with the keyboard', await page.isChecked('[data-testid="band-11-14"]'));
    await press(page, '[data-testid="create-profile"]');

    // Hub and content note
    await page.waitForSelector('[data-testid="screen-hub"]');
    await screen(g, lang, '03-hub', report);
    // One language plays with the typing pace (fast), the others "at once".
    const paced = lang === 'es';
    await messageSpeed(page, paced ? 'fast' : 'instant');
    await page.waitForSelector('[data-testid="screen-hub"]');
    await press(page, `[data-testid="play-${STORY}"]`);
    await page.waitForSelector('[data-testid="content-note"]');
    await screen(g, lang, '04-content-note', report);
    await press(page, '[data-testid="content-note-start"]');

    // Chat
    await page.waitForSelector('[data-testid="screen-chat"]');
    await waitForTurn(page);
    await screen(g, lang, '05-chat', report);
    await checkAccessibilityTree(page, lines, nickname, report);

    // Flag the first message (11–14: pick a sign, or "not sure")
    await press(page, '[data-testid="flag"]');
    await page.waitForSelector('[data-testid="flag-dialog"]');
    await screen(g, lang, '06-flag-dialog', report);
    await press(page, '[data-testid="sign-unsure"]');
    await page.waitForSelector('[data-testid="flag-feedback"]:not([hidden])');
    await page.waitForTimeout(100);
    report.check(
      'flag feedback is announced',
      ((await page.textContent('[data-testid="announcer"]')) ?? '').trim().length > 0,
    );
    report.check('the flagged message is marked', (await page.$$('[role="log"] li.flagged')).length === 1);
    await screen(g, lang, '07-flag-feedback', report);
    await press(page, '[data-testid="flag-ok"]');

    // One choice, then reload mid-story: it resumes at the same message.
    await waitForTurn(page);
    const first = await page.getAttribute('[data-testid="choice"]:not([disabled])', 'data-choice');
    await press(page, `[data-choice="${first}"]`);
    if (paced) {
      // The contact is typing; the focused "faster" button hurries the messages.
      await page.waitForSelector('[data-testid="hurry"]:not([hidden])');
      report.check('typing indicator shows while the contact types', await page.isVisible('.typing'));
      report.check(
        'status says typing',
        ((await page.textContent('[data-testid="chat-status"]')) ?? '').length > 0,
      );
      await shootAllSizes(page, lang, '05b-chat-typing');
      if (await page.evaluate(() => document.activeElement?.getAttribute('data-testid') === 'hurry'))
        await page.keyboard.press('Space');
    }
    await waitForTurn(page);
    const before = await messageIds(page);
    await page.reload();
    await page.waitForSelector('[data-testid="play"]:not([disabled])');
    await press(page, '[data-testid="play"]');
    await page.waitForSelector('[data-testid="screen-hub"]');
    await press(page, `[data-testid="continue-${STORY}"]`);
    await page.waitForSelector('[data-testid="screen-chat"] [data-testid="choice"]');
    const after = await messageIds(page);
    report.check(
      'reload mid-story resumes at the same message',
      after.length === before.length && after.at(-1) === before.at(-1),
      { before: before.at(-1), after: after.at(-1) },
    );
    report.check('the flag survived the reload', (await page.$$('[role="log"] li.flagged')).length === 1);

    // Quick exit: Escape twice hides everything behind a neutral page.
    await page.keyboard.press('Escape');
    await page.keyboard.press('Escape');
    await page.waitForSelector('[data-testid="quick-exit-cover"]:not([hidden])');
    const hidden = await page.evaluate(() => (document.querySelector('.screen-host') as HTMLElement).inert);
    report.check('quick exit hides the chat', hidden);
    report.check(
      'quick exit page has no game name',
      !(await page.textContent('[data-testid="quick-exit-cover"]'))?.includes('Escudo'),
    );
    report.check('quick exit changes the tab title', (await page.title()) !== 'Escudo');
    await screen(g, lang, '08-quick-exit', report);
    await press(page, '[data-testid="quick-exit-back"]');
    await page.waitForSelector('[data-testid="quick-exit-cover"][hidden]', { state: 'attached' });

    // Ending one: always the first choice.
    const nodeA = await playToEnding(page, 'first');
    await screen(g, lang, '09-chat-ending', report);
    await press(page, '[data-testid="see-debrief"]');
    const endingA = await endingTitle(page);
    await screen(g, lang, '10-debrief', report);
    report.check('debrief shows a help card', await page.isVisible('[data-testid="help-card"]'));

    // Ending two: replay, block at once, then steer towards another ending.
    await press(page, '[data-testid="replay"]');
    await page.waitForSelector('[data-testid="screen-chat"]');
    await waitForTurn(page);
    await press(page, '[data-testid="action-block"]');
    await waitForTurn(page);
    await screen(g, lang, '11-chat-blocked', report);
    const nodeB = await playToEnding(page, (ids) => graph.choiceToward(ids, new Set([nodeA])));
    report.check('the second ending is another node', nodeA !== nodeB, { nodeA, nodeB });
    await press(page, '[data-testid="see-debrief"]');
    const endingB = await endingTitle(page);
    report.check('two different endings reached', endingA !== '' && endingB !== '' && endingA !== endingB, {
      endingA,
      endingB,
    });
    report.check(
      'the block is recorded as a protective action',
      await page.isVisible('[data-testid="actions-taken"]'),
    );
    report.check(
      'debrief lists the block',
      ((await page.textContent('[data-testid="actions-taken"]')) ?? '').length > 0,
    );
    await screen(g, lang, '12-debrief-second', report);

    // Settings
    await press(page, '[data-testid="open-settings"]');
    await page.waitForSelector('[data-testid="screen-settings"]');
    await screen(g, lang, '13-settings', report);
    // Saved progress on this device (for adults), reached from the settings.
    await press(page, '[data-testid="open-data"]');
    await page.waitForSelector('[data-testid="screen-data"]');
    report.check(
      'the data page lists the player',
      (await page.textContent('[data-testid="screen-data"] .data-players'))?.includes(nickname) ?? false,
    );
    await screen(g, lang, '14-data', report);
    await press(page, '[data-testid="back"]');
    await page.waitForSelector('[data-testid="screen-settings"]');
    await press(page, '[data-testid="back"]');
    await page.waitForSelector('[data-testid="screen-debrief"], [data-testid="screen-hub"]');

    // Offline (en only, to keep the run short): the game still opens from the device.
    if (lang === 'en') {
      await page.waitForTimeout(3500); // the page hands its files to the service worker
      await g.context.setOffline(true);
      await page.reload();
      await page.waitForSelector('[data-testid="play"]:not([disabled])');
      await press(page, '[data-testid="play"]');
      const offline = await page
        .waitForSelector('[data-testid="screen-hub"]', { timeout: 15000 })
        .then(() => true)
        .catch(() => false);
      report.check('the game opens offline after a visit (service worker)', offline);
      await g.context.setOffline(false);
    }

    // Only our own origin; no CSP violation; no page error.
    const foreign = g.requests.filter(
      (u) => !u.startsWith(origin) && !u.startsWith('data:') && !u.startsWith('blob:'),
    );
    report.check('no request leaves the origin', foreign.length === 0, foreign);
    const csp = await g.cspViolations();
    report.check('no CSP violation', csp.length === 0, csp);
    report.check('no page error', g.pageErrors.length === 0, g.pageErrors);
  } finally {
    await g.close();
  }
}

/** 200 % text on a 320 px wide screen: nothing needs sideways scrolling. */
export async function largeTextAndNarrowScreen(
  browser: Browser,
  origin: string,
  report: Report,
): Promise<void> {
  const lang = 'es';
  // This short run keeps the backdrop's motion on (the others reduce it to save time).
  const g = await openGame(browser, origin, lang, 'no-preference');
  const { page } = g;
  try {
    await page.setViewportSize({ width: 320, height: 640 });
    await page.waitForSelector('[data-testid="play"]:not([disabled])');
    await press(page, '[data-testid="play"]');
    await page.waitForSelector('[data-testid="screen-profile"]');
    await press(page, '[data-testid="open-settings"]');
    await page.waitForSelector('[data-testid="screen-settings"]');
    await tabTo(page, '[data-testid="setting-textScale"]');
    await page.keyboard.press('End');
    report.check(
      'text size set to 200 %',
      (await page.evaluate(() => getComputedStyle(document.documentElement).fontSize)) === '32px',
    );
    const shots = `${lang}-200pct-320px`;
    const check = async (name: string) => {
      report.check(`no sideways overflow on ${name} at 200 % / 320 px`, !(await overflowsSideways(page)));
      await page.screenshot({
        path: `test-output/screenshots/${shots}-${name}.png`,
        fullPage: !name.startsWith('chat'),
      });
    };
    // High contrast and easier-to-read letters on too, by keyboard.
    await tabTo(page, '[data-testid="setting-highContrast"]');
    await page.keyboard.press('Space');
    await tabTo(page, '[data-testid="setting-dyslexiaFont"]');
    await page.keyboard.press('Space');
    report.check(
      'high contrast and reading font apply',
      await page.evaluate(
        () =>
          document.documentElement.classList.contains('high-contrast') &&
          document.documentElement.classList.contains('dyslexia-font'),
      ),
    );
    report.check(
      'axe: no serious/critical violations in high contrast',
      (await axe(page)).length === 0,
      await axe(page),
    );
    await check('settings');
    // The saved-progress page, in the same large, high-contrast text.
    await press(page, '[data-testid="open-data"]');
    await page.waitForSelector('[data-testid="screen-data"]');
    await check('data');
    report.check(
      'axe: no serious/critical violations on the saved-progress page in high contrast',
      (await axe(page)).length === 0,
      await axe(page),
    );
    await press(page, '[data-testid="back"]');
    await page.waitForSelector('[data-testid="screen-settings"]');
    await press(page, '[data-testid="back"]');
    await page.waitForSelector('[data-testid="screen-profile"]');
    await check('profile');
    await tabTo(page, '[data-testid="band-7-11"]');
    await page.keyboard.press('ArrowRight');
    await press(page, '[data-testid="create-profile"]');
    await page.waitForSelector('[data-testid="screen-hub"]');
    await check('hub');
    await press(page, `[data-testid="play-${STORY}"]`);
    await press(page, '[data-testid="content-note-start"]');
    await waitForTurn(page);
    await check('chat');
    report.check(
      'axe: no serious/critical violations on the chat in high contrast',
      (await axe(page)).length === 0,
      await axe(page),
    );
  } finally {
    await g.close();
  }
}
