/**
 * docs/ngo-guide.md followed step by step in the built game, the way an
 * educator does it: the studio opened from the title screen, a new story,
 * one line rewritten, a deliberate mistake seen on its line and fixed, the
 * map, a play-test to an ending, the pack exported, then a second device (a
 * school's) where an adult adds the pack behind the teacher PIN and a child
 * profile plays it to an ending. Buttons are found by the words the guide
 * names, read from that language's locale tables, so a renamed button breaks
 * the walk as it would confuse a reader. Each step is timed, and the guide's
 * pictures are taken on the way (docs/screens/guide-<lang>-<n>-<what>.png).
 */
import { join } from 'node:path';
import type { Browser, Page } from '@playwright/test';
import { newDevice, picture, seen, until, words } from './guide-browser';

/** The story the walk writes, and what it renames its title to, per language. */
const NEW_TITLE: Record<string, string> = {
  en: 'The carnival job',
  es: 'El trabajo del carnaval',
  'pt-BR': 'O trabalho no carnaval',
};
export const STORY_ID = 'carnival-job';
const TEMPLATE_TITLE: Record<string, string> = {
  en: 'My new story',
  es: 'Mi nueva historia',
  'pt-BR': 'Minha nova história',
};
/** The language the studio's example story is written in (src/format/template/). */
const TEMPLATE_SOURCE = 'es';
/** The link the walk breaks on purpose: the first choice that goes to the aunt. */
const LINK = 'goto: aunt';

type Parts = Parameters<typeof picture> extends [Page, string, ...infer R] ? R : never;

export interface StepTime {
  step: string;
  seconds: number;
}

export interface WalkOptions {
  origin: string;
  lang: string;
  /** Folder for the pictures; none are taken when it is empty. */
  screens: string;
  /** Folder for the exported pack. */
  out: string;
}

/** Plays in a chat (the studio's play-test or the game's) by always taking the first reply, until the ending card. */
async function playToEnding(page: Page, within: string): Promise<string> {
  const chat = page.locator(within);
  const ending = chat.getByTestId('ending-card');
  for (let turn = 0; turn < 40; turn++) {
    const reply = chat.locator('[data-choice]:not([disabled])').first();
    await until(
      'a reply to pick or the ending',
      async () => (await ending.count()) > 0 || (await reply.count()) > 0,
      60_000,
    );
    if ((await ending.count()) > 0) return (await ending.getAttribute('data-ending')) ?? '';
    const before = await chat.locator('[role="log"] li').count();
    await reply.click();
    await until(
      'the reply to be taken',
      async () => (await chat.locator('[role="log"] li').count()) > before,
    );
  }
  throw new Error('No ending after 40 replies');
}

/** Replaces the quoted text at the end of the first editor line holding `old` with `replacement`. */
async function retype(page: Page, old: string, replacement: string): Promise<void> {
  const line = page.locator('.cm-line', { hasText: old }).first();
  await seen(line);
  await line.click();
  await page.keyboard.press('End');
  for (let i = 0; i < old.length; i++) await page.keyboard.press('Backspace');
  await page.keyboard.type(replacement);
}

