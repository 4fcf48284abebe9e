/**
 * Stories from packs, in the built game: an adult adds a pack file on the
 * saved-progress page (behind the teacher PIN); the story shows in the hub
 * under its topic for its age band and plays to an ending; removing it keeps
 * the child's result. Malformed, oversized and hostile files are refused
 * with one reason and change nothing; a `<script>` in a pack's text shows as
 * text. A pack listed in a site's `packs/index.json` appears by itself.
 */
import { mkdirSync, mkdtempSync, readdirSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { Page } from '@playwright/test';
import { serveStatic } from '../lib/static-server';
import { gameText } from './expected-text';
import { expect, test } from './fixtures';
import { createProfileByKeyboard, messageSpeed, passAdultGate, playToEnding } from './journeys';
import { press } from './keyboard';
import { templatePack, writePack } from './pack-files';
import { checkScreen } from './screens';
import { openSettings } from './top-bar';

const STORY = 'market-day';

async function openDataPage(page: Page): Promise<void> {
  await openSettings(page);
  await press(page, page.getByTestId('open-data'));
  await passAdultGate(page);
}

/** Results and kept packs straight from the database, to prove what changed and what did not. */
function stored(page: Page): Promise<{ attempts: string[]; packs: string[] }> {
  return page.evaluate(
    () =>
      new Promise((done, fail) => {
        const open = indexedDB.open('escudo-progress');
        open.onerror = () => fail(open.error);
        open.onsuccess = () => {
          const db = open.result;
          const tx = db.transaction(['attempts', 'packs'], 'readonly');
          const attempts = tx.objectStore('attempts').getAll();
          const packs = tx.objectStore('packs').getAllKeys();
          tx.oncomplete = () => {
            db.close();
            done({
              attempts: (attempts.result as { scenarioId: string }[]).map((a) => a.scenarioId),
              packs: packs.result.map(String),
            });
          };
        };
      }),
  );
}

/** Back from the saved-progress page (through the settings) to the hub. */
async function goToHub(page: Page): Promise<void> {
  const hub = page.getByTestId('screen-hub');
  for (let i = 0; i < 3 && !(await hub.isVisible()); i++) {
    await press(page, page.getByTestId('back'));
    await expect(page.getByTestId('screen-data')).toHaveCount(0);
  }
  await expect(hub).toBeVisible();
}

test.describe('packs', () => {
  test.use({ lang: 'es' });

  test('add a pack behind the PIN, play it, remove it; bad packs refused with nothing changed', async ({
    game,
  }, testInfo) => {
    const { page } = game;
    const ui = gameText('es', 'ui');
    const file = (name: string, value: unknown) => writePack(testInfo.outputPath(name), value);
    const good = file(`${STORY}.pack.json`, templatePack(STORY, { es: 'Día de mercado' }));

    await test.step('a player of 11–14 sees no such story yet', async () => {
      await press(page, page.getByTestId('play'));
      await createProfileByKeyboard(page);
      await messageSpeed(page, 'instant');
      await expect(page.getByTestId(`play-${STORY}`)).toHaveCount(0);
    });

    await test.step('an adult adds the pack behind the PIN', async () => {
      await openDataPage(page);
      await expect(page.getByTestId('no-added-stories')).toBeVisible();
      await page.getByTestId('add-pack').setInputFiles(good);
      const status = page.getByTestId('pack-status');
      await expect(status).toBeVisible();
      await expect(status).toContainText('Agregada: Día de mercado');
      await expect(page.getByTestId('added-story-title')).toHaveText(['Día de mercado']);
      await expect(page.getByTestId('added-story')).toContainText('Grooming · de 11–14 años');
      await status.scrollIntoViewIfNeeded();
      await expect(status).toBeInViewport();
      await checkScreen(page, 'es', 'packs-01-added');
    });

    await test.step('the story shows in the hub under its topic, and plays to an ending', async () => {
      await goToHub(page);
      const card = page.getByTestId(`story-${STORY}`);
      await expect(card).toContainText('Día de mercado');
      await checkScreen(page, 'es', 'packs-02-hub');
      await press(page, page.getByTestId(`play-${STORY}`));
      await expect(page.getByTestId('content-note')).toBeVisible();
      await expect(page.getByTestId('content-note')).toContainText('Puedes parar cuando quieras');
      await press(page, page.getByTestId('content-note-start'));
      await expect(page.getByTestId('screen-chat')).toBeVisible();
      const ending = await playToEnding(page, 'first');
      expect(ending).toBe('end-safe');
      await press(page, page.getByTestId('see-debrief'));
      await expect(page.getByTestId('screen-debrief').locator('h1')).toHaveText('Te cuidaste');
      expect((await stored(page)).attempts).toContain(STORY);
    });

    const before = { attempts: [] as string[], packs: [] as string[] };
    await test.step('malformed, oversized and hostile files are refused, each with its reason', async () => {
      await page.goto(`${game.origin}/`);
      await press(page, page.getByTestId('play'));
      await expect(page.getByTestId('screen-hub')).toBeVisible();
      await openDataPage(page);
      Object.assign(before, await stored(page));
      const json = JSON.stringify(templatePack('another-day'));
      const bad: [string, string, string][] = [
        ['broken.json', json.slice(0, 200), 'not-json'],
        ['huge.json', json.padEnd(2_100_000, ' '), 'too-big'],
        ['proto.json', json.replace('"contacts":{', '"contacts":{"__proto__":{"admin":true},'), 'unsafe'],
        [
          'deep.json',
          json.replace('"texts":', `"deep":${'['.repeat(10_000)}${']'.repeat(10_000)},"texts":`),
          'unsafe',
        ],
        ['shipped.json', JSON.stringify(templatePack('first-tournament')), 'shipped-id'],
      ];
      for (const [name, text, reason] of bad) {
        await page.getByTestId('add-pack').setInputFiles(file(name, text));
        const expected = ui['data.packs.refused']!.replace('{{reason}}', ui[`data.packs.reason.${reason}`]!);
        await expect(page.getByTestId('pack-status'), name).toHaveText(expected);
        await expect(
          page.getByTestId('pack-detail'),
          `${name}: the details name the problem`,
        ).not.toBeEmpty();
        await expect(page.getByTestId('added-story'), `${name} added nothing`).toHaveCount(1);
        expect(await stored(page), `${name} changed nothing stored`).toEqual(before);
      }
      await checkScreen(page, 'es', 'packs-03-refused');
    });

    await test.step('a <script> in a pack is shown as text and never runs', async () => {
      const script = '<img src=x onerror="window.__xss=1"><script>window.__xss=2</script>';
      await page
        .getByTestId('add-pack')
        .setInputFiles(file('script.json', templatePack('script-day', { es: script })));
      await expect(page.getByTestId('added-story-title').nth(1)).toHaveText(script);
      await goToHub(page);
      await expect(page.getByTestId('story-script-day')).toContainText(script);
      expect(await page.evaluate(() => (window as { __xss?: number }).__xss)).toBeUndefined();
      expect(await page.locator('.screen img[src="x"], .screen script').count()).toBe(0);
    });

    await test.step('removing the pack keeps the child’s result', async () => {
      await openDataPage(page);
      await press(page, page.getByTestId('remove-pack').first());
      await press(page, page.getByTestId('confirm-yes'));
      await expect(page.getByTestId('pack-status')).toContainText('Quitada: Día de mercado');
      await expect(page.getByTestId('added-story-title')).toHaveText([/<img/]);
      const after = await stored(page);
      expect(after.packs).toEqual(['script-day']);
      expect(after.attempts).toEqual(before.attempts);
      await goToHub(page);
      await expect(page.getByTestId(`play-${STORY}`)).toHaveCount(0);
    });
    expect(game.pageErrors).toEqual([]);
  });
});

for (const lang of ['en', 'pt-BR']) {
  test.describe(`packs in ${lang}`, () => {
    test.use({ lang });
    test(`the added stories section in ${lang}: added and refused`, async ({ game }, testInfo) => {
      const { page } = game;
      const ui = gameText(lang, 'ui');
      await press(page, page.getByTestId('play'));
      await createProfileByKeyboard(page);
      await openDataPage(page);
      await page
        .getByTestId('add-pack')
        .setInputFiles(writePack(testInfo.outputPath('p.json'), templatePack(STORY)));
      await expect(page.getByTestId('added-story')).toHaveCount(1);
      await checkScreen(page, lang, 'packs-01-added');
      await page.getByTestId('add-pack').setInputFiles(writePack(testInfo.outputPath('bad.json'), '{'));
      await expect(page.getByTestId('pack-status')).toContainText(ui['data.packs.reason.not-json']!);
      await checkScreen(page, lang, 'packs-03-refused');
    });
  });
}

test.describe('a packs/ folder on the server', () => {
  test.use({ lang: 'en' });

  test('a pack listed in packs/index.json appears in the hub by itself', async ({ game }) => {
    const { page } = game;
    // The built game plus a packs/ folder, as an NGO hosting its own copy would have it.
    const site = mkdtempSync(join(tmpdir(), 'escudo-site-'));
    for (const name of readdirSync('dist')) symlinkSync(resolve('dist', name), join(site, name));
    mkdirSync(join(site, 'packs'));
    writePack(
      join(site, 'packs', 'from-the-ngo.pack.json'),
      templatePack('from-the-ngo', { en: 'The NGO story' }),
    );
    writePack(join(site, 'packs', 'broken.pack.json'), '{"format":"escudo-pack"');
    writePack(join(site, 'packs', 'index.json'), {
      packs: ['from-the-ngo.pack.json', 'broken.pack.json', '../up.json'],
    });
    const server = await serveStatic(site);
    try {
      await page.goto(`${server.origin}/`);
      await press(page, page.getByTestId('play'));
      await createProfileByKeyboard(page);
      await expect(page.getByTestId('story-from-the-ngo')).toContainText('The NGO story');
      await checkScreen(page, 'en', 'packs-04-server-hub');
      await openDataPage(page);
      await expect(page.getByTestId('added-story')).toContainText(
        gameText('en', 'ui')['data.packs.fromServer']!,
      );
      await expect(page.getByTestId('remove-pack')).toHaveCount(0);
    } finally {
      await server.close();
      rmSync(site, { recursive: true, force: true });
    }
  });
});
