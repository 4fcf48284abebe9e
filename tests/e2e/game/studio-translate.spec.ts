/**
 * The studio's Translate tab as a translator and an NGO author meet it: the
 * example story's pt-BR side by side; a malformed file refused with a
 * message and nothing changed; a round trip through XLIFF and through PO
 * (exported, edited as a translator's tool would, imported back) in which the
 * source line changed in the editor meanwhile comes back stale, on screen;
 * marking a line reviewed makes it done. Then, in pt-BR, a new language is
 * added to the new-story template and its first line typed and reviewed.
 * Screenshots of the tab at 1366×768 in es and pt-BR (and a phone, to see
 * what is left of it there).
 */
import { readFileSync, writeFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { seriousAxeViolations } from './axe';
import { expect, STORY, test } from './fixtures';
import { scenarioLines } from './expected-text';
import { seen, shoot, studioText } from './studio-helpers';

const LAPTOP = [{ width: 1366, height: 768 }];
const PHONE = [{ width: 390, height: 844 }];

/** A text of studio.json with its `{{values}}` filled, as i18next fills them. */
function words(lang: string) {
  const table = studioText(lang);
  return (key: string, values: Record<string, string | number> = {}) => {
    const text = table[key] ?? table[`${key}_${values.count === 1 ? 'one' : 'other'}`];
    if (text === undefined) throw new Error(`no studio text ${key}`);
    return text.replace(/\{\{(\w+)\}\}/g, (_, name: string) => String(values[name]));
  };
}

/** A translator's tool changing one target: XLIFF `<target>` of a unit, or PO `msgstr` of an entry. */
function editXliff(xml: string, id: string, text: string): string {
  const unit = new RegExp(`(<unit id="${id.replaceAll('.', '\\.')}">[\\s\\S]*?<target>)[^<]*(</target>)`);
  expect(xml).toMatch(unit);
  return xml.replace(unit, `$1${text}$2`);
}
function editPo(po: string, id: string, text: string): string {
  const entry = new RegExp(`(msgctxt "${id.replaceAll('.', '\\.')}"\\nmsgid "[^\\n]*"\\nmsgstr ")[^\\n]*(")`);
  expect(po).toMatch(entry);
  return po.replace(entry, `$1${text}$2`);
}

/** Types `insert` into the source table right after a line's opening quote, as an author would. */
async function changeSource(page: Page, line: string, insert: string): Promise<void> {
  await page.locator('.studio-file[data-file="text/es.yaml"]').click();
  const row = page.locator('.cm-line', { hasText: `${line}: '` }).first();
  await seen(row);
  await row.click({ position: { x: 4, y: 6 } });
  await page.keyboard.press('Home');
  for (let i = 0; i < `${line}: '`.length; i++) await page.keyboard.press('ArrowRight');
  await page.keyboard.type(insert);
  await expect(row).toContainText(`${line}: '${insert}`);
}

async function download(page: Page, testId: string): Promise<{ name: string; text: string }> {
  const downloading = page.waitForEvent('download');
  await page.getByTestId(testId).click();
  const file = await downloading;
  return { name: file.suggestedFilename(), text: readFileSync((await file.path())!, 'utf8') };
}

const row = (page: Page, line: string) => page.locator(`.translate-table tr[data-line="${line}"]`);

/** What a person reads of a line: its state in words, and the translation in its field. */
async function expectLine(page: Page, lang: string, line: string, state: string, translation?: string) {
  const r = row(page, line);
  await seen(r.getByTestId('line-state'), `${line} state`);
  await expect(r.getByTestId('line-state')).toContainText(words(lang)(`translate.state.${state}`));
  await expect(r).toHaveAttribute('data-state', state);
  if (translation !== undefined) await expect(r.locator('textarea').first()).toHaveValue(translation);
}

test.describe('es', () => {
  test.use({ lang: 'es' });

  test('studio translate: pt-BR side by side, a bad file refused, XLIFF and PO round trips with a stale line, marked reviewed', async ({
    game,
  }, testInfo) => {
    test.setTimeout(4 * 60_000);
    const { page } = game;
    const w = words('es');
    const pt = scenarioLines(STORY, 'pt-BR');
    const lines = Object.keys(scenarioLines(STORY, 'es')).length;
    await page.goto(`${game.origin}/#/studio`);
    const shipped = page.locator(`[data-story="${STORY}"]`);
    await seen(shipped);
    await shipped.getByTestId('shipped-open').click();
    await expect(page.getByTestId('studio-story')).toHaveText(STORY);

    await test.step('the Translate tab shows pt-BR line by line, every line done', async () => {
      await page.getByTestId('tab-translate').click();
      await page.getByTestId('translate-language').selectOption('pt-BR');
      await seen(page.getByTestId('translate-counts'));
      await expect(page.getByTestId('translate-counts')).toContainText(
        w('translate.count.done', { count: lines }),
      );
      await expectLine(page, 'es', 'meta.title', 'done', pt['meta.title']);
      await expect(row(page, 'meta.title')).toContainText('Mi primer torneo');
      expect.soft(await seriousAxeViolations(page), 'axe: the Translate tab').toEqual([]);
    });

    await test.step('a malformed file is refused with a message, and nothing changes', async () => {
      const bad = testInfo.outputPath(`${STORY}.pt-BR.xlf`);
      writeFileSync(bad, '<xliff version="2.0"><file id="first-tournament"><unit');
      await page.getByTestId('translate-import').setInputFiles(bad);
      const report = page.getByTestId('translate-report');
      await seen(report);
      await expect(report).toHaveAttribute('role', 'alert');
      await expect(report).toContainText(w('translate.import.refused', { file: `${STORY}.pt-BR.xlf` }));
      await expect(page.getByTestId('studio-story')).not.toContainText(w('save.unsaved'));
      await expect(page.getByTestId('translate-counts')).toContainText(
        w('translate.count.done', { count: lines }),
      );
      const named = testInfo.outputPath('notes.txt');
      writeFileSync(named, 'hello');
      await page.getByTestId('translate-import').setInputFiles(named);
      await expect(report).toContainText(w('translate.import.badName'));
      await expect(page.getByTestId('studio-story')).not.toContainText(w('save.unsaved'));
    });

    await test.step('XLIFF: exported, edited, a source line changed meanwhile, imported: that line is stale', async () => {
      const file = await download(page, 'translate-export-xliff');
      expect(file.name).toBe(`${STORY}.pt-BR.xlf`);
      const edited = editXliff(
        editXliff(file.text, 'meta.title', 'Meu grande primeiro torneio'),
        'meta.summary',
        'Depois de um torneio online, alguém muito simpático começa a conversar com você.',
      );
      await changeSource(page, 'meta.title', 'Gran ');
      // The changed line is stale at once; the import then brings the translator's text in.
      await page.getByTestId('tab-translate').click();
      await expectLine(page, 'es', 'meta.title', 'stale', pt['meta.title']);
      const path = testInfo.outputPath(file.name);
      writeFileSync(path, edited);
      await page.getByTestId('translate-import').setInputFiles(path);
      const report = page.getByTestId('translate-report');
      await seen(report);
      await expect(report).toContainText(w('translate.import.written', { count: 2, file: file.name }));
      await seen(page.getByTestId('translate-report-stale'));
      await expect(page.getByTestId('translate-report-stale')).toContainText('meta.title');
      await expectLine(page, 'es', 'meta.title', 'stale', 'Meu grande primeiro torneio');
      await expectLine(
        page,
        'es',
        'meta.summary',
        'done',
        'Depois de um torneio online, alguém muito simpático começa a conversar com você.',
      );
      await expect(page.getByTestId('studio-story')).toContainText(w('save.unsaved'));
      await shoot(page, 'es', 'studio-translate-xliff', LAPTOP);
    });

    await test.step('PO: the same round trip, with the fuzzy flag of the stale line left alone', async () => {
      const file = await download(page, 'translate-export-po');
      expect(file.name).toBe(`${STORY}.pt-BR.po`);
      const edited = editPo(
        editPo(
          file.text,
          'teacher.goal.signs',
          'Reconhecer sinais de alerta de aliciamento no chat de um jogo.',
        ),
        'teacher.goal.actions',
        'Praticar ações que protegem: dizer não, bloquear, denunciar e contar para um adulto.',
      );
      await changeSource(page, 'teacher.goal.signs', 'Saber ');
      await page.getByTestId('tab-translate').click();
      const path = testInfo.outputPath(file.name);
      writeFileSync(path, edited);
      await page.getByTestId('translate-import').setInputFiles(path);
      await expect(page.getByTestId('translate-report')).toContainText(
        w('translate.import.written', { count: 2, file: file.name }),
      );
      await expect(page.getByTestId('translate-report-stale')).toContainText('teacher.goal.signs');
      await expectLine(
        page,
        'es',
        'teacher.goal.signs',
        'stale',
        'Reconhecer sinais de alerta de aliciamento no chat de um jogo.',
      );
      await expectLine(
        page,
        'es',
        'teacher.goal.actions',
        'done',
        'Praticar ações que protegem: dizer não, bloquear, denunciar e contar para um adulto.',
      );
      // The checker agrees, in the list on the left.
      await expect(page.locator('.studio-finding[data-code="stale-translation"]').first()).toBeVisible();
    });

    await test.step('"to do" shows the stale lines; marking one reviewed makes it done', async () => {
      await page.getByTestId('translate-filter-todo').check();
      await expect(page.locator('.translate-table tbody tr')).toHaveCount(2);
      await expect(page.getByTestId('translate-counts')).toContainText(
        w('translate.count.stale', { count: 2 }),
      );
      await shoot(page, 'es', 'studio-translate', LAPTOP);
      await row(page, 'meta.title')
        .getByRole('button', { name: w('translate.review') })
        .click();
      await expect(row(page, 'meta.title')).toHaveCount(0);
      await page.getByTestId('translate-filter-all').check();
      await expectLine(page, 'es', 'meta.title', 'done', 'Meu grande primeiro torneio');
      await expect(page.getByTestId('translate-counts')).toContainText(
        w('translate.count.stale', { count: 1 }),
      );
    });
  });
});

test.describe('pt-BR', () => {
  test.use({ lang: 'pt-BR' });

  test('studio translate: a new language added to the template story, a line typed and marked reviewed', async ({
    game,
  }) => {
    const { page } = game;
    const w = words('pt-BR');
    await page.goto(`${game.origin}/#/studio`);
    await page.getByTestId('new-id').fill('my-story');
    await page.getByTestId('new-story').click();
    await expect(page.getByTestId('studio-story')).toHaveText('my-story');
    await page.getByTestId('tab-translate').click();
    await seen(page.getByTestId('translate-counts'));

    await page.getByTestId('translate-add-open').click();
    await page.getByTestId('translate-new-tag').fill('Francês');
    await page.getByTestId('translate-add').click();
    await expect(
      page.getByRole('alert').filter({ hasText: w('translate.add.bad-tag', { tag: 'Francês' }) }),
    ).toBeVisible();
    await page.getByTestId('translate-new-tag').fill('fr');
    await page.getByTestId('translate-add').click();
    await expect(page.getByTestId('translate-language')).toHaveValue('fr');
    await expect(page.getByTestId('translate-new-tag')).toBeHidden();
    await expect(page.locator('.studio-file[data-file="text/fr.yaml"]')).toContainText('*');
    await expectLine(page, 'pt-BR', 'meta.title', 'missing');

    const field = row(page, 'meta.title').locator('textarea');
    await field.fill('Mon histoire');
    await field.press('Tab');
    await expectLine(page, 'pt-BR', 'meta.title', 'new', 'Mon histoire');
    await expect(row(page, 'meta.title')).toContainText(w('translate.why.new'));
    await shoot(page, 'pt-BR', 'studio-translate', LAPTOP);
    await shoot(page, 'pt-BR', 'studio-translate', PHONE);
    expect.soft(await seriousAxeViolations(page), 'axe: a new language').toEqual([]);
    await row(page, 'meta.title')
      .getByRole('button', { name: w('translate.review') })
      .click();
    await expectLine(page, 'pt-BR', 'meta.title', 'done', 'Mon histoire');
    // The line's id opens it in the editor; what is typed in the tab then shows there too.
    await row(page, 'meta.title')
      .getByRole('button', { name: /^meta\.title/ })
      .click();
    await expect(page.locator('.studio-file[data-file="text/fr.yaml"]')).toHaveAttribute(
      'aria-current',
      'true',
    );
    await field.fill('Mon histoire à moi');
    await field.press('Tab');
    await seen(page.locator('.cm-line', { hasText: "text: 'Mon histoire à moi'" }));
    await expectLine(page, 'pt-BR', 'meta.title', 'done', 'Mon histoire à moi');
    // The table the checker reads holds it: the new language's other lines are reported missing, not this one.
    await expect(page.locator('.studio-finding[data-code="missing-translation"]').first()).toBeVisible();
  });
});
