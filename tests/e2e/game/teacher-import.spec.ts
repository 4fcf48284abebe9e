/**
 * The teacher imports what children handed in, in each language. A child's
 * device (a browser context of its own) plays the example story with the
 * class code on the profile and saves its hand-in file; the teacher (PIN, two
 * classes) opens "Import results" from the class page and imports, split
 * over the languages to keep time down:
 *  - en: the file, one for the other class and five bad ones by the picker,
 *    then again by a drop
 *    ("already imported"; the count does not change), a hand-in for the other
 *    class imported there when asked; the camera refused (no permission),
 *    and the page offers pictures instead;
 *  - es: the QR codes by the camera (Chromium's fake camera plays a video
 *    the test writes from the hand-in's codes: out of order, one repeated,
 *    another app's code between them), then the file and the bad ones;
 *  - pt-BR: screenshots of the child's QR codes chosen as pictures, then the
 *    file and the bad ones by a drop; the results at 200 % text on a phone.
 * Every message is checked word for word and seen in the window.
 */
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { Locator, Page } from '@playwright/test';
import { sha256Hex } from '../../../src/store/sha256.js';
import { checksumText } from '../../../src/teacher/handin/checksum.js';
import { HANDIN_FORMAT } from '../../../src/teacher/handin/index.js';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../lib/chromium';
import { expect, LANGS, test } from './fixtures';
import { handInFileWith, handInFramesOf, handInOf, playAndHandInByFile, qrVideoFor } from './hand-in-devices';
import { assertReachable } from '../lib/reachable';
import { checkScreen, overflowsSideways, shootWhole, SHOTS_DIR } from './screens';

const PIN = '2468';
const MODE: Record<string, 'files' | 'camera' | 'pictures'> = {
  en: 'files',
  es: 'camera',
  'pt-BR': 'pictures',
};
const CAMERA_VIDEO = resolve('test-output/camera/fake-camera.y4m');

// Every browser of this file has Chromium's fake camera, which plays the video
// the camera test writes just before it opens the camera (the file is read
// then). Only that test is allowed to use it: elsewhere the camera is refused.
test.use({
  launchOptions: {
    executablePath: CHROMIUM_PATH,
    args: [
      ...CHROMIUM_ARGS,
      '--use-fake-device-for-media-stream',
      `--use-file-for-fake-video-capture=${CAMERA_VIDEO}`,
    ],
  },
});

type Words = Record<string, string>;
const teacherWords = (lang: string): Words =>
  JSON.parse(readFileSync(`assets/locales/${lang}/teacher.json`, 'utf8')) as Words;

/** A teacher sentence filled in as i18next does (`_one` for a count of 1, else `_other`). */
function say(words: Words, key: string, values: Record<string, string | number> = {}): string {
  const count = values.count;
  const plural = count === undefined ? key : `${key}_${count === 1 ? 'one' : 'other'}`;
  const text = words[plural] ?? words[key];
  if (text === undefined) throw new Error(`no words for ${key}`);
  return text.replace(/\{\{(\w+)\}\}/g, (_, name: string) => String(values[name]));
}

/** The batch summary line as the page writes it. */
function summary(
  words: Words,
  lang: string,
  counts: { imported?: number; already?: number; refused?: number },
) {
  const parts = (['imported', 'already', 'refused'] as const)
    .filter((k) => (counts[k] ?? 0) > 0)
    .map((k) => say(words, `import.summary.${k}`, { count: counts[k]! }));
  const list = new Intl.ListFormat(lang, { style: 'long', type: 'conjunction' }).format(parts);
  return say(words, 'import.summary', { list });
}

/** Seen by a person: shown, and inside the window (after scrolling its box if needed). */
async function seen(target: Locator, what?: string): Promise<void> {
  await expect(target, what).toBeVisible();
  await target.scrollIntoViewIfNeeded();
  await expect(target, what).toBeInViewport();
}

interface FileSpec {
  name: string;
  mimeType: string;
  buffer: Buffer;
}

