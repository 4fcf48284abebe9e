/**
 * A new language is data (docs/translating.md, "A new language as data"):
 * the test languages of tests/fixtures/languages/ — Arabic (right to left),
 * Guaraní (no plural rules in the browser) and Rioplatense Spanish (es-AR,
 * only the lines it changes) — added to a build of the unchanged game with
 * `vite build --mode test-languages` (vite.config.ts) as UI tables and a
 * story's text tables, then played in the browser as a child would:
 *  - Arabic: the page reads right to left, the title and hub are Arabic, the
 *    contact's bubbles sit on the right and the player's on the left, and the
 *    way out is in reach at every size while the story plays to its ending;
 *  - Guaraní on an English phone: the UI and story are Guaraní, and counted
 *    texts read their one form with the number in it, never English, a raw
 *    key or "undefined";
 *  - es-AR: a line the variant changes says vos, one it leaves says the es
 *    text, and the page reads left to right (contact left, player right).
 *
 * The build (about 5 s) runs once for this file, in beforeAll, into
 * dist-languages/ (E2E_NO_BUILD=1 reuses it), so a run that does not select
 * this spec pays nothing. The file's tests share one worker, so two workers
 * never build into the same folder.
 */
import { existsSync, readFileSync } from 'node:fs';
import { build } from 'vite';
import type { Locator, Page } from '@playwright/test';
import { serveStatic, type StaticServer } from '../lib/static-server';
import { expect, test } from './fixtures';
import { createProfileByKeyboard, messageSpeed, playToEnding } from './journeys';
import { checkScreen, overflowsSideways, shootWhole } from './screens';

const OUT_DIR = 'dist-languages';
/** The fixture story's id (tests/fixtures/languages/story/scenario.yaml). */
const STORY = 'story';
const PHONE = { width: 390, height: 844 };
const LAPTOP = { width: 1366, height: 768 };

type Table = Record<string, string>;
const json = (path: string) => JSON.parse(readFileSync(path, 'utf8')) as Table;
const ui = (lang: string): Table =>
  json(
    lang === 'en' || lang === 'es'
      ? `assets/locales/${lang}/ui.json`
      : `tests/fixtures/languages/locales/${lang}/ui.json`,
  );

test.describe.configure({ mode: 'default' });

let server: StaticServer;

test.beforeAll(async () => {
  test.setTimeout(3 * 60_000);
  if (process.env.E2E_NO_BUILD !== '1' || !existsSync(`${OUT_DIR}/index.html`))
    await build({ mode: 'test-languages', logLevel: 'error' });
  server = await serveStatic(OUT_DIR);
});

test.afterAll(async () => {
  await server?.close();
});

/** The title screen of the build with the test languages, then a new profile, messages at once. */
async function openHub(page: Page): Promise<void> {
  await page.goto(`${server.origin}/`);
  await page.getByTestId('play').click();
  await createProfileByKeyboard(page);
  await messageSpeed(page, 'instant');
}

async function startFixtureStory(page: Page): Promise<void> {
  await page.getByTestId(`play-${STORY}`).click();
  await page.getByTestId('content-note-start').click();
  await expect(page.getByTestId('screen-chat')).toBeVisible();
}

/** The fixture story's way to its "told" ending: reply, then tell the aunt. */
const toldEnding = (ids: string[]) => ['secret.tell', 'hello.reply'].find((id) => ids.includes(id));

/** Which side of the message list each bubble's middle lies on. */
async function sides(page: Page, player: Locator, contact: Locator) {
  const log = (await page.getByRole('log').boundingBox())!;
  const middle = log.x + log.width / 2;
  const centre = async (l: Locator) => {
    const box = (await l.boundingBox())!;
    return box.x + box.width / 2;
  };
  return { playerRight: (await centre(player)) > middle, contactRight: (await centre(contact)) > middle };
}

