/**
 * A class with three devices, end to end, the way the teacher guide tells
 * it (docs/teacher-guide.md): the teacher makes a PIN and a class; three
 * children, each on a device of their own (a browser context with its own
 * storage), make a profile with the class code, play the example story to
 * different endings and hand in — two by file, one by QR codes (pictures of
 * the codes on the child's screen); the teacher imports them all, and the
 * class page, the summary, the CSV download and the printed report give the
 * figures counted here from the handed-in transcripts.
 */
import { extractText, getDocumentProxy } from 'unpdf';
import { expect, test } from './fixtures';
import { handInOf, playAndHandInByFile, type HandedIn } from './hand-in-devices';
import { checkScreen } from './screens';
import { download, expectedFigures, fill, parseCsv, rowCells, type HandInTranscript } from './summary-checks';
import { makeClass, openWithNewPin, seen, teacherText } from './teacher-pages';

const PIN = '864201';
// Spanish first: the language of most of the classes Escudo is made for.
const LANG = 'es';

test.use({ lang: LANG });

test('three devices hand in by file and by QR code; the teacher imports, reads the summary, downloads and prints', async ({
  game,
  browser,
}) => {
  test.setTimeout(12 * 60_000);
  const { page, origin } = game;
  const w = teacherText(LANG);
  const dir = test.info().outputPath('hand-ins');
  const transcriptsOf = (h: HandedIn) =>
    handInOf(h.text).attempts.map((a) => a.transcript as unknown as HandInTranscript);
  const endingOf = (h: HandedIn) => transcriptsOf(h)[0]!.ending!.node;
  let code = '';
  const devices: HandedIn[] = [];

  await test.step('the teacher makes a PIN and a class', async () => {
    await openWithNewPin(page, LANG, PIN);
    code = await makeClass(page, '6º B');
  });

  await test.step('three children play on their own devices, each to another ending, and hand in', async () => {
    // Three ways to play: the first reply each time, the last one, and the second one.
    const ways: Parameters<typeof playAndHandInByFile>[1]['pick'][] = [
      'first',
      (ids) => ids[ids.length - 1],
      (ids) => ids[1] ?? ids[0],
    ];
    for (const [i, pick] of ways.entries()) {
      devices.push(
        await playAndHandInByFile(browser, {
          origin,
          lang: LANG,
          classCode: code,
          dir,
          pictures: i === 2,
          pick,
        }),
      );
    }
    const found = new Set(devices.map(endingOf));
    expect(new Set(devices.map((d) => d.nickname)).size, 'three children').toBe(3);
    expect(found.size, 'more than one ending').toBeGreaterThan(1);
    expect(devices[2]!.pictures.length, 'the third hands in by QR codes').toBeGreaterThan(0);
  });

  const transcripts = devices.flatMap(transcriptsOf);
  const expected = expectedFigures(transcripts);
  const imported = (count: number) =>
    fill(w['import.summary']!, {
      list: fill(w[`import.summary.imported_${count === 1 ? 'one' : 'other'}`]!, { count }),
    });

  await test.step('the teacher imports two files and the QR codes of the third', async () => {
    await page.getByTestId('class-import').click();
    await seen(page.getByTestId('teacher-import').locator('h1'));
    await page.getByTestId('import-picker').setInputFiles([devices[0]!.path, devices[1]!.path]);
    await expect(page.getByTestId('import-summary').first()).toHaveText(imported(2));
    await seen(page.getByTestId('import-summary').first());
    const codes = devices[2]!.pictures.map((buffer, i) => ({
      name: `qr-${i + 1}.png`,
      mimeType: 'image/png',
      buffer,
    }));
    // Out of order, as a teacher might take the pictures.
    await page.getByTestId('import-picker').setInputFiles(codes.reverse());
    await expect(page.getByTestId('import-summary').first()).toHaveText(imported(1));
    await checkScreen(page, LANG, 'three-devices-01-imported');
    await page.getByTestId('back').click();
    const handedIn = page.getByTestId('class-handed-in');
    await seen(handedIn);
    await expect(handedIn).toHaveText(
      `${fill(w['class.handedInResults_other']!, { count: 3 })} ${fill(w['class.handedInChildren_other']!, { count: 3 })}`,
    );
  });

  await test.step('the summary shows what the three played', async () => {
    await page.getByTestId('class-open-summary').click();
    await seen(page.getByTestId('teacher-summary').locator('h1'));
    await expect(page.getByTestId('summary-counts')).toHaveText(
      fill(w['summary.counts']!, { results: 3, children: 3 }),
    );
    const completion = page.getByTestId('figure-completion');
    await seen(completion);
    await expect(completion).toContainText(
      fill(w['summary.figure.completionDetail']!, { done: expected.completed, count: 3 }),
    );
    for (const [kind, n] of expected.endings) {
      const cells = await rowCells(page, 'table-endings', kind);
      expect(cells.slice(0, 2), `ending ${kind}`).toEqual([w[`summary.kind.${kind}`], String(n)]);
    }
    for (const sign of new Set([...expected.spotted.keys(), ...expected.missed.keys()])) {
      const cells = await rowCells(page, 'table-signs', sign);
      expect(cells.slice(1, 3).map(Number), `${sign}: spotted, missed`).toEqual([
        expected.spotted.get(sign) ?? 0,
        expected.missed.get(sign) ?? 0,
      ]);
    }
    await checkScreen(page, LANG, 'three-devices-02-summary');
  });

  await test.step('the summary CSV parses back to the same numbers', async () => {
    const rows = parseCsv((await download(page, 'download-summary')).text);
    const classRow = rows.find((r) => r[w['summary.export.scope']!] === w['summary.scope.class'])!;
    expect(classRow, 'a row for the whole class').toBeTruthy();
    expect(Number(classRow[w['summary.export.attempts']!])).toBe(3);
    expect(Number(classRow[w['summary.export.completed']!])).toBe(expected.completed);
    expect(Number(classRow[w['summary.export.signsSpotted']!])).toBe(expected.spottedTotal);
    expect(Number(classRow[w['summary.export.signsMissed']!])).toBe(expected.missedTotal);
    const attempts = parseCsv((await download(page, 'download-attempts')).text);
    expect(attempts).toHaveLength(3);
  });

  await test.step('the printed report has its pages, and no nickname', async () => {
    await page.getByTestId('summary-open-report').click();
    await seen(page.getByTestId('teacher-report').locator('h1'));
    for (const chart of ['endings', 'signs', 'protective'])
      await expect(page.getByTestId(`chart-${chart}`)).toHaveAttribute('data-drawn', 'true');
    await page.emulateMedia({ media: 'print' });
    const pdf = await page.pdf({ format: 'A4' });
    await page.emulateMedia({ media: 'screen' });
    const { totalPages, text } = await extractText(await getDocumentProxy(new Uint8Array(pdf)), {
      mergePages: false,
    });
    expect(totalPages).toBeGreaterThanOrEqual(3);
    expect(totalPages).toBeLessThanOrEqual(12);
    const flat = (s: string) => s.replace(/\s+/g, '');
    for (const title of [
      fill(w['report.title']!, { name: '6º B' }),
      w['summary.block.signs']!,
      w['summary.plan.title']!,
    ])
      expect(
        text.some((p) => flat(p).includes(flat(title))),
        `"${title}" is on a page`,
      ).toBe(true);
    for (const d of devices) expect(flat(text.join('')), 'no nickname').not.toContain(flat(d.nickname));
  });

  expect.soft(game.pageErrors, 'no page error').toEqual([]);
  expect.soft(await game.cspViolations(), 'no CSP violation').toEqual([]);
});
