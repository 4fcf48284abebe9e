/**
 * Escudo Studio as an NGO author meets it, on a laptop: the title screen's
 * link opens it (and is hidden on a phone); the example story opens from the
 * stories that come with the game; a broken link shows its finding on the
 * right line (in the list and in the editor) and goes away when fixed; an
 * export is refused while it is broken; the story plays from a middle node in
 * pt-BR with a variable set, in the game's own chat, and a bubble opens its
 * line in the pt-BR table; the exported pack is byte for byte what
 * `npm run scenarios:pack` writes. No page error, no CSP violation, no request
 * to another origin. Screenshots at 1366×768 and 1920×1080.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { packFolder } from '../../../src/cli/pack-scenario';
import { packFileText } from '../../../src/format/pack/pack-source';
import { writeZip, readZip } from '../../../src/studio/model/zip';
import { readShippedSource } from '../../../src/studio/model/shipped';
import { scenarioSources } from '../../../src/vite/scenario-sources';
import { seriousAxeViolations } from './axe';
import { expect, STORY, test } from './fixtures';
import { scenarioLines } from './expected-text';
import { seen, shoot, studioText } from './studio-helpers';

const LANG = 'en';
/** The node the play-test starts from: in the middle of the example story, with a message that depends on a variable. */
const MIDDLE = 'secret';
const BROKEN_LINK = 'goto: coins';

test.use({ lang: LANG });