/** The newest batch's line for a file, checked word for word and seen. */
async function expectLine(page: Page, name: string, text: string): Promise<void> {
  const line = page
    .getByTestId('import-batch')
    .first()
    .getByTestId('import-result')
    .filter({ has: page.locator('.import-result-name', { hasText: name }) });
  await expect(line, name).toHaveCount(1);
  await expect(line.getByTestId('import-result-text'), name).toHaveText(text);
  await seen(line, name);
}

/** Drops files on the zone as a file manager would (a DataTransfer with the files). */
async function dropFiles(page: Page, files: FileSpec[]): Promise<void> {
  const data = files.map((f) => ({ name: f.name, type: f.mimeType, b64: f.buffer.toString('base64') }));
  const transfer = await page.evaluateHandle((list) => {
    const dt = new DataTransfer();
    for (const f of list) {
      const bin = atob(f.b64);
      const bytes = new Uint8Array(bin.length);
      for (let i = 0; i < bin.length; i++) bytes[i] = bin.charCodeAt(i);
      dt.items.add(new File([bytes], f.name, { type: f.type }));
    }
    return dt;
  }, data);
  const zone = page.getByTestId('import-drop');
  await seen(zone);
  for (const type of ['dragenter', 'dragover', 'drop'])
    await zone.dispatchEvent(type, { dataTransfer: transfer });
}

/** The class page's "handed in" line, from the class page, then back to importing. */
async function handedInLine(page: Page): Promise<string> {
  await page.getByTestId('back').click();
  const line = page.getByTestId('class-handed-in');
  await seen(line);
  const text = (await line.textContent()) ?? '';
  await page.getByTestId('class-import').click();
  await seen(page.getByTestId('teacher-import').locator('h1'));
  return text;
}

async function makeClass(page: Page, name: string): Promise<string> {
  await page.getByTestId('class-name').fill(name);
  await page.getByTestId('class-create').click();
  await seen(page.getByTestId('teacher-class').locator('h1'));
  const code = ((await page.getByTestId('class-code').textContent()) ?? '').replace(/\s/g, '');
  await page.getByTestId('back').click();
  return code;
}

