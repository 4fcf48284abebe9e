/**
 * Classroom mode, in each language: after a PIN and a class are made, the
 * teacher plays a story with the class from the keyboard alone — hands
 * counted at a choice, two signs flagged in "spot it", one rewind, a reload
 * in the middle that comes back at the same step, an ending, the class
 * debrief, the "teacher only" warning and notes — and finds the session in
 * the class's stored results with its tallies. Every step asserts what the
 * room sees; the projected screens are checked with axe, for a way out in
 * reach, and photographed at 1280×720, 1920×1080 and 3840×2160.
 */
import { mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Locator, Page } from '@playwright/test';
import { assertReachable } from '../lib/reachable';
import { seriousAxeViolations } from './axe';
import { expect, LANGS, STORY, test } from './fixtures';
import { SHOTS_DIR } from './screens';

const PIN = '2468';
const PROJECTORS = [
  { width: 1280, height: 720 },
  { width: 1920, height: 1080 },
  { width: 3840, height: 2160 },
] as const;
const words = (lang: string, ns: string): Record<string, string> =>
  JSON.parse(readFileSync(`assets/locales/${lang}/${ns}.json`, 'utf8'));

async function seen(target: Locator, what?: string): Promise<void> {
  await expect(target, what).toBeVisible();
  await expect(target, what).toBeInViewport();
}

const inView = (target: Locator) =>
  target.evaluate((el) => {
    const r = el.getBoundingClientRect();
    return r.top >= 0 && r.bottom <= window.innerHeight;
  });

/** axe, a way out in reach, and a picture at every projector size; body text ≥ 32 px at 1920×1080. */
async function checkProjected(page: Page, lang: string, name: string): Promise<void> {
  expect.soft(await seriousAxeViolations(page), `axe on ${name}`).toEqual([]);
  const dir = join(SHOTS_DIR, lang);
  mkdirSync(dir, { recursive: true });
  const before = page.viewportSize();
  for (const size of PROJECTORS) {
    await page.setViewportSize(size);
    await page.waitForTimeout(150);
    await assertReachable(page, { protective: false, step: name });
    if (size.width === 1920) {
      const body = await page
        .locator('.class-stage, .class-panel')
        .first()
        .evaluate((el) => parseFloat(getComputedStyle(el).fontSize));
      expect(body, `${name}: the class reads at least 32 px on 1920×1080`).toBeGreaterThanOrEqual(32);
    }
    await page.screenshot({ path: join(dir, `classroom-${name}-${size.width}x${size.height}.png`) });
  }
  if (before) await page.setViewportSize(before);
}

/**
 * Until the class has something to decide (or the story ended), pressing
 * Page Down while a contact is typing to show the waiting messages at once.
 * Only then: at the ending the same key opens the debrief.
 */
async function untilDecision(page: Page): Promise<'choice' | 'ended'> {
  const options = page.getByTestId('class-options');
  const ended = page.getByTestId('class-ended');
  const typing = page.getByTestId('class-stage').locator('.typing');
  for (let i = 0; i < 400; i++) {
    if (await options.isVisible()) return 'choice';
    if (await ended.isVisible()) return 'ended';
    if (await typing.isVisible()) await page.keyboard.press('PageDown');
    await page.waitForTimeout(150);
  }
  throw new Error('no choice and no ending after a minute');
}

const optionIds = (page: Page) =>
  page.getByTestId('class-option').evaluateAll((els) => els.map((e) => e.getAttribute('data-option')));
const messageIds = (page: Page) =>
  page
    .getByTestId('transcript')
    .locator('[data-message]')
    .evaluateAll((els) => els.map((e) => e.getAttribute('data-message')));
const focusedTestId = (page: Page) =>
  page.evaluate(() => document.activeElement?.getAttribute('data-testid'));