test('studio: open the example story, break it and fix it, play it from a middle node in pt-BR, export its pack', async ({
  game,
}) => {
  test.setTimeout(4 * 60_000);
  const { page, origin } = game;
  const words = studioText(LANG);
  const logic = readFileSync(`scenarios/${STORY}/scenario.yaml`, 'utf8').split('\n');
  const brokenLine = logic.findIndex((l) => l.trim() === BROKEN_LINK) + 1;
  expect(brokenLine).toBeGreaterThan(0);

  await test.step('the title screen links to the studio on a laptop, not on a phone', async () => {
    const link = page.getByTestId('open-studio');
    await page.setViewportSize({ width: 360, height: 740 });
    await expect(link).toBeHidden();
    await page.setViewportSize({ width: 1366, height: 768 });
    await seen(link);
    await link.click();
    await seen(page.getByTestId('studio-welcome'));
    expect(new URL(page.url()).hash).toBe('#/studio');
    await shoot(page, LANG, 'studio-01-welcome');
  });

  await test.step('the example story opens from the stories that come with the game, with nothing to fix', async () => {
    const row = page.locator(`[data-story="${STORY}"]`);
    await seen(row);
    await row.getByTestId('shipped-open').click();
    await expect(page.getByTestId('studio-story')).toHaveText(STORY);
    await expect(page.getByTestId('findings-summary')).toContainText(/Errors: 0 · warnings: 0 · checked/);
    await seen(page.locator('[data-testid="editor"] .cm-content'));
    await seen(page.locator('.graph-node[data-node="start"]'));
    expect.soft(await seriousAxeViolations(page), 'axe: the studio with a story open').toEqual([]);
    await shoot(page, LANG, 'studio-02-story');
  });

  await test.step('a broken link shows its finding on its own line, in the list and in the editor', async () => {
    // The map opens the node; the broken choice is a few lines below it.
    await page.locator('.graph-node[data-node="start"]').click();
    const line = page.locator('.cm-line', { hasText: BROKEN_LINK }).first();
    // Long comments wrap: scroll on, as an author would, until the choice is drawn.
    for (let i = 0; i < 20 && (await line.count()) === 0; i++) {
      await page.getByTestId('editor').hover();
      await page.mouse.wheel(0, 250);
    }
    await seen(line);
    await line.click();
    await page.keyboard.press('End');
    await page.keyboard.type('z');
    const finding = page.locator(`.studio-finding.finding-error[data-line="${brokenLine}"]`);
    await seen(finding);
    await expect(finding).toContainText('coinsz');
    await expect(finding.locator('.finding-message')).toContainText('there is no node called "coinsz"');
    await expect(page.getByTestId('findings-summary')).toContainText(/Errors: [1-9]/);
    // The editor underlines it on that line: the line with the typed text holds the error mark.
    const marked = page.locator('.cm-line', { hasText: 'goto: coinsz' });
    await expect(marked.locator('.cm-lintRange-error')).toHaveCount(1);
    const gutterLine = page.locator('.cm-gutterElement', { hasText: new RegExp(`^${brokenLine}$`) });
    await seen(gutterLine);
    await shoot(page, LANG, 'studio-03-finding');
  });

  await test.step('the finding reads in the studio language: Spanish, then Portuguese, node names as written', async () => {
    const finding = page.locator(`.studio-finding.finding-error[data-line="${brokenLine}"] .finding-message`);
    for (const [lang, says] of [
      ['es', 'no hay ningún nodo llamado "coinsz"; ¿quisiste decir "coins"?'],
      ['pt-BR', 'não existe nenhum nó chamado "coinsz"; você quis dizer "coins"?'],
    ] as const) {
      // The words come from that language's table, not from this test.
      expect(studioText(lang)['finding.unknown-node']).toContain(says.split('"')[0]);
      await page.getByTestId('studio-language').selectOption(lang);
      await seen(finding, `the finding in ${lang}`);
      await expect(finding).toContainText(says);
      await expect(finding).toHaveAttribute('lang', lang);
      await expect(finding).not.toContainText('{{');
      await shoot(page, lang, 'studio-03-finding');
    }
    await page.getByTestId('studio-language').selectOption(LANG);
    await expect(finding).toContainText('there is no node called "coinsz"; did you mean "coins"?');
  });

  await test.step('while it is broken, the pack is refused and the studio says why', async () => {
    await page.getByTestId('studio-export').click();
    await seen(page.getByTestId('studio-notice'));
    await expect(page.getByTestId('studio-notice')).toHaveAttribute('role', 'alert');
    await seen(page.getByTestId('export-refused'));
    await expect(page.getByTestId('export-refused')).toHaveText(words['export.why']!);
  });

  await test.step('fixing it clears the finding', async () => {
    await page.locator('.cm-line', { hasText: 'goto: coinsz' }).click();
    await page.keyboard.press('End');
    await page.keyboard.press('Backspace');
    await expect(page.getByTestId('findings-summary')).toContainText(/Errors: 0 · warnings: 0 · checked/);
    await expect(page.locator('.studio-finding')).toHaveCount(0);
  });

  await test.step(`it plays from "${MIDDLE}" in pt-BR with a variable set, in the game's chat`, async () => {
    const pt = scenarioLines(STORY, 'pt-BR');
    await page.getByTestId('tab-play').click();
    await page.getByTestId('play-language').selectOption('pt-BR');
    await page.getByTestId('play-from').selectOption(MIDDLE);
    await page.getByTestId('play-variables').locator('summary').click();
    await page.locator('[data-var="coinsAccepted"]').check();
    await page.getByTestId('play-start').click();
    const host = page.getByTestId('play-host');
    await seen(host.getByTestId('screen-chat'));
    // The line that needs coinsAccepted arrives; the one for "not coinsAccepted" does not.
    const secret = host.locator('[data-message="secret.leo.secret"]');
    await seen(secret);
    await expect(secret).toContainText(pt['secret.leo.secret']!.slice(0, 20));
    await expect(host.locator('[data-message="secret.leo.secret-chat"]')).toHaveCount(0);
    await expect(host.locator('[data-message="start.leo.gg"]')).toHaveCount(0);
    await seen(host.getByTestId('action-block'));
    expect.soft(await seriousAxeViolations(page), 'axe: the play-test').toEqual([]);
    await shoot(page, 'pt-BR', 'studio-04-play');
  });

  await test.step('the variables are shown as they are now', async () => {
    await expect(page.locator('[data-var="coinsAccepted"]')).toBeChecked();
  });

  await test.step('a bubble opens its line in the pt-BR table', async () => {
    await page.getByTestId('play-host').locator('[data-message="secret.leo.secret"] .text').first().click();
    await expect(page.locator('.studio-file[data-file="text/pt-BR.yaml"]')).toHaveAttribute(
      'aria-current',
      'true',
    );
    const active = page.locator('.cm-activeLine');
    await seen(active);
    await expect(active).toHaveText(/^secret\.leo\.secret:/);
  });

  await test.step('the exported pack is what npm run scenarios:pack writes', async () => {
    const downloading = page.waitForEvent('download');
    await page.getByTestId('studio-export').click();
    const file = await downloading;
    expect(file.suggestedFilename()).toBe(`${STORY}.pack.json`);
    const text = readFileSync((await file.path())!, 'utf8');
    expect(text).toBe(packFileText(packFolder(`scenarios/${STORY}`).pack!));
    await seen(page.getByTestId('studio-notice'));
  });

  await test.step('nothing went wrong on the way', async () => {
    expect(game.pageErrors).toEqual([]);
    expect(await game.cspViolations()).toEqual([]);
    expect(
      game.requests.filter((u) => !u.startsWith(origin) && !u.startsWith('blob:') && !u.startsWith('data:')),
    ).toEqual([]);
  });
});