/** A counted text as a person reads it: the number there, no key, no placeholder, no "undefined". */
async function expectCounted(locator: Locator, key: string, numbers: number[]): Promise<void> {
  await expect(locator).toBeVisible();
  const text = (await locator.textContent()) ?? '';
  for (const n of numbers) expect(text, `${key} shows ${n}`).toContain(String(n));
  expect(text).not.toMatch(/undefined|\{\{|_other|_one/);
  expect(text).not.toContain(key);
}

test.describe('Arabic, right to left', () => {
  test.use({ lang: 'ar', viewport: PHONE });

  test('reads right to left, mirrors the chat and plays to an ending with the way out in reach', async ({
    page,
  }) => {
    const ar = ui('ar');
    await page.goto(`${server.origin}/`);
    await expect(page.locator('html')).toHaveAttribute('dir', 'rtl');
    await expect(page.locator('html')).toHaveAttribute('lang', 'ar');
    await expect(page.getByTestId('play')).toHaveText(ar['boot.play']!);
    await expect(page.locator('#title-tagline')).toHaveText(ar['boot.tagline']!);
    await checkScreen(page, 'ar', 'title');

    await page.getByTestId('play').click();
    const nickname = await createProfileByKeyboard(page);
    await messageSpeed(page, 'instant');
    const hub = page.getByTestId('screen-hub');
    await expect(hub.locator('h1')).toHaveText(ar['hub.title']!.replace('{{nickname}}', nickname));
    await expect(hub.getByText(ar['hub.intro']!)).toBeInViewport();
    await expect(page.getByTestId(`story-${STORY}`).locator('h3')).toHaveText('صديق جديد في اللعبة');
    await checkScreen(page, 'ar', 'hub');

    await startFixtureStory(page);
    const contact = page.locator('.msg-contact .bubble').first();
    await expect(contact).toContainText('أنت تلعب جيدًا جدًّا');
    await page.locator('[data-choice="hello.reply"]').click();
    const player = page.locator('.msg-player .bubble').first();
    await expect(player).toContainText('شكرًا! أنت أيضًا تلعب جيدًا.');
    expect(await sides(page, player, contact), 'contact on the right, player on the left').toEqual({
      playerRight: false,
      contactRight: true,
    });
    // The counted line, with Arabic's own "one" form (trust is 1 here).
    await expect(page.locator('.msg-contact .bubble').last()).toContainText('أرسلت لك هدية واحدة');
    expect(await overflowsSideways(page), 'nothing cut off sideways').toBe(false);
    await checkScreen(page, 'ar', 'chat');
    await shootWhole(page, `test-output/screenshots/ar/chat-phone-390.png`);

    expect(await playToEnding(page, toldEnding)).toBe('told');
    await expect(page.getByTestId('ending-card')).toBeInViewport();
    await page.getByTestId('see-debrief').click();
    await expect(page.getByTestId('screen-debrief').locator('h1')).toHaveText('طلبت المساعدة');
    await expect(page.getByTestId('to-hub')).toHaveText(ar['debrief.toStories']!);
    await checkScreen(page, 'ar', 'debrief');
  });
});

test.describe('Guaraní, no plural rules in the browser', () => {
  // A Guaraní-speaking child on a phone set to English: the device's plural
  // rules ask for "one" when the number is 1, and Guaraní writes only "other".
  test.use({ lang: 'gn', locale: 'en-US', viewport: PHONE });

  test('shows Guaraní, counts with its one form and plays to an ending', async ({ page }) => {
    const gn = ui('gn');
    await openHub(page);
    await expect(page.locator('html')).toHaveAttribute('lang', 'gn');
    await expect(page.locator('html')).toHaveAttribute('dir', 'ltr');
    const card = page.getByTestId(`story-${STORY}`);
    await expect(card.locator('h3')).toHaveText('Angirũ pyahu ñembosaráipe');
    await expect(card.getByTestId(`play-${STORY}`)).toHaveText(gn['hub.play']!);
    await expect(card.locator('.meta')).toHaveText(gn['hub.minutes_other']!.replace('{{count}}', '3'));

    await startFixtureStory(page);
    await page.locator('[data-choice="hello.reply"]').click();
    // secret.msg counts `trust`, which is 1 now: the English rules' "one".
    const counted = page.getByRole('log').getByText('Amondo ndéve', { exact: false });
    await expectCounted(counted, 'secret.msg', [1]);
    await expect(counted).toHaveText(/^Amondo ndéve 1 jopói\./);
    expect(await playToEnding(page, toldEnding)).toBe('told');
    await page.getByTestId('see-debrief').click();
    await expect(page.getByTestId('screen-debrief').locator('h1')).toHaveText('Rejerure pytyvõ');
    const endings = page.getByTestId('screen-debrief').getByText('Paha rejuhúva', { exact: false });
    await expectCounted(endings, 'debrief.endings', [1, 2]);

    // Back on the hub: "done, 1 of 2 endings", in Guaraní.
    await page.getByTestId('to-hub').click();
    const badge = card.locator('.badge');
    await expectCounted(badge, 'hub.done', [1, 2]);
    await expect(badge).toHaveText(gn['hub.done_other']!.replace('{{count}}', '1').replace('{{total}}', '2'));
    await checkScreen(page, 'gn', 'hub-done');
  });
});

test.describe('Rioplatense Spanish, a regional variant', () => {
  test.use({ lang: 'es-AR', viewport: LAPTOP });

  test('says vos where it changes a line and the es text everywhere else', async ({ page }) => {
    const rio = ui('es-AR');
    const es = ui('es');
    await page.goto(`${server.origin}/`);
    // The title screen has no es-AR lines of its own: es, not English.
    await expect(page.getByTestId('play')).toHaveText(es['boot.play']!);
    await page.getByTestId('play').click();
    const nickname = await createProfileByKeyboard(page);
    await messageSpeed(page, 'instant');
    const hub = page.getByTestId('screen-hub');
    await expect(hub.getByText(rio['hub.intro']!)).toBeInViewport();
    await expect(hub.locator('h1')).toHaveText(es['hub.title']!.replace('{{nickname}}', nickname));

    await startFixtureStory(page);
    const contact = page.locator('.msg-contact .bubble').first();
    await expect(contact).toContainText('¡Juegas muy bien!'); // es: es-AR leaves this line
    await page.locator('[data-choice="hello.reply"]').click();
    const player = page.locator('.msg-player .bubble').first();
    await expect(player).toContainText('¡Gracias! Vos también jugás bien.'); // es-AR's own
    await expect(page.locator('.msg-contact .bubble').last()).toContainText(
      'Te mandé 1 regalo. No les cuentes a tus viejos',
    );
    expect(await sides(page, player, contact), 'left to right: contact left, player right').toEqual({
      playerRight: true,
      contactRight: false,
    });
    await checkScreen(page, 'es-AR', 'chat');
    expect(await playToEnding(page, toldEnding)).toBe('told');
    await page.getByTestId('see-debrief').click();
    await expect(page.getByTestId('screen-debrief').locator('h1')).toHaveText('Pediste ayuda');
  });
});

test.describe('the real build', () => {
  test('offers only the shipped languages: the test languages are in dist-languages/ alone', async ({
    game,
  }) => {
    const options = game.page.locator('#title-lang-select option');
    await expect(options.first()).toBeAttached();
    const codes = await options.evaluateAll((els) => els.map((e) => (e as HTMLOptionElement).value));
    expect(codes).toEqual(expect.arrayContaining(['es', 'pt-BR', 'en']));
    for (const code of ['ar', 'gn', 'es-AR']) expect(codes).not.toContain(code);
  });
});