/** In "spot it": moves the focus with the arrows to a message's flag button, and names a sign by its letter. */
async function flagByKeyboard(page: Page, message: string, sign: string): Promise<void> {
  const flags = page.getByTestId('transcript').locator('.flag-btn');
  const target = await page
    .getByTestId('transcript')
    .locator('[data-message] .flag-btn')
    .evaluateAll(
      (els, id) => els.findIndex((e) => e.closest('[data-message]')?.getAttribute('data-message') === id),
      message,
    );
  expect(target, `${message} is on screen`).toBeGreaterThanOrEqual(0);
  const at = await flags.evaluateAll((els) => els.indexOf(document.activeElement as HTMLElement));
  const key = target < at ? 'ArrowUp' : 'ArrowDown';
  for (let i = 0; i < Math.abs(target - at); i++) await page.keyboard.press(key);
  await expect(page.locator(`[data-message="${message}"] .flag-btn`)).toBeFocused();
  await page.keyboard.press('Enter');
  const picker = page.getByTestId('class-pick');
  await seen(picker);
  const letter = (await picker.getByTestId(`class-sign-${sign}`).locator('.class-letter').textContent())!;
  await page.keyboard.press(letter.toLowerCase());
  await expect(picker).toBeHidden();
  await expect(page.locator(`[data-message="${message}"]`)).toHaveClass(/flagged/);
}

