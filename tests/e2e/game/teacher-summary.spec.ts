/**
 * The class summary, its downloads and the printed report, as a teacher
 * meets them. On one device a teacher makes a PIN and a class; a child with
 * the class code plays the example story (flagging a message on the way)
 * and hands in a file, which is kept as the record of what was played: the
 * figures the summary must show are counted from its transcripts here, not
 * by the summary's own code. The teacher then opens the summary (results
 * played on this device count directly): the figures, the charts with their
 * tables, the risky choice's text; the projector view without the nickname;
 * the CSV downloads parse back to the figures shown, the JSON parses; the
 * report printed to PDF has its sections and no nickname.
 */
import { readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { extractText, getDocumentProxy } from 'unpdf';
import { expect, longJourneyLanguages, STORY, test } from './fixtures';
import { scenarioLines } from './expected-text';
import { messageSpeed, playToEnding, screenInReach, startStory, waitForTurn } from './journeys';
import { checkScreen, overflowsSideways, SHOTS_DIR, shootWhole } from './screens';
import { StoryGraph } from './story-graph';
import { download, expectedFigures, fill, parseCsv, rowCells, type HandInTranscript } from './summary-checks';
import { enterPin, makeClass, openWithNewPin, seen, teacherText } from './teacher-pages';

const PIN = '2468';

/** Back to the title screen, then Play: the hub of the profile that was used last. */
async function toHub(page: Page, origin: string): Promise<void> {
  await page.goto(`${origin}/`);
  await page.getByTestId('play').click();
  await expect(page.getByTestId('screen-hub')).toBeVisible();
}

/**
 * A child with the class code plays the example story `plays` times: the
 * first time flagging Leo's second message and taking the first choice
 * each time (risky ones among them), then steering to another ending.
 * Returns the nickname and the transcripts of the handed-in file.
 */
async function childPlays(
  page: Page,
  origin: string,
  code: string,
  plays: number,
): Promise<{ nickname: string; transcripts: HandInTranscript[] }> {
  await page.goto(`${origin}/`);
  await page.getByTestId('play').click();
  await expect(page.getByTestId('screen-profile')).toBeVisible();
  const nickname = (await page.getByTestId('nickname').inputValue()).trim();
  await page.getByTestId('band-11-14').check({ force: true });
  await page.getByTestId('class-code').fill(code);
  await page.getByTestId('create-profile').click();
  await expect(page.getByTestId('screen-hub')).toBeVisible();
  await messageSpeed(page, 'instant');
  const graph = new StoryGraph(STORY);
  const found = new Set<string>();
  for (let i = 0; i < plays; i++) {
    if (i > 0) await toHub(page, origin);
    await startStory(page);
    if (i === 0) {
      await waitForTurn(page);
      await page.getByTestId('flag').nth(1).click();
      await page.getByTestId('sign-unsure').click();
      await page.getByTestId('flag-ok').click();
    }
    const ending = await playToEnding(page, i === 0 ? 'first' : (ids) => graph.choiceToward(ids, found));
    found.add(ending);
  }
  await toHub(page, origin);
  await page.getByTestId('open-hand-in').click();
  const download = page.waitForEvent('download');
  await page.getByTestId('hand-in-file').click();
  const file = JSON.parse(readFileSync(await (await download).path(), 'utf8')) as {
    handIn: { attempts: { transcript: HandInTranscript }[] };
  };
  return { nickname, transcripts: file.handIn.attempts.map((a) => a.transcript) };
}

async function openSummary(page: Page, origin: string, code: string): Promise<void> {
  await page.goto(`${origin}/#/teacher/class?code=${code}`);
  const pin = page.getByTestId('pin-enter');
  await expect(pin.or(page.getByTestId('teacher-class'))).toBeVisible();
  if (await pin.isVisible()) await enterPin(page, PIN);
  await seen(page.getByTestId('class-open-summary'));
  await page.getByTestId('class-open-summary').click();
  await seen(page.getByTestId('teacher-summary').locator('h1'));
}

/** A chart that was drawn, in view, named for assistive technology, with its table. */
async function chartDrawn(page: Page, id: string): Promise<void> {
  const canvas = page.getByTestId(`chart-${id}`);
  await seen(canvas, `the ${id} chart is in view`);
  await expect(canvas).toHaveAttribute('data-drawn', 'true');
  await expect(canvas).toHaveAttribute('role', 'img');
  expect((await canvas.getAttribute('aria-label'))?.length ?? 0).toBeGreaterThan(10);
  const box = (await canvas.boundingBox())!;
  expect(box.width, `the ${id} chart has room`).toBeGreaterThan(150);
  // Something was painted: not every pixel is the same.
  const painted = await canvas.evaluate((el: HTMLCanvasElement) => {
    const data = el.getContext('2d')!.getImageData(0, 0, el.width, el.height).data;
    for (let i = 4; i < data.length; i += 4) if (data[i + 3] !== data[3] || data[i] !== data[0]) return true;
    return false;
  });
  expect(painted, `the ${id} chart has something drawn`).toBe(true);
  await seen(page.getByTestId(`table-${id}`));
}

/** The whole of the page's text a person could read (the open screen). */
const screenText = (page: Page) => page.getByTestId('teacher-summary').innerText();

for (const lang of longJourneyLanguages('pt-BR')) {
  test.describe(lang, () => {
    test.use({ lang });

    test(`class summary (${lang}): figures, charts, projector view, downloads, printed report`, async ({
      game,
    }) => {
      test.setTimeout(8 * 60_000);
      const { page, origin } = game;
      const w = teacherText(lang);
      const signs = JSON.parse(readFileSync(`assets/locales/${lang}/signs.json`, 'utf8')) as Record<
        string,
        { name: string }
      >;
      const lines = scenarioLines(STORY, lang);
      // Two plays in English (first vs best, two endings); one elsewhere, to keep the run short.
      const plays = lang === 'en' ? 2 : 1;
      let code = '';
      let nickname = '';
      let expected!: ReturnType<typeof expectedFigures>;

      await test.step('a class with no results: the summary says kindly how results arrive', async () => {
        await openWithNewPin(page, lang, PIN);
        code = await makeClass(page, '6º B');
        await page.getByTestId('class-open-summary').click();
        await seen(page.getByTestId('summary-empty'));
        await expect(page.getByTestId('summary-empty')).toContainText(w['summary.empty.lead']!);
        await expect(page.getByTestId('summary-empty')).toContainText(w['summary.empty.step2']!);
        await checkScreen(page, lang, 'teacher-summary-01-empty');
      });

      await test.step('a child with the class code plays and hands in', async () => {
        const played = await childPlays(page, origin, code, plays);
        nickname = played.nickname;
        expected = expectedFigures(played.transcripts);
        expect(expected.attempts).toBe(plays);
        expect(expected.spottedTotal, 'the flag spotted a sign').toBeGreaterThan(0);
        expect(expected.missedTotal, 'some signs were missed').toBeGreaterThan(0);
        expect(expected.risky.length, 'a risky choice was made').toBeGreaterThan(0);
      });

      await test.step('the summary shows the figures of what was played on this device', async () => {
        await openSummary(page, origin, code);
        await expect(page.getByTestId('summary-counts')).toHaveText(
          fill(w['summary.counts']!, { results: expected.attempts, children: 1 }),
        );
        await seen(page.getByTestId('summary-sources'));
        await expect(page.getByTestId('summary-sources')).toContainText(w['summary.source.this-device']!);
        const completion = page.getByTestId('figure-completion');
        await seen(completion);
        await expect(completion).toContainText(
          fill(w['summary.figure.completionDetail']!, { done: expected.completed, count: expected.attempts }),
        );
        for (const [kind, n] of expected.endings) {
          const cells = await rowCells(page, 'table-endings', kind);
          expect(cells.slice(0, 2), `ending ${kind}`).toEqual([w[`summary.kind.${kind}`], String(n)]);
        }
        const [spottedSign, spottedN] = [...expected.spotted.entries()][0]!;
        const spottedRow = await rowCells(page, 'table-signs', spottedSign);
        expect(spottedRow[0]).toBe(signs[spottedSign]!.name);
        expect(Number(spottedRow[1]), `${spottedSign} spotted`).toBe(spottedN);
        const [missedSign, missedN] = [...expected.missed.entries()].find(([s]) => !expected.spotted.has(s))!;
        const missedRow = await rowCells(page, 'table-signs', missedSign);
        expect(missedRow.slice(1, 3).map(Number), `${missedSign} spotted, missed`).toEqual([0, missedN]);
        // The most common risky choices, with their text in the teacher's language.
        const risky = page.getByTestId('table-risky');
        await seen(risky);
        const text = lines[expected.risky[0]!]!.replace(/\{\{player\}\}/g, w['summary.player']!);
        await expect(risky).toContainText(text);
        for (const chart of ['endings', 'signs', 'protective']) await chartDrawn(page, chart);
        await expect(page.getByTestId('summary-open-report')).toBeVisible();
        await checkScreen(page, lang, 'teacher-summary-02-class');
      });

      await test.step("one story on its own; what to discuss next, with the story's questions", async () => {
        await page.getByTestId('summary-scope').selectOption(`story:${STORY}`);
        await seen(page.getByTestId('block-story-endings'));
        await expect(page.getByTestId('part-figures').locator('h2')).toHaveText(lines['meta.title']!);
        const plan = page.getByTestId('plan');
        await seen(plan);
        await expect(plan).toContainText(lines['teacher.question.when']!.slice(0, 30));
        await checkScreen(page, lang, 'teacher-summary-03-story');
        await page.getByTestId('summary-scope').selectOption('class');
      });

      await test.step('each student, hidden until asked for; the projector view shows numbers only', async () => {
        const toggle = page.getByTestId('summary-children-toggle');
        await expect(page.getByTestId('table-children')).toHaveCount(0);
        await seen(toggle);
        await toggle.click();
        await expect(toggle).toHaveAttribute('aria-expanded', 'true');
        await seen(page.getByTestId('table-children'));
        await expect(page.getByTestId('table-children')).toContainText(nickname);
        await page.getByTestId('summary-anonymous').click();
        await seen(page.getByTestId('summary-anonymous-note'));
        await seen(page.getByTestId('table-children'));
        await expect(page.getByTestId('table-children')).toContainText(
          fill(w['summary.childNumber']!, { n: 1 }),
        );
        expect(await screenText(page), 'no nickname in the projector view').not.toContain(nickname);
        await expect(page.getByTestId('download-attempts'), 'no downloads while projecting').toHaveCount(0);
        await checkScreen(page, lang, 'teacher-summary-04-projector');
        await page.getByTestId('summary-anonymous').click();
        await seen(page.getByTestId('download-summary'));
      });

      await test.step('at 200 % text on a phone, nothing spills sideways and Quick exit is in reach', async () => {
        const before = page.viewportSize()!;
        await page.setViewportSize({ width: 360, height: 740 });
        // A teacher's browser set to twice the text size (the teacher area follows the browser's size).
        await page.evaluate(() => (document.documentElement.style.fontSize = '200%'));
        await page.waitForTimeout(200);
        expect(await overflowsSideways(page), 'no sideways scrolling at 200 %').toBe(false);
        // The teacher's focus stays where they put it, in view (the resize moved the layout under it).
        await page.evaluate(() =>
          (document.activeElement as HTMLElement | null)?.scrollIntoView({ block: 'nearest' }),
        );
        await screenInReach(page, `${lang} summary at 200 % text, phone`);
        await seen(page.getByTestId('chart-signs'));
        await shootWhole(page, `${SHOTS_DIR}/${lang}/teacher-summary-05-200pct-phone.png`);
        await page.evaluate(() => (document.documentElement.style.fontSize = ''));
        await page.setViewportSize(before);
      });

      await test.step('the CSV downloads parse back to the figures shown; the JSON parses', async () => {
        const summary = await download(page, 'download-summary');
        expect(summary.name).toMatch(new RegExp(`^escudo-${code}-summary-\\d{4}-\\d{2}-\\d{2}\\.csv$`));
        const rows = parseCsv(summary.text);
        const classRow = rows.find((r) => r[w['summary.export.scope']!] === w['summary.scope.class'])!;
        expect(classRow, 'a row for the whole class').toBeTruthy();
        const shown = await page.getByTestId('figure-attempts').locator('.key-figure-value').textContent();
        expect(classRow[w['summary.export.attempts']!]).toBe(shown?.trim());
        expect(Number(classRow[w['summary.export.completed']!])).toBe(expected.completed);
        expect(Number(classRow[w['summary.export.signsSpotted']!])).toBe(expected.spottedTotal);
        expect(Number(classRow[w['summary.export.signsMissed']!])).toBe(expected.missedTotal);

        const signsFile = parseCsv((await download(page, 'download-signs')).text);
        const [sign, n] = [...expected.spotted.entries()][0]!;
        const signRow = signsFile.find(
          (r) =>
            r[w['summary.export.scope']!] === w['summary.scope.class'] &&
            r[w['summary.export.sign']!] === signs[sign]!.name,
        )!;
        expect(Number(signRow[w['summary.export.spotted']!])).toBe(n);
        expect(signRow[w['summary.export.spotted']!]).toBe((await rowCells(page, 'table-signs', sign))[1]);

        const anonymous = await download(page, 'download-attempts');
        expect(anonymous.name, 'no nickname in the file name').not.toContain(nickname);
        expect(anonymous.text, 'no nickname unless asked for').not.toContain(nickname);
        const attemptRows = parseCsv(anonymous.text);
        expect(attemptRows).toHaveLength(expected.attempts);
        expect(attemptRows[0]![w['summary.export.nickname']!]).toBe(
          fill(w['summary.childNumber']!, { n: 1 }),
        );

        await page.getByTestId('download-names').check();
        const named = parseCsv((await download(page, 'download-attempts')).text);
        expect(named[0]![w['summary.export.nickname']!]).toBe(nickname);

        const json = JSON.parse((await download(page, 'download-json')).text) as {
          format: string;
          attempts: unknown[];
          summary: { figures: { attempts: number; completed: number } };
        };
        expect(json.format).toBe('escudo-class-results');
        expect(json.attempts).toHaveLength(expected.attempts);
        expect(json.summary.figures.completed).toBe(expected.completed);
      });

      await test.step('the printable report: on screen, in print, and as a PDF without nicknames', async () => {
        await page.getByTestId('summary-open-report').click();
        await seen(page.getByTestId('teacher-report').locator('h1'));
        await seen(page.getByTestId('report-print'));
        for (const chart of ['endings', 'signs', 'protective'])
          await expect(page.getByTestId(`chart-${chart}`)).toHaveAttribute('data-drawn', 'true');
        expect(await page.getByTestId('teacher-report').innerText()).not.toContain(nickname);
        await checkScreen(page, lang, 'teacher-report-01-screen');

        await page.emulateMedia({ media: 'print' });
        for (const size of [
          { name: 'phone', width: 360, height: 740 },
          { name: 'chromebook', width: 1366, height: 768 },
        ]) {
          await page.setViewportSize(size);
          await page.waitForTimeout(200);
          await expect(page.getByTestId('report-print'), 'no buttons on paper').toBeHidden();
          await expect(page.locator('.topbar'), 'no top bar on paper').toBeHidden();
          await page.screenshot({
            path: `${SHOTS_DIR}/${lang}/teacher-report-02-print-${size.name}.png`,
            fullPage: true,
          });
        }
        const pdf = await page.pdf({ format: 'A4', printBackground: false });
        await page.emulateMedia({ media: 'screen' });
        const { totalPages, text } = await extractText(await getDocumentProxy(new Uint8Array(pdf)), {
          mergePages: false,
        });
        expect(totalPages, 'a report of a few pages').toBeGreaterThanOrEqual(3);
        expect(totalPages, 'a report of a few pages').toBeLessThanOrEqual(12);
        const all = text.join('\n');
        const flat = (s: string) => s.replace(/\s+/g, '');
        for (const title of [
          fill(w['report.title']!, { name: '6º B' }),
          w['summary.scope.wholeClass']!,
          w['summary.block.signs']!,
          w['summary.block.risky']!,
          w['summary.plan.title']!,
          w['report.storiesTitle']!,
        ])
          expect(
            text.some((p) => flat(p).includes(flat(title))),
            `"${title}" is on a page`,
          ).toBe(true);
        expect(flat(all), 'no nickname in the report').not.toContain(flat(nickname));
        // Parts begin on a page of their own: what to discuss next is not on the first page.
        expect(flat(text[0]!)).not.toContain(flat(w['summary.plan.title']!));
      });

      await test.step('the report with nicknames, when the teacher asks', async () => {
        await page.setViewportSize({ width: 1366, height: 768 });
        await page.getByTestId('report-names').check();
        await seen(page.getByTestId('table-children'));
        await expect(page.getByTestId('table-children')).toContainText(nickname);
      });

      expect.soft(game.pageErrors, 'no page error').toEqual([]);
      expect.soft(await game.cspViolations(), 'no CSP violation').toEqual([]);
      expect
        .soft(
          game.requests.filter(
            (u) => !u.startsWith(origin) && !u.startsWith('blob:') && !u.startsWith('data:'),
          ),
          'no request beyond the game',
        )
        .toEqual([]);
    });
  });
}
