/**
 * The promise "a way out is always in reach", checked at every step of a
 * real play-through of the shipped story: after each message that arrives,
 * each choice, each flag dialog and the ending, at four window sizes and at
 * 200 % text, the page does not scroll, and Quick exit, the protective
 * buttons, the replies shown and the focused control are in the window and
 * not covered (tests/e2e/lib/reachable.ts). Then the debrief and the stories
 * screen after it. Screenshots of the end of the story go to
 * test-output/reachable/.
 *
 * Run: npx playwright test tests/e2e/game/reachable.spec.ts
 * (E2E_NO_BUILD=1 skips the build and serves the dist/ already there.)
 */
import { execSync } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { test, expect, type Page } from '@playwright/test';
import { assertReachable } from '../lib/reachable';
import { serveStatic, type StaticServer } from '../lib/static-server';

const STORY = 'first-tournament';
const SHOTS = 'test-output/reachable';

const SIZES = [
  { name: 'phone', width: 360, height: 740 },
  { name: 'tablet', width: 768, height: 1024 },
  { name: 'laptop', width: 1366, height: 768 },
  { name: 'projector', width: 1920, height: 1080 },
] as const;

// One build and one server for the whole file.
test.describe.configure({ mode: 'serial' });
test.use({ locale: 'en', reducedMotion: 'reduce' });

let server: StaticServer;
test.beforeAll(async () => {
  if (process.env.E2E_NO_BUILD !== '1') execSync('npx vite build --logLevel error', { stdio: 'inherit' });
  server = await serveStatic('dist');
  mkdirSync(SHOTS, { recursive: true });
});
test.afterAll(async () => {
  await server?.close();
});

/** Title → a new 11–14 player (the band that picks a sign when flagging) → the stories screen. */
async function newPlayer(page: Page, textScale: 1 | 2): Promise<void> {
  await page.addInitScript(() => {
    if (!localStorage.getItem('escudo.lang')) localStorage.setItem('escudo.lang', 'en');
  });
  await page.goto(`${server.origin}/`);
  await page.click('[data-testid="play"]:not([disabled])');
  await page.waitForSelector('[data-testid="screen-profile"]');
  // Messages arrive one by one, quickly: every arrival is a step to check.
  await page.click('[data-testid="open-settings"]');
  await page.waitForSelector('[data-testid="screen-settings"]');
  await page.selectOption('[data-testid="setting-messageSpeed"]', 'fast');
  if (textScale === 2) {
    await page.focus('[data-testid="setting-textScale"]');
    await page.keyboard.press('End');
    await expect
      .poll(() => page.evaluate(() => getComputedStyle(document.documentElement).fontSize))
      .toMatch(/^(32|40)px$/); // 200 % (× 1.25 on a projector)
  }
  await page.click('[data-testid="back"]');
  await page.waitForSelector('[data-testid="screen-profile"]');
  await page.check('[data-testid="band-11-14"]');
  await page.click('[data-testid="create-profile"]');
  await page.waitForSelector('[data-testid="screen-hub"]');
  await assertReachable(page, { protective: false, step: 'stories screen' });
}

/** What the chat shows now, as a string that changes with every arrival, choice or dialog. */
function chatStep(page: Page) {
  return page.evaluate(() => {
    const q = (s: string) => document.querySelectorAll(s);
    const hurry = document.querySelector<HTMLElement>('[data-testid="hurry"]');
    const feedback = document.querySelector<HTMLElement>('[data-testid="flag-feedback"]');
    return {
      lines: q('[role="log"] ol > li').length,
      typing: !document.querySelector<HTMLElement>('.typing')?.hidden,
      busy: !!hurry && !hurry.hidden,
      choices: [...q('[data-testid="choice"]:not([disabled])')].map(
        (e) => e.getAttribute('data-choice') ?? '',
      ),
      ending: !!document.querySelector('[data-testid="see-debrief"]'),
      feedback: !!feedback && !feedback.hidden,
      dialog: !!document.querySelector('dialog[open]'),
    };
  });
}

/**
 * Plays to an ending, always the first reply, flagging the first message on
 * the way; asserts reachability at every change of the chat. Returns the
 * number of steps checked.
 */
async function playChecked(page: Page, label: string): Promise<number> {
  let checked = 0;
  let flagged = false;
  let last = '';
  const check = async (what: string) => {
    checked++;
    await assertReachable(page, { protective: true, step: `${label}, ${what}` });
  };
  for (let i = 0; i < 3000; i++) {
    const step = await chatStep(page);
    const key = JSON.stringify(step);
    if (key !== last) {
      last = key;
      await check(`${step.lines} lines${step.typing ? ', typing' : ''}${step.ending ? ', ending' : ''}`);
    }
    if (step.ending) return checked;
    if (!step.busy && !step.feedback && step.choices.length > 0) {
      if (!flagged) {
        flagged = true;
        await page.click('[role="log"] [data-testid="flag"]');
        await page.waitForSelector('[data-testid="flag-dialog"][open]');
        await check('flag dialog open');
        await page.click('[data-testid="sign-unsure"]');
        await page.waitForSelector('[data-testid="flag-feedback"]:not([hidden])');
        await check('flag feedback');
        await page.click('[data-testid="flag-ok"]');
        await page.waitForSelector('[data-testid="flag-feedback"][hidden]', { state: 'attached' });
        continue;
      }
      await page.click(`[data-choice="${step.choices[0]}"]`);
      await page.waitForFunction(
        (id) => !document.querySelector(`[data-choice="${id}"]`),
        step.choices[0] ?? '',
      );
      continue;
    }
    await page.waitForTimeout(30);
  }
  throw new Error(`${label}: no ending reached`);
}