for (const lang of LANGS) {
  test.describe(lang, () => {
    test.use({ lang });

    test(`classroom mode (${lang}): a class plays a story by keyboard, and it counts in the class's results`, async ({
      game,
    }) => {
      test.setTimeout(8 * 60_000);
      const { page, origin } = game;
      const cw = words(lang, 'classroom');
      const signTable = JSON.parse(readFileSync(`assets/locales/${lang}/signs.json`, 'utf8')) as Record<
        string,
        { name: string }
      >;
      const signs = (sign: string) => signTable[sign]!.name;
      let code = '';

      await test.step('a PIN and a class; "Play with the class" lists the stories', async () => {
        await page.goto(`${origin}/#/teacher`);
        await page.getByTestId('pin-new').fill(PIN);
        await page.getByTestId('pin-again').fill(PIN);
        await page.getByTestId('pin-set').click();
        await page.getByTestId('section-classes').click();
        await page.getByTestId('class-name').fill('6º B');
        await page.getByTestId('class-create').click();
        code = ((await page.getByTestId('class-code').textContent()) ?? '').replace(/\s/g, '');
        const play = page.getByTestId('class-play-together');
        await play.scrollIntoViewIfNeeded();
        await seen(play);
        await play.focus();
        await page.keyboard.press('Enter');
        await seen(page.getByTestId('classroom-stories'));
        expect(new URL(page.url()).hash).toBe(`#/teacher/classroom?code=${code}`);
        const start = page.getByTestId(`classroom-play-${STORY}`);
        await start.focus();
        await page.keyboard.press('Enter');
        await seen(page.getByTestId('class-stage'));
        await seen(
          page.getByTestId('classroom').getByTestId('quick-exit'),
          'Quick exit is in reach on the projector',
        );
      });

      let firstChoiceMessages: (string | null)[] = [];
      let firstOptions: (string | null)[] = [];

      await test.step('the first choice: the options large with letters; hands counted by keyboard', async () => {
        expect(await untilDecision(page)).toBe('choice');
        firstOptions = await optionIds(page);
        firstChoiceMessages = await messageIds(page);
        const letters = await page.getByTestId('class-option').locator('.class-letter').allTextContents();
        expect(letters.slice(0, 3)).toEqual(['A', 'B', 'C'].slice(0, Math.min(3, letters.length)));
        await expect(page.getByTestId('class-next')).toBeDisabled();
        // A: 12 hands, B: 9 hands, then the class goes with A.
        await page.keyboard.type('a12b9a');
        const a = page.getByTestId('class-option').nth(0);
        const b = page.getByTestId('class-option').nth(1);
        await expect(a.getByTestId('class-hands')).toHaveText(
          cw['projected.hands_other']!.replace('{{count}}', '12'),
        );
        await expect(b.getByTestId('class-hands')).toHaveText(
          cw['projected.hands_other']!.replace('{{count}}', '9'),
        );
        await expect(a).toHaveAttribute('aria-pressed', 'true');
        await seen(a.getByText(cw['projected.ourChoice']!));
        await checkProjected(page, lang, '01-choice');
      });

      await test.step('"spot it": two messages flagged with the signs the class named', async () => {
        await page.keyboard.press('s');
        await seen(page.getByTestId('class-spot'));
        await flagByKeyboard(page, 'start.leo.best', 'flattery');
        await seen(page.getByTestId('class-feedback'));
        await checkProjected(page, lang, '02-spot-it');
        await page.keyboard.press('PageDown');
        await seen(page.getByTestId('class-options'));
        // A is still marked: the class goes on with it.
        await page.keyboard.press('PageDown');
        expect(await untilDecision(page)).toBe('choice');
        await page.keyboard.press('s');
        await seen(page.getByTestId('class-spot'));
        await flagByKeyboard(page, 'coins.leo.intro', 'age-deception');
        await expect(page.getByTestId('class-spotted')).toContainText(signs('flattery'));
        await expect(page.getByTestId('class-spotted')).toContainText(signs('age-deception'));
        await page.keyboard.press('PageDown');
        await seen(page.getByTestId('class-options'));
      });

      let secondChoice: { messages: (string | null)[]; options: (string | null)[] } = {
        messages: [],
        options: [],
      };

      await test.step('one rewind: back at the choice as it was offered', async () => {
        secondChoice = { messages: await messageIds(page), options: await optionIds(page) };
        await page.keyboard.type('b');
        await page.keyboard.press('PageDown');
        await untilDecision(page);
        expect((await messageIds(page)).length).toBeGreaterThan(secondChoice.messages.length);
        await page.keyboard.press('r');
        await expect(page.getByTestId('announcer')).toHaveText(cw['control.rewound']!);
        await expect.poll(() => messageIds(page)).toEqual(secondChoice.messages);
        expect(await optionIds(page)).toEqual(secondChoice.options);
        await expect(page.getByTestId('class-option').nth(1)).toHaveAttribute('aria-pressed', 'true');
      });

      await test.step('a reload in the middle comes back at the same step', async () => {
        await page.keyboard.type('a7');
        await page.waitForTimeout(300); // the count is saved as it is typed
        await page.reload();
        await seen(page.getByTestId('class-options'));
        expect(await messageIds(page)).toEqual(secondChoice.messages);
        expect(await optionIds(page)).toEqual(secondChoice.options);
        const a = page.getByTestId('class-option').nth(0);
        await expect(a).toHaveAttribute('aria-pressed', 'true');
        await expect(a.getByTestId('class-hands')).toHaveText(
          cw['projected.hands_other']!.replace('{{count}}', '7'),
        );
        await expect(page.locator('[data-message="start.leo.best"]')).toHaveClass(/flagged/);
      });

      await test.step('on to an ending, always with the first option', async () => {
        await page.keyboard.press('PageDown');
        for (let turn = 0; turn < 40; turn++) {
          if ((await untilDecision(page)) === 'ended') break;
          await page.keyboard.type('a');
          await page.keyboard.press('PageDown');
        }
        await seen(page.getByTestId('class-ended'));
        await seen(page.getByTestId('ending-card'));
        await checkProjected(page, lang, '03-ending');
      });

      await test.step('the class debrief: what we spotted and the signs we missed; B for a black screen', async () => {
        await page.keyboard.press('PageDown');
        const debrief = page.getByTestId('class-debrief');
        await seen(debrief.locator('h1'));
        await expect(debrief.getByTestId('class-spotted-signs')).toContainText(signs('flattery'));
        await expect(debrief.getByTestId('class-spotted-signs')).toContainText(signs('age-deception'));
        // Longer than the screen: the arrows scroll it.
        for (let i = 0; i < 10 && !(await inView(debrief.getByTestId('class-help'))); i++)
          await page.keyboard.press('ArrowDown');
        await seen(debrief.getByTestId('class-missed-signs'));
        await seen(debrief.getByTestId('class-help'));
        await checkProjected(page, lang, '04-debrief');
        await page.keyboard.press('b');
        const black = page.getByTestId('class-black');
        await seen(black);
        const cover = await black.boundingBox();
        expect(cover).toMatchObject({ x: 0, y: 0, width: 1366, height: 768 });
        await page.keyboard.press('b');
        await expect(black).toBeHidden();
      });

      await test.step('"teacher only" warning, then the discussion questions and disclosure guidance', async () => {
        await page.keyboard.press('PageDown');
        await seen(page.getByTestId('class-warning').locator('h1'));
        await expect(page.getByTestId('class-warning').locator('h1')).toHaveText(cw['teacher.warningTitle']!);
        await checkProjected(page, lang, '05-teacher-warning');
        await page.keyboard.press('PageDown');
        await seen(page.getByTestId('class-questions'));
        await seen(page.getByTestId('class-disclosure'));
        await checkProjected(page, lang, '06-teacher-notes');
      });

      await test.step('finished: the class page counts the session, stored with its tallies and signs', async () => {
        for (let i = 0; i < 40 && (await focusedTestId(page)) !== 'class-end'; i++)
          await page.keyboard.press('Tab');
        expect(await focusedTestId(page)).toBe('class-end');
        await page.keyboard.press('Enter');
        await seen(page.getByTestId('teacher-class').locator('h1'));
        const results = page.getByTestId('class-together-results');
        await results.scrollIntoViewIfNeeded();
        await seen(results);
        await expect(page.getByTestId('class-play-together')).toHaveText(
          words(lang, 'teacher')['class.togetherPlay']!,
        );

        const stored = await page.evaluate(
          (classCode) =>
            new Promise<unknown[]>((resolve, reject) => {
              const open = indexedDB.open('escudo-teacher');
              open.onerror = () => reject(open.error);
              open.onsuccess = () => {
                const req = open.result.transaction('attempts').objectStore('attempts').getAll();
                req.onsuccess = () => {
                  resolve((req.result as { classCode: string }[]).filter((a) => a.classCode === classCode));
                  open.result.close();
                };
              };
            }),
          code,
        );
        expect(stored).toHaveLength(1);
        const result = stored[0] as {
          source: string;
          nickname: string;
          classroom: {
            decisions: { picked: string; hands: { option: string; count: number }[] }[];
            tried: unknown[];
          };
          transcript: { flags: { message: string; sign?: string }[]; ending: unknown };
        };
        expect(result.source).toBe('classroom');
        expect(result.nickname).toBe(cw['teacher.classNickname']);
        expect(result.transcript.ending).not.toBeNull();
        expect(result.classroom.decisions[0]).toEqual({
          node: expect.any(String),
          picked: firstOptions[0],
          hands: [
            { option: firstOptions[0], count: 12 },
            { option: firstOptions[1], count: 9 },
          ],
        });
        expect(result.classroom.decisions[1]?.hands).toEqual([{ option: secondChoice.options[0], count: 7 }]);
        expect(result.classroom.tried).toEqual([
          { node: expect.any(String), picked: secondChoice.options[1] },
        ]);
        expect(result.transcript.flags.map((f) => [f.message, f.sign])).toEqual([
          ['start.leo.best', 'flattery'],
          ['coins.leo.intro', 'age-deception'],
        ]);
        expect(firstChoiceMessages.length).toBeGreaterThan(0);
      });

      await test.step('the class summary shows the session, played together, with its tallies', async () => {
        const tw = words(lang, 'teacher');
        await page.getByTestId('class-open-summary').click();
        await seen(page.getByTestId('teacher-summary').locator('h1'));
        await expect(page.getByTestId('summary-sources')).toContainText(tw['summary.source.classroom']!);
        const table = page.getByTestId('table-together');
        await expect(table).toHaveCount(1);
        await table.scrollIntoViewIfNeeded();
        await seen(table);
        // The first choice: the class's pick with its 12 hands, then the other option with 9.
        const [picked, other] = [firstOptions[0]!, firstOptions[1]!];
        const first = table.locator(`tr[data-row="0/${picked}"]`);
        await first.scrollIntoViewIfNeeded();
        await seen(first);
        await expect(first.locator('td').nth(1)).toHaveText(tw['summary.together.picked']!);
        await expect(first.locator('td').nth(2)).toHaveText('12');
        await expect(table.locator(`tr[data-row="0/${other}"] td`).nth(2)).toHaveText('9');
        await expect(table.locator('caption')).toContainText(
          tw['summary.together.caption']!.split('{{tried}}')[0]!.split('·').pop()!.trim(),
        );
      });

      expect(game.pageErrors).toEqual([]);
      expect(await game.cspViolations()).toEqual([]);
      expect(
        game.requests.filter(
          (u) => !u.startsWith(origin) && !u.startsWith('data:') && !u.startsWith('blob:'),
        ),
      ).toEqual([]);
    });
  });
}
