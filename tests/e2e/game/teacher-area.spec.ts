/**
 * The teacher area as a teacher and a child meet it, in each language: the
 * title screen's "For teachers" opens it; a first PIN is made (typed twice);
 * a class is made and its code shown large; Lock asks for the PIN again and
 * wrong guesses are counted (in English: five, then a wait that a reload does
 * not reset); a child makes a profile with the class code, plays, and hands in
 * a file and QR codes; the game's saved-progress page asks for the PIN and
 * can be locked again; the class page counts the child's results as played on
 * this device; "forgot PIN" deletes the teacher data and the child's profile
 * and results survive. Every step asserts what a person sees in the window.
 */
import { readFileSync } from 'node:fs';
import { expect, longJourneyLanguages, test } from './fixtures';
import { gameText } from './expected-text';
import { messageSpeed, playToEnding, startStory } from './journeys';
import { checkScreen } from './screens';
import { enterPin, seen, teacherText } from './teacher-pages';

const PIN = '2468';
for (const lang of longJourneyLanguages('en')) {
  test.describe(lang, () => {
    test.use({ lang });

    test(`teacher area (${lang}): PIN, a class, lock and rate limit, hand-in, saved progress behind the PIN, forgot PIN`, async ({
      game,
    }) => {
      test.setTimeout(6 * 60_000);
      const { page, origin } = game;
      const words = teacherText(lang);
      const ui = gameText(lang, 'ui');
      let code = '';
      let nickname = '';

      await test.step('"For teachers" on the title screen opens the teacher area, asking for a first PIN', async () => {
        const link = page.getByTestId('open-teacher');
        await seen(link);
        await expect(link).toHaveText(ui['boot.forTeachers']!);
        await link.click();
        await seen(page.getByTestId('teacher-pin-set').locator('h1'));
        await expect(page.getByTestId('teacher-pin-set').locator('h1')).toHaveText(words['pin.set.title']!);
        expect(new URL(page.url()).hash).toBe('#/teacher');
        await seen(
          page.getByTestId('teacher-pin-set').getByTestId('quick-exit'),
          'Quick exit is on the teacher page too',
        );
        await checkScreen(page, lang, 'teacher-01-pin-set');
      });

      await test.step('the PIN is typed twice; two different ones are refused', async () => {
        await page.getByTestId('pin-new').fill(PIN);
        await page.getByTestId('pin-again').fill('2469');
        await page.getByTestId('pin-set').click();
        await expect(page.getByTestId('pin-error')).toHaveText(words['pin.problem.mismatch']!);
        await seen(page.getByTestId('pin-error'));
        await page.getByTestId('pin-again').fill(PIN);
        await page.getByTestId('pin-set').click();
        await seen(page.getByTestId('teacher-home').locator('h1'));
        await checkScreen(page, lang, 'teacher-02-home');
      });

      await test.step('a class is made, and its code shown large enough for the board', async () => {
        await page.getByTestId('section-classes').click();
        await seen(page.getByTestId('teacher-classes').locator('h1'));
        await page.getByTestId('class-name').fill('6º B');
        await page.getByTestId('class-create').click();
        await seen(page.getByTestId('teacher-class').locator('h1'));
        await expect(page.getByTestId('teacher-class').locator('h1')).toHaveText('6º B');
        await seen(page.getByTestId('class-made'));
        const big = page.getByTestId('class-code');
        await seen(big);
        code = ((await big.textContent()) ?? '').replace(/\s/g, '');
        expect(code).toMatch(/^[A-Z0-9]{4,16}$/);
        const size = await big.evaluate((el) => parseFloat(getComputedStyle(el).fontSize));
        expect(size, 'the code is at least 40 px tall').toBeGreaterThanOrEqual(40);
        await checkScreen(page, lang, 'teacher-03-class');
        await page.getByTestId('back').click();
        await seen(page.getByTestId('class-row').filter({ hasText: '6º B' }));
        await checkScreen(page, lang, 'teacher-04-classes');
      });

      await test.step('Lock asks for the PIN again; wrong guesses are counted', async () => {
        await page.getByTestId('class-row').filter({ hasText: '6º B' }).click();
        await seen(page.getByTestId('teacher-class'));
        await page.getByTestId('teacher-lock').click();
        await seen(page.getByTestId('teacher-pin-unlock').locator('h1'));
        const guesses = lang === 'en' ? 5 : 2;
        for (let i = 1; i <= guesses; i++) {
          await enterPin(page, '1111');
          const left = 5 - i;
          const expected =
            left > 0
              ? (words[`pin.wrong_${left === 1 ? 'one' : 'other'}`] ?? '').replace('{{count}}', String(left))
              : words['pin.wrongWait']!.split('{{time}}')[0]!;
          await expect(page.getByTestId('pin-message')).toContainText(expected.trim());
        }
        await seen(page.getByTestId('pin-message'));
        await checkScreen(page, lang, 'teacher-05-pin-wrong');
      });

      if (lang === 'en') {
        await test.step('after five wrong guesses the PIN waits, and a reload keeps the wait', async () => {
          await expect(page.getByTestId('pin-enter'), 'no guess is taken while waiting').toBeDisabled();
          await page.reload();
          await seen(page.getByTestId('teacher-pin-unlock').locator('h1'));
          await expect(page.getByTestId('pin-enter')).toBeDisabled();
          await expect(page.getByTestId('pin-message')).toContainText(
            /Too many wrong tries\. You can try again in 0:[0-2]\d/,
          );
          await seen(page.getByTestId('pin-message'));
          await checkScreen(page, lang, 'teacher-06-pin-wait');
          // The wait is 30 seconds; then the field takes a guess again.
          await expect(page.getByTestId('pin-enter')).toBeEnabled({ timeout: 40_000 });
        });
      }

      await test.step('the right PIN opens the page that was asked for; Lock again and leave', async () => {
        await enterPin(page, PIN);
        await seen(page.getByTestId('teacher-class').locator('h1'));
        await page.getByTestId('teacher-lock').click();
        await seen(page.getByTestId('teacher-pin-unlock'));
        await page.getByTestId('teacher-leave').click();
        await seen(page.getByTestId('play'));
        expect(new URL(page.url()).hash).toBe('');
      });

      await test.step('a child makes a profile with the class code (typed loosely) and plays', async () => {
        await page.getByTestId('play').click();
        await seen(page.getByTestId('screen-profile'));
        nickname = (await page.getByTestId('nickname').inputValue()).trim();
        await page.getByTestId('band-11-14').check({ force: true });
        await page.getByTestId('class-code').fill(code.toLowerCase());
        await page.getByTestId('create-profile').click();
        await seen(page.getByTestId('screen-hub'));
        await messageSpeed(page, 'instant');
        await startStory(page);
        await playToEnding(page, 'first');
        await page.getByTestId('see-debrief').click();
        await seen(page.getByTestId('screen-debrief'));
        await page
          .getByTestId('back')
          .first()
          .click()
          .catch(() => undefined);
      });

      await test.step('"Hand in my results": what is shared, a file, and QR codes one after another', async () => {
        await page.goto(`${origin}/`);
        await page.getByTestId('play').click();
        await seen(page.getByTestId('screen-hub'));
        await page.getByTestId('open-hand-in').click();
        await seen(page.getByTestId('hand-in-shared'));
        await expect(page.getByTestId('hand-in-shared')).toHaveText(ui['handIn.shared']!);
        await expect(page.getByTestId('hand-in-class')).toHaveText(code.toUpperCase());
        await checkScreen(page, lang, 'teacher-07-hand-in');
        const download = page.waitForEvent('download');
        await page.getByTestId('hand-in-file').click();
        const file = await download;
        expect(file.suggestedFilename()).toMatch(
          new RegExp(`^escudo-hand-in-${code}-\\d{4}-\\d{2}-\\d{2}\\.json$`),
        );
        const text = readFileSync(await file.path(), 'utf8');
        expect(text).toContain(nickname);
        await seen(page.getByTestId('hand-in-status'));

        await page.getByTestId('hand-in-qr').click();
        const qr = page.getByTestId('qr-code');
        await seen(qr);
        const box = (await qr.boundingBox())!;
        expect(box.width, 'the QR code is large enough for a camera').toBeGreaterThanOrEqual(250);
        const counter = page.getByTestId('qr-counter');
        await expect(counter).toHaveText(/1/);
        const total = Number((await counter.textContent())?.match(/(\d+)\D*$/)?.[1] ?? '1');
        if (total > 1) {
          await page.getByTestId('qr-pause').click();
          await page.getByTestId('qr-next').click();
          await expect(counter).toHaveText(
            ui['handIn.qrCounter']!.replace('{{n}}', '2').replace('{{total}}', String(total)),
          );
          await page.getByTestId('qr-previous').click();
          await expect(counter).toHaveText(
            ui['handIn.qrCounter']!.replace('{{n}}', '1').replace('{{total}}', String(total)),
          );
          // Playing again, the sequence moves on by itself.
          await page.getByTestId('qr-pause').click();
          await expect(counter).toHaveText(
            ui['handIn.qrCounter']!.replace('{{n}}', '2').replace('{{total}}', String(total)),
            { timeout: 10_000 },
          );
        }
        await checkScreen(page, lang, 'teacher-08-hand-in-qr');
        await page.getByTestId('qr-done').click();
        await seen(page.getByTestId('hand-in-shared'));
      });

      await test.step("the game's saved-progress page asks for the teacher PIN, and locks again", async () => {
        await page.getByTestId('open-settings').click();
        await page.getByTestId('open-data').click();
        await seen(page.getByTestId('screen-gate').locator('h1'));
        await expect(page.getByTestId('screen-data')).toHaveCount(0);
        await checkScreen(page, lang, 'teacher-09-gate');
        await enterPin(page, PIN);
        await seen(page.getByTestId('screen-data').locator('h1'));
        await page.getByTestId('data-lock').click();
        await seen(page.getByTestId('screen-settings'));
        await page.getByTestId('open-data').click();
        await seen(page.getByTestId('screen-gate'));
        await expect(page.getByTestId('screen-data')).toHaveCount(0);
      });

      await test.step("by address: the class counts the child's results as played on this device", async () => {
        await page.goto(`${origin}/#/teacher/class?code=${code}`);
        await seen(page.getByTestId('teacher-pin-unlock'));
        await enterPin(page, PIN);
        const players = page.getByTestId('class-device-players');
        await seen(players);
        await expect(players).toContainText(nickname);
        await expect(players).toContainText(words['class.devicePlayed']!);
        await checkScreen(page, lang, 'teacher-10-class-device');
      });

      await test.step('"forgot PIN" deletes the teacher data after a warning; the child\'s profile survives', async () => {
        await page.getByTestId('teacher-lock').click();
        await page.getByTestId('pin-forgot').click();
        await seen(page.getByTestId('pin-forget'));
        await expect(page.getByTestId('pin-forget-confirm')).toBeDisabled();
        await checkScreen(page, lang, 'teacher-11-forgot');
        await page.getByTestId('pin-forget-understood').check();
        await page.getByTestId('pin-forget-confirm').click();
        await seen(page.getByTestId('confirm-dialog'));
        await page.getByTestId('confirm-yes').click();
        await seen(page.getByTestId('teacher-pin-set'));
        await page.getByTestId('pin-new').fill('13579');
        await page.getByTestId('pin-again').fill('13579');
        await page.getByTestId('pin-set').click();
        await seen(page.getByTestId('teacher-class-missing'), 'the class is gone');
        await page.goto(`${origin}/#/teacher/classes`);
        await seen(page.getByTestId('teacher-classes'));
        await expect(page.getByTestId('class-row')).toHaveCount(0);
        // The way back to the game is on the home page.
        await page.getByTestId('back').click();
        await seen(page.getByTestId('teacher-home'));
        await page.getByTestId('teacher-leave').click();
        await page.getByTestId('play').click();
        await seen(page.getByTestId('screen-hub'));
        await expect(page.getByTestId('screen-hub').locator('h1')).toContainText(nickname);
        await page.getByTestId('open-hand-in').click();
        await expect(page.getByTestId('hand-in-count')).toBeVisible();
      });

      expect.soft(game.pageErrors, 'no page error').toEqual([]);
      expect.soft(await game.cspViolations(), 'no CSP violation').toEqual([]);
    });
  });
}