export async function walkTheGuide(browser: Browser, o: WalkOptions): Promise<StepTime[]> {
  const { lang } = o;
  const studio = words(lang, 'studio');
  const ui = words(lang, 'ui');
  const shot = (page: Page, n: number, what: string, ...rest: Parts) =>
    o.screens ? picture(page, join(o.screens, `guide-${lang}-${n}-${what}.png`), ...rest) : Promise.resolve();
  const times: StepTime[] = [];
  const step = async (name: string, run: () => Promise<void>) => {
    const start = Date.now();
    await run();
    times.push({ step: name, seconds: Math.round((Date.now() - start) / 100) / 10 });
  };
  const errorsZero = `${studio['findings.summary']!.split('{{errors}}')[0]!}0 `;

  // The educator's laptop.
  const laptop = await newDevice(browser, lang);
  const page = await laptop.newPage();
  const packPath = join(o.out, `${STORY_ID}.${lang}.pack.json`);

  await step('2. open the studio from the title screen', async () => {
    await page.goto(`${o.origin}/`);
    await page.getByRole('link', { name: ui['boot.forAuthors']! }).click();
    await seen(page.getByRole('heading', { name: studio['new.title']! }));
    await shot(page, 1, 'start', [page.locator('header.studio-bar'), page.getByTestId('studio-welcome')], {
      margin: 0,
      maxHeight: 620,
    });
  });

  await step('3. start a new story', async () => {
    await page.getByLabel(studio['new.id']!).fill(STORY_ID);
    await page.getByRole('button', { name: studio['new.button']! }).click();
    await until('the new story checked with no errors', async () =>
      (await page.getByTestId('findings-summary').innerText()).startsWith(errorsZero),
    );
    await shot(page, 2, 'new-story', [page.locator('header.studio-bar'), page.getByTestId('editor')], {
      margin: 0,
      maxHeight: 440,
    });
  });

  if (lang !== TEMPLATE_SOURCE) {
    await step('3. make my language the story’s own, and empty the other tables', async () => {
      await page.locator('.studio-file[data-file="scenario.yaml"]').click();
      await retype(page, `sourceLanguage: ${TEMPLATE_SOURCE}`, `sourceLanguage: ${lang}`);
      for (const other of ['en', 'es', 'pt-BR'].filter((l) => l !== lang)) {
        await page.locator(`.studio-file[data-file="text/${other}.yaml"]`).click();
        await page.locator('.cm-content').click();
        await page.keyboard.press('Control+a');
        await page.keyboard.press('Delete');
      }
      await until('the emptied tables checked with no errors', async () =>
        (await page.getByTestId('findings-summary').innerText()).startsWith(errorsZero),
      );
    });
  }

  await step('4. rewrite the title in my language’s table', async () => {
    await page.locator(`.studio-file[data-file="text/${lang}.yaml"]`).click();
    await retype(page, `'${TEMPLATE_TITLE[lang]!}'`, `'${NEW_TITLE[lang]!}'`);
    await until('the change checked', async () =>
      (await page.getByTestId('findings-summary').innerText()).startsWith(errorsZero),
    );
  });

  await step('4. a deliberate mistake shows on its line; fixed', async () => {
    await page.locator('.studio-file[data-file="scenario.yaml"]').click();
    // The first line that is only this link (not the protective buttons' `{ goto: aunt }`).
    const line = page.locator('.cm-line', { hasText: new RegExp(`^\\s*${LINK}$`) }).first();
    for (let i = 0; i < 30 && (await line.count()) === 0; i++) {
      await page.getByTestId('editor').hover();
      await page.mouse.wheel(0, 300);
    }
    await line.click();
    await page.keyboard.press('End');
    await page.keyboard.type('x');
    const finding = page.locator('.studio-finding.finding-error').first();
    await seen(finding);
    // The finding's sentence, in the studio's language, names the broken link.
    await until('the finding names the broken link', async () =>
      (await finding.innerText()).includes(`"${LINK.split(': ')[1]}x"`),
    );
    await finding.click();
    await shot(page, 3, 'finding', [page.getByTestId('studio-files'), page.getByTestId('editor')], {
      margin: 0,
    });
    await page.locator('.cm-line', { hasText: `${LINK}x` }).click();
    await page.keyboard.press('End');
    await page.keyboard.press('Backspace');
    await until(
      'no findings left',
      async () => (await page.locator('.studio-finding.finding-error').count()) === 0,
    );
  });

  await step('4. the map', async () => {
    await page.getByRole('tab', { name: studio['tabs.graph']! }).click();
    await seen(page.locator('.graph-node[data-node="start"]'));
    // At 1366 px the example's map is wider than its box: zoomed out, as the guide says, it shows whole.
    for (let i = 0; i < 2; i++)
      await page.getByRole('button', { name: studio['graph.zoomOut']!, exact: true }).click();
    await shot(page, 4, 'map', [page.locator('.studio-right')]);
  });

  await step('5. play-test to an ending', async () => {
    await page.getByRole('tab', { name: studio['tabs.play']! }).click();
    await page.getByTestId('play-language').selectOption(lang);
    await page.getByRole('button', { name: studio['play.start']!, exact: true }).click();
    const host = page.getByTestId('play-host');
    await seen(host.locator('[data-choice]').first(), 60_000);
    await shot(page, 5, 'play-test', [page.locator('.studio-right')]);
    const ending = await playToEnding(page, '[data-testid="play-host"]');
    if (!ending) throw new Error('the play-test ended without an ending card');
  });

  await step('6. translate a line, and mark it reviewed', async () => {
    // The first of the tables emptied above (or, for the template's own language, English).
    const target = lang === 'en' ? 'es' : 'en';
    await page.getByTestId('tab-translate').click();
    await page.getByTestId('translate-language').selectOption(target);
    const first = page.locator('.translate-table tbody tr').first();
    await seen(first);
    await first.locator('textarea').first().fill(NEW_TITLE[target]!);
    await first.locator('textarea').first().blur();
    await first.getByRole('button', { name: studio['translate.review']! }).click();
    await until('the line is done', async () =>
      (await first.getByTestId('line-state').innerText()).includes(studio['translate.state.done']!),
    );
    await shot(page, 6, 'translate', [page.locator('.studio-right')], { maxHeight: 520 });
  });

  await step('7. export the pack', async () => {
    const downloading = page.waitForEvent('download');
    await page.getByRole('button', { name: studio['export.button']! }).click();
    const file = await downloading;
    if (file.suggestedFilename() !== `${STORY_ID}.pack.json`)
      throw new Error(`pack named ${file.suggestedFilename()}`);
    await file.saveAs(packPath);
    const notice = page.getByTestId('studio-notice');
    await seen(notice);
    await shot(page, 7, 'exported', [page.locator('header.studio-bar'), notice]);
  });
  await laptop.close();

  // A school's device: a new browser with nothing on it.
  const school = await newDevice(browser, lang);
  const game = await school.newPage();

  await step('7. on the school’s device: add the pack behind the PIN', async () => {
    await game.goto(`${o.origin}/`);
    await game.getByRole('button', { name: ui['boot.play']!, exact: true }).click();
    await game.getByRole('button', { name: ui['settings.open']!, exact: true }).click();
    await game.getByRole('button', { name: ui['data.open']! }).click();
    await game.getByTestId('pin-new').fill('2468');
    await game.getByTestId('pin-again').fill('2468');
    await game.getByTestId('pin-set').click();
    await seen(game.getByRole('heading', { name: ui['data.packs.title']! }));
    const choosing = game.waitForEvent('filechooser');
    await game.getByText(ui['data.packs.add']!, { exact: true }).click();
    await (await choosing).setFiles(packPath);
    const status = game.getByTestId('pack-status');
    await until('the pack added', async () => (await status.innerText()).includes(NEW_TITLE[lang]!));
    await seen(status);
    const section = game.locator('section', {
      has: game.getByRole('heading', { name: ui['data.packs.title']! }),
    });
    await shot(game, 8, 'pack-added', [section]);
  });

  await step('7. a child of 11–14 plays it there to an ending', async () => {
    // Back (twice: the saved-progress page, then the settings) to "Who is playing?".
    const nickname = game.getByTestId('nickname');
    for (let i = 0; i < 3; i++) {
      const shown = await nickname
        .waitFor({ state: 'visible', timeout: 2_000 })
        .then(() => true)
        .catch(() => false);
      if (shown) break;
      await game.getByRole('button', { name: ui['nav.back']!, exact: true }).click();
    }
    // The story is for 11–14, which the profile calls "11 to 13" (docs/ngo-guide.md, section 7).
    await game.getByLabel(ui['profile.age.11to13']!, { exact: true }).check();
    await game.getByRole('button', { name: ui['profile.create']!, exact: true }).click();
    // Every card's button says "Play": the one on this story's card.
    await game.getByTestId(`play-${STORY_ID}`).click();
    await game.getByRole('button', { name: ui['hub.noteStart']!, exact: true }).click();
    await seen(game.getByTestId('screen-chat'));
    const ending = await playToEnding(game, '[data-testid="screen-chat"]');
    if (!ending) throw new Error('the story ended without an ending card');
  });
  await school.close();
  return times;
}