for (const lang of ['es', 'pt-BR']) {
  test.describe(lang, () => {
    test.use({ lang });

    test(`studio in ${lang}: its own words, and a new story from the template that passes every check and plays`, async ({
      game,
    }) => {
      const { page } = game;
      const words = studioText(lang);
      await page.goto(`${game.origin}/#/studio`);
      await seen(page.getByRole('heading', { name: words['new.title']! }));
      await page.getByTestId('new-id').fill('Not A Name');
      await page.getByTestId('new-story').click();
      await expect(page.getByRole('alert').filter({ hasText: words['new.badId']! })).toBeVisible();
      await shoot(page, lang, 'studio-01-welcome');
      await page.getByTestId('new-id').fill('my-new-story');
      await page.getByTestId('new-story').click();
      await expect(page.getByTestId('studio-story')).toHaveText('my-new-story');
      const summary = words['findings.summary']!.split('{{errors}}')[0]!;
      await expect(page.getByTestId('findings-summary')).toContainText(`${summary}0`);
      await expect(page.locator('.studio-finding')).toHaveCount(0);
      await seen(page.locator('.graph-node[data-node="aunt"]'));
      await page.getByTestId('tab-play').click();
      await page.getByTestId('play-language').selectOption(lang);
      await page.getByTestId('play-start').click();
      const host = page.getByTestId('play-host');
      await seen(host.locator('[data-message="start.nico.hello"]'));
      await shoot(page, lang, 'studio-02-template-play');
      expect(game.pageErrors).toEqual([]);
      expect(await game.cspViolations()).toEqual([]);
    });
  });
}

test('studio: a .zip opens, an edit is saved as a .zip download with the same folder, and a damaged .zip is refused with a message', async ({
  game,
}, testInfo) => {
  const { page } = game;
  const words = studioText(LANG);
  const original = readShippedSource(JSON.parse(scenarioSources('.').get('the-password')!))!;
  const zipFile = testInfo.outputPath('the-password.zip');
  const badFile = testInfo.outputPath('damaged.zip');
  writeFileSync(zipFile, writeZip([original]));
  writeFileSync(badFile, 'this is not a zip');
  await page.goto(`${game.origin}/#/studio`);
  await seen(page.getByTestId('open-zip'));

  await page.getByTestId('open-zip-input').setInputFiles(badFile);
  await expect(page.getByTestId('studio-notice')).toHaveText(words['open.problem.not-a-zip']!);
  await seen(page.getByTestId('studio-notice'));
  await expect(page.getByTestId('studio-welcome')).toBeVisible();

  await page.getByTestId('open-zip-input').setInputFiles(zipFile);
  await expect(page.getByTestId('studio-story')).toHaveText('the-password');
  await expect(page.getByTestId('findings-summary')).toContainText(/Errors: 0 · warnings: 0 · checked/);
  // An edit to the English table: a comment at its top.
  await page.locator('.studio-file[data-file="text/en.yaml"]').click();
  await page.locator('.cm-line').first().click();
  await page.keyboard.press('Home');
  await page.keyboard.type('# edited in the studio\n');
  await expect(page.getByTestId('studio-story')).toContainText(words['save.unsaved']!);
  // Closing a story with unsaved edits asks first; saying no keeps everything.
  const asked = new Promise<string>((resolve) =>
    page.once('dialog', (d) => {
      resolve(d.message());
      void d.dismiss();
    }),
  );
  await page.getByTestId('studio-close').click();
  expect(await asked).toBe(words['save.confirmDiscard']);
  await expect(page.getByTestId('studio-story')).toContainText(words['save.unsaved']!);
  const downloading = page.waitForEvent('download');
  await page.getByTestId('studio-save').click();
  const file = await downloading;
  expect(file.suggestedFilename()).toBe('the-password.zip');
  const back = readZip(new Uint8Array(readFileSync((await file.path())!)));
  expect(back.ok).toBe(true);
  if (!back.ok) return;
  const [saved] = back.stories;
  expect(saved!.folder).toBe('the-password');
  expect(saved!.files['text/en.yaml']).toBe(`# edited in the studio\n${original.files['text/en.yaml']}`);
  for (const path of Object.keys(original.files).filter((p) => p !== 'text/en.yaml'))
    expect(saved!.files[path], path).toBe(original.files[path]);
  await expect(page.getByTestId('studio-story')).not.toContainText(words['save.unsaved']!);
  expect(game.pageErrors).toEqual([]);
});