/** The whole journey at one size and text scale, with screenshots of the end of the story. */
async function journey(page: Page, name: string, textScale: 1 | 2): Promise<void> {
  await newPlayer(page, textScale);
  await page.click(`[data-testid="play-${STORY}"]`);
  await page.waitForSelector('[data-testid="content-note"][open]');
  await page.click('[data-testid="content-note-start"]');
  await page.waitForSelector('[data-testid="screen-chat"]');
  const steps = await playChecked(page, name);
  expect(steps).toBeGreaterThan(20);
  await page.screenshot({ path: `${SHOTS}/${name}-chat-end.png` });

  await page.click('[data-testid="see-debrief"]');
  await page.waitForSelector('[data-testid="screen-debrief"]');
  await assertReachable(page, { protective: false, step: `${name}, debrief` });
  await page.click('[data-testid="to-hub"]');
  await page.waitForSelector('[data-testid="screen-hub"]');
  await assertReachable(page, { protective: false, step: `${name}, stories screen after the debrief` });
  // It opens at its top, not where the (long) debrief was scrolled to.
  const scrolled = await page.evaluate(() => {
    const screen = document.querySelector('[data-testid="screen-hub"]');
    return (document.scrollingElement?.scrollTop ?? 0) + (screen?.scrollTop ?? 0);
  });
  expect(scrolled).toBe(0);
  await page.screenshot({ path: `${SHOTS}/${name}-stories-after-debrief.png` });
}

for (const size of SIZES) {
  for (const textScale of [1, 2] as const) {
    const name = `${size.name}-${textScale * 100}pct`;
    test(`a way out stays in reach: ${size.name} ${size.width}×${size.height}, ${textScale * 100} % text`, async ({
      page,
    }) => {
      await page.setViewportSize({ width: size.width, height: size.height });
      await journey(page, name, textScale);
    });
  }
}

test('a way out stays in reach: 320×640 at 200 % text', async ({ page }) => {
  await page.setViewportSize({ width: 320, height: 640 });
  await journey(page, 'narrow-320-200pct', 2);
});

test('a way out stays in reach: landscape phone 740×360', async ({ page }) => {
  await page.setViewportSize({ width: 740, height: 360 });
  await journey(page, 'landscape-740x360', 1);
});

/** Opens the first story's chat and waits for the first replies. */
async function openChat(page: Page): Promise<void> {
  await page.click(`[data-testid="play-${STORY}"]`);
  await page.waitForSelector('[data-testid="content-note"][open]');
  await page.click('[data-testid="content-note-start"]');
  await page.waitForSelector('[data-testid="choice"]:not([disabled])');
}

async function coverShown(page: Page): Promise<void> {
  await page.waitForSelector('[data-testid="quick-exit-cover"]:not([hidden])');
  expect(await page.evaluate(() => document.querySelectorAll('dialog[open]').length)).toBe(0);
  expect(await page.evaluate(() => (document.querySelector('.screen-host') as HTMLElement).inert)).toBe(true);
}

test('over the flag dialog: its own Quick exit works, and so does Escape twice', async ({ page }) => {
  await page.setViewportSize({ width: 360, height: 740 });
  await newPlayer(page, 2);
  await openChat(page);
  await page.click('[role="log"] [data-testid="flag"]');
  await page.waitForSelector('[data-testid="flag-dialog"][open]');
  await assertReachable(page, { protective: true, step: 'flag dialog at 200 %' });
  await page.screenshot({ path: `${SHOTS}/phone-200pct-flag-dialog.png` });
  await page.click('[data-testid="flag-dialog"] [data-testid="quick-exit"]');
  await coverShown(page);
  await page.click('[data-testid="quick-exit-back"]');

  await page.click('[role="log"] [data-testid="flag"]');
  await page.waitForSelector('[data-testid="flag-dialog"][open]');
  await page.keyboard.press('Escape');
  await page.keyboard.press('Escape');
  await coverShown(page);
});

test('over the content note: Escape twice quick-exits', async ({ page }) => {
  await page.setViewportSize({ width: 360, height: 740 });
  await newPlayer(page, 1);
  await page.click(`[data-testid="play-${STORY}"]`);
  await page.waitForSelector('[data-testid="content-note"][open]');
  await page.keyboard.press('Escape');
  await page.keyboard.press('Escape');
  await coverShown(page);
});

test('over the content note: a Quick exit button inside it', async ({ page }) => {
  // The content note (screens/hub.ts) has no Quick exit of its own yet: it is
  // being moved to Preact elsewhere. Remove this line when it has one.
  test.fail();
  await page.setViewportSize({ width: 360, height: 740 });
  await newPlayer(page, 1);
  await page.click(`[data-testid="play-${STORY}"]`);
  await page.waitForSelector('[data-testid="content-note"][open]');
  await assertReachable(page, { protective: false, step: 'content note' });
});
