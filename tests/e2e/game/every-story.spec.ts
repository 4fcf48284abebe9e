/**
 * Every shipped story, in every language, opens and plays to an ending in
 * the real game: for each age band a new player is made, and each story of
 * that band is played by touch (a new reply at each step where there is
 * one, so a loop back cannot hold the play-through), with messages at once.
 * At every turn each message and reply on screen shows the authored line of
 * its language (never a line id, never another language), a way out is in
 * reach, and the story ends on its ending card and then its debrief.
 *
 * The stories and their bands are read from scenarios/, so a new story is
 * played without a change here.
 */
import { readdirSync, readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { parse } from 'yaml';
import { expect, LANGS, test } from './fixtures';
import { fragment, scenarioLines, type Lines } from './expected-text';
import { chatStep, waitForTurnChecked } from './journeys';
import { openSettings } from './top-bar';

interface Story {
  id: string;
  bands: string[];
}

const STORIES: Story[] = readdirSync('scenarios', { withFileTypes: true })
  .filter((d) => d.isDirectory())
  .map((d) => {
    const yaml = parse(readFileSync(`scenarios/${d.name}/scenario.yaml`, 'utf8')) as { ageBands: string[] };
    return { id: d.name, bands: yaml.ageBands };
  });
const BANDS = ['7-11', '11-14', '14-18'] as const;

/** A new player in `band`, messages at once. Returns the nickname. */
async function newPlayer(page: Page, band: string): Promise<string> {
  await page.getByTestId('play').click();
  await expect(page.getByTestId('screen-profile')).toBeVisible();
  await openSettings(page, (l) => l.click());
  await page.getByTestId('setting-messageSpeed').selectOption('instant');
  await page.getByTestId('back').click();
  const nickname = (await page.getByTestId('nickname').inputValue()).trim();
  await page.getByTestId(`band-${band}`).check();
  await page.getByTestId('create-profile').click();
  await expect(page.getByTestId('screen-hub')).toBeVisible();
  return nickname;
}

/** Each message and reply on screen shows its authored line in this language. */
async function showsAuthoredLines(page: Page, lines: Lines, nickname: string, where: string): Promise<void> {
  const shown = await page.evaluate(() => [
    ...[...document.querySelectorAll<HTMLElement>('[role="log"] [data-testid="message"]')].map((el) => ({
      id: el.dataset.message ?? '',
      text: el.querySelector('.text')?.textContent ?? '',
    })),
    ...[...document.querySelectorAll<HTMLElement>('[data-testid="choice"]')].map((el) => ({
      id: el.dataset.choice ?? '',
      text: el.textContent ?? '',
    })),
  ]);
  for (const { id, text } of shown) {
    const authored = lines[id];
    expect(authored, `${where}: "${id}" is a line of the story`).toBeDefined();
    const piece = fragment(authored!, nickname);
    if (piece)
      expect(text.replace(/\s+/g, ' '), `${where}: "${id}" shows its authored text`).toContain(piece);
  }
}

/** Plays the open chat to its ending, a reply not taken before at each turn where there is one. */
async function playThrough(page: Page, lines: Lines, nickname: string, where: string): Promise<void> {
  const taken = new Set<string>();
  for (let turn = 0; turn < 60; turn++) {
    const at = await waitForTurnChecked(page, 30_000, where);
    await showsAuthoredLines(page, lines, nickname, `${where}, turn ${turn}`);
    if (at.turn === 'ending') {
      await expect(page.getByTestId('ending-card'), `${where}: the ending card is shown`).toBeInViewport();
      return;
    }
    const id = at.step.choices.find((c) => !taken.has(c)) ?? at.step.choices[0]!;
    taken.add(id);
    const before = JSON.stringify(at.step);
    await page.locator(`[data-choice="${id}"]`).click();
    await expect.poll(async () => JSON.stringify(await chatStep(page))).not.toBe(before);
  }
  throw new Error(`${where}: no ending after 60 turns`);
}

for (const lang of LANGS) {
  for (const band of BANDS) {
    const stories = STORIES.filter((s) => s.bands.includes(band));
    if (stories.length === 0) continue;
    test.describe(() => {
      test.use({ lang, viewport: { width: 360, height: 740 } });
      test(`every ${band} story opens and plays to an ending (${lang})`, async ({ game }) => {
        test.setTimeout(60_000 + stories.length * 60_000);
        const { page } = game;
        const nickname = await newPlayer(page, band);
        for (const story of stories) {
          const where = `${story.id} (${lang})`;
          const lines = scenarioLines(story.id, lang);
          await page.getByTestId(`play-${story.id}`).click();
          await expect(page.getByTestId('content-note')).toBeVisible();
          await page.getByTestId('content-note-start').click();
          await expect(page.getByTestId('screen-chat')).toBeVisible();
          await playThrough(page, lines, nickname, where);
          await page.getByTestId('see-debrief').click();
          const title = page.getByTestId('screen-debrief').locator('h1');
          await expect(title, `${where}: the debrief has a title`).not.toBeEmpty();
          await expect(title).toBeInViewport();
          await page.getByTestId('to-hub').click();
          await expect(page.getByTestId('screen-hub')).toBeVisible();
        }
        expect(game.pageErrors, 'no page error').toEqual([]);
        expect(await game.cspViolations(), 'no CSP violation').toEqual([]);
      });
    });
  }
}