for (const lang of LANGS) {
  test.describe(lang, () => {
    test.use({ lang });
    const mode = MODE[lang] ?? 'files';
    test(`teacher import (${lang}, ${mode}): a child's hand-in imported once, every bad file refused with its reason`, async ({
      game,
      browser,
    }, info) => {
      test.setTimeout(6 * 60_000);
      const { page, origin, context } = game;
      const words = teacherWords(lang);
      // Every camera stream the page opens, to check that each one is stopped.
      await context.addInitScript(`
        const media = navigator.mediaDevices;
        if (media && media.getUserMedia) {
          const open = media.getUserMedia.bind(media);
          window.__streams = [];
          media.getUserMedia = async (c) => { const s = await open(c); window.__streams.push(s); return s; };
        }
      `);
      const liveTracks = () =>
        page.evaluate(
          () =>
            ((window as unknown as { __streams?: MediaStream[] }).__streams ?? [])
              .flatMap((s) => s.getTracks())
              .filter((t) => t.readyState === 'live').length,
        );

      let code = '';
      let otherCode = '';
      await test.step('the teacher makes a PIN and two classes', async () => {
        await page.goto(`${origin}/#/teacher`);
        await page.reload(); // a new document, which the camera probe above is part of
        await page.getByTestId('pin-new').fill(PIN);
        await page.getByTestId('pin-again').fill(PIN);
        await page.getByTestId('pin-set').click();
        await page.getByTestId('section-classes').click();
        code = await makeClass(page, '6º B');
        otherCode = await makeClass(page, '7º A');
        expect(code).not.toBe(otherCode);
      });

      const child =
        await test.step("a child's device plays with the class code and saves its hand-in file", () =>
          playAndHandInByFile(browser, {
            origin,
            lang,
            classCode: code,
            dir: info.outputPath('devices'),
            pictures: mode === 'pictures',
          }));
      const handIn = handInOf(child.text);
      const results = handIn.attempts.length;
      expect(results).toBeGreaterThan(0);
      expect(handIn.nickname).toBe(child.nickname);

      // The bad files a teacher may meet, each made from the real one.
      const json = (name: string, text: string): FileSpec => ({
        name,
        mimeType: 'application/json',
        buffer: Buffer.from(text),
      });
      const good = json(child.fileName, child.text);
      // Another child's hand-in (other results, another nickname) for the teacher's other class.
      const otherChild = {
        classCode: otherCode,
        nickname: 'Sol',
        childKey: `${handIn.childKey}-2`,
        attempts: handIn.attempts.map((a) => ({ ...a, id: `${a.id}-2` })),
      };
      const forOther = json('otra-clase.json', await handInFileWith(child.text, otherChild));
      const bad: { file: FileSpec; says: string }[] = [
        {
          file: json('alterado.json', child.text.replace(JSON.stringify(child.nickname), '"Otro"')),
          says: words['import.reason.tampered']!,
        },
        {
          file: json('cortado.json', child.text.slice(0, Math.floor(child.text.length * 0.6))),
          says: words['import.reason.truncated']!,
        },
        {
          file: {
            name: 'notas.txt',
            mimeType: 'text/plain',
            buffer: Buffer.from('Lista: pan, leche, 3 lápices'),
          },
          says: words['import.reason.not-escudo']!,
        },
        {
          file: json(
            'version-2.json',
            JSON.stringify({
              format: HANDIN_FORMAT,
              version: 2,
              sha256: await sha256Hex(checksumText(HANDIN_FORMAT, 2, handIn)),
              handIn,
            }),
          ),
          says: words['import.reason.wrong-version-newer']!,
        },
        {
          file: json('grande.json', ' '.repeat(2 * 1024 * 1024 + 1)),
          says: words['import.reason.file-too-large']!,
        },
      ];
      const otherSays = say(words, 'import.reason.wrong-class-other', { code: otherCode, name: '7º A' });
      const importedSays = say(words, 'import.result.imported', { count: results, nickname: child.nickname });
      const alreadySays = say(words, 'import.result.already', { count: results, nickname: child.nickname });
      const handedIn = `${say(words, 'class.handedInResults', { count: results })} ${say(words, 'class.handedInChildren', { count: 1 })}`;

      await test.step('"Import results" on the class page opens the import page for that class', async () => {
        await page.getByTestId('class-row').filter({ hasText: '6º B' }).click();
        await seen(page.getByTestId('class-import'));
        await expect(page.getByTestId('class-handed-in')).toHaveText(words['class.handedInNone']!);
        await page.getByTestId('class-import').click();
        const view = page.getByTestId('teacher-import');
        await seen(view.locator('h1'));
        await expect(view.locator('h1')).toHaveText(words['import.title']!);
        expect(new URL(page.url()).hash).toBe(`#/teacher/import?code=${code}`);
        await expect(page.getByTestId('import-class')).toHaveText(
          say(words, 'import.into', { name: '6º B', code }),
        );
        await seen(page.getByTestId('import-drop'));
        await expect(page.getByTestId('import-drop')).toContainText(words['import.files.drop']!);
        await expect(page.getByTestId('import-device-note')).toHaveText(words['import.deviceNote']!);
        await seen(view.getByTestId('quick-exit'), 'Quick exit is in reach');
        await checkScreen(page, lang, 'teacher-import-01-empty');
      });

      if (mode === 'camera') {
        await test.step("the camera reads the codes out of order, past a repeat and another app's code, and imports", async () => {
          const frames = await handInFramesOf(child.text);
          const n = frames.length;
          expect(n).toBeGreaterThan(1);
          // The last code first, then another app's code, the last again, then the rest backwards.
          const order = [n - 1, n, n - 1, ...frames.map((_, i) => n - 2 - i).filter((i) => i >= 0)];
          qrVideoFor([...frames, 'https://example.org/menu'], CAMERA_VIDEO, { order });
          await context.grantPermissions(['camera'], { origin });
          await page.getByTestId('camera-open').click();
          const progress = page.getByTestId('camera-progress');
          await expect(progress).toContainText(say(words, 'import.camera.progress', { have: 1, total: n }));
          await seen(progress);
          const message = page.getByTestId('camera-message');
          await expect(message).toHaveText(words['import.camera.not-escudo']!, { timeout: 20_000 });
          for (const size of [
            { name: 'phone', width: 360, height: 740 },
            { name: 'chromebook', width: 1366, height: 768 },
          ]) {
            await page.setViewportSize(size);
            await shootWhole(page, join(SHOTS_DIR, lang, `teacher-import-02-scanning-${size.name}.png`));
          }
          await expectLine(page, words['import.camera.itemName']!, importedSays);
          await expect(page.getByTestId('import-summary').first()).toHaveText(
            summary(words, lang, { imported: 1 }),
          );
          await expect(progress).toContainText(say(words, 'import.camera.progress', { have: n, total: n }));
          expect(await liveTracks(), 'the camera is on while reading').toBe(1);
          await checkScreen(page, lang, 'teacher-import-03-camera-done');
          await page.getByTestId('camera-stop').click();
          await seen(page.getByTestId('camera-open'));
          expect(await liveTracks(), '"Stop the camera" stops it').toBe(0);
          expect(await handedInLine(page)).toBe(handedIn);
        });
      }

      if (mode === 'pictures') {
        await test.step('screenshots of the codes, chosen as pictures, import the hand-in', async () => {
          expect(child.pictures.length).toBeGreaterThan(0);
          const pictures: FileSpec[] = child.pictures
            .map((buffer, i) => ({ name: `codigo-${i + 1}.png`, mimeType: 'image/png', buffer }))
            .reverse();
          const nothing = { name: 'sem-codigo.png', mimeType: 'image/png', buffer: await page.screenshot() };
          await page.getByTestId('import-picker').setInputFiles([...pictures, nothing]);
          await expectLine(page, pictures.map((p) => p.name).join(', '), importedSays);
          await expectLine(page, 'sem-codigo.png', words['import.reason.no-code']!);
          await expect(page.getByTestId('import-summary').first()).toHaveText(
            summary(words, lang, { imported: 1, refused: 1 }),
          );
          expect(await handedInLine(page)).toBe(handedIn);
        });
      }

      await test.step('the file with every kind of bad file, at once: one line each, the good one imported once', async () => {
        const files = [good, forOther, ...bad.map((b) => b.file)];
        if (mode === 'pictures') await dropFiles(page, files);
        else await page.getByTestId('import-picker').setInputFiles(files);
        const first = mode === 'files';
        await expectLine(page, good.name, first ? importedSays : alreadySays);
        await expectLine(page, forOther.name, otherSays);
        for (const b of bad) await expectLine(page, b.file.name, b.says);
        await expect(page.getByTestId('import-summary').first()).toHaveText(
          summary(words, lang, first ? { imported: 1, refused: 6 } : { already: 1, refused: 6 }),
        );
        await seen(page.getByTestId('import-summary').first());
        await checkScreen(page, lang, 'teacher-import-04-results');
        expect(await handedInLine(page), 'bad files change nothing; nothing counts twice').toBe(handedIn);
      });

      if (mode === 'pictures') {
        await test.step('at 200 % text on a phone, the results fit: nothing scrolls sideways, Quick exit in reach', async () => {
          await page.getByTestId('import-picker').setInputFiles([good, ...bad.map((b) => b.file)]);
          await expectLine(page, good.name, alreadySays);
          await page.setViewportSize({ width: 360, height: 740 });
          await page.evaluate(() => document.documentElement.style.setProperty('font-size', '200%'));
          expect(await overflowsSideways(page), 'no sideways scrolling at 200 %').toBe(false);
          await expectLine(page, bad[0]!.file.name, bad[0]!.says);
          // The focus went to the new summary; the test's own scrolling is undone as a person would.
          await expect(page.getByTestId('import-summary').first()).toBeFocused();
          await page.evaluate(() => document.activeElement?.scrollIntoView({ block: 'nearest' }));
          await assertReachable(page, { protective: false, step: 'import results at 200 % text' });
          await shootWhole(page, join(SHOTS_DIR, lang, 'teacher-import-06-results-200pct-phone.png'));
          await page.evaluate(() => document.documentElement.style.removeProperty('font-size'));
          await page.setViewportSize({ width: 1366, height: 768 });
        });
      }

      if (mode === 'files') {
        await test.step('dropped again: "already imported", the count stays; the other class\'s file goes there when asked', async () => {
          await dropFiles(page, [good, forOther]);
          await expectLine(page, good.name, alreadySays);
          await expectLine(page, forOther.name, otherSays);
          await expect(page.getByTestId('import-summary').first()).toHaveText(
            summary(words, lang, { already: 1, refused: 1 }),
          );
          const into = page.getByTestId('import-batch').first().getByTestId('import-into');
          await seen(into);
          await expect(into).toHaveText(say(words, 'import.result.importInto', { name: '7º A' }));
          await into.click();
          await expectLine(
            page,
            forOther.name,
            `${say(words, 'import.result.imported', { count: results, nickname: 'Sol' })} ${say(words, 'import.result.intoClass', { name: '7º A' })}`,
          );
          expect(await handedInLine(page)).toBe(handedIn);
          await page.getByTestId('back').click();
          await page.getByTestId('back').click();
          await page.getByTestId('class-row').filter({ hasText: '7º A' }).click();
          await expect(page.getByTestId('class-handed-in')).toHaveText(handedIn);
        });

        await test.step('from the home page, "Import results" asks which class first', async () => {
          await page.getByTestId('back').click();
          await page.getByTestId('back').click();
          await seen(page.getByTestId('section-import'));
          await expect(page.getByTestId('section-import')).toContainText(words['section.import.title']!);
          await page.getByTestId('section-import').click();
          await seen(page.getByTestId('teacher-import-choose').locator('h1'));
          await expect(page.getByTestId('import-class-row')).toHaveCount(2);
          await page.getByTestId('import-class-row').filter({ hasText: '7º A' }).click();
          await expect(page.getByTestId('import-class')).toHaveText(
            say(words, 'import.into', { name: '7º A', code: otherCode }),
          );
        });

        await test.step('the camera refused: the page says why and offers pictures instead', async () => {
          await page.getByTestId('camera-open').click();
          const problem = page.getByTestId('camera-problem');
          await seen(problem);
          await expect(problem.locator('p').first()).toHaveText(words['import.camera.problem.denied']!);
          await expect(problem).toContainText(words['import.camera.instead']!);
          const chooser = page.waitForEvent('filechooser');
          await page.getByTestId('camera-pictures').click();
          expect((await chooser).isMultiple()).toBe(true);
          await checkScreen(page, lang, 'teacher-import-05-camera-refused');
        });
      }

      if (mode === 'camera') {
        await test.step('leaving the page stops the camera', async () => {
          await page.getByTestId('camera-open').click();
          await seen(page.getByTestId('camera-stop'));
          await expect.poll(liveTracks).toBe(1);
          await page.getByTestId('back').click();
          await seen(page.getByTestId('teacher-class'));
          await expect.poll(liveTracks, 'no camera left on').toBe(0);
        });
      }

      expect.soft(game.pageErrors, 'no page error').toEqual([]);
      expect.soft(await game.cspViolations(), 'no CSP violation').toEqual([]);
      expect(
        game.requests.filter(
          (url) => !url.startsWith(origin) && !url.startsWith('blob:') && !url.startsWith('data:'),
        ),
        'no request beyond the game',
      ).toEqual([]);
    });
  });
}
