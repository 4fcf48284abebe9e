/**
 * Choosing a story for a lesson, in each language: the teacher area's
 * Stories page lists every story of the library (children see only their age
 * band's), narrows it by age and topic, and opens a story's notes for
 * teachers — what it touches on, goals, ground rules, questions, signs,
 * endings, what to do if a student tells you something — each line the
 * story's own words in the teacher's language. Printing the notes gives the
 * notes on paper without the top bar or buttons.
 */
import { mkdirSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { extractText, getDocumentProxy } from 'unpdf';
import { expect, LANGS, test } from './fixtures';
import { gameText, scenarioLines } from './expected-text';
import { checkScreen, SHOTS_DIR } from './screens';
import { openWithNewPin, seen, teacherText } from './teacher-pages';

const PIN = '135790';
const STORY = 'the-secret-gift';
const storyCount = readdirSync('scenarios', { withFileTypes: true }).filter((d) => d.isDirectory()).length;

for (const lang of LANGS) {
  test.describe(lang, () => {
    test.use({ lang });
    test(`stories for teachers (${lang}): every story, filters, a story's notes, printed`, async ({
      game,
    }) => {
      test.setTimeout(4 * 60_000);
      const { page } = game;
      const words = teacherText(lang);
      const endings = gameText(lang, 'endings');
      const lines = scenarioLines(STORY, lang);
      await openWithNewPin(page, lang, PIN);

      await test.step('the home page lists Stories; it shows the whole library', async () => {
        const section = page.getByTestId('section-stories');
        await seen(section);
        await expect(section).toContainText(words['section.stories.title']!);
        await section.click();
        await seen(page.getByTestId('teacher-stories').locator('h1'));
        await expect(page.getByTestId('story-card')).toHaveCount(storyCount);
        await checkScreen(page, lang, 'teacher-stories-all');
      });

      await test.step('the youngest age band and then a topic narrow the list', async () => {
        await page.getByTestId('stories-band-7-11').click();
        await expect(page.getByTestId('stories-band-7-11')).toHaveAttribute('aria-pressed', 'true');
        const cards = page.getByTestId('story-card');
        await expect(cards).toHaveCount(2);
        for (const card of await cards.all()) {
          await expect(card.getByTestId('story-facts')).toContainText(endings['ageBand.7-11.name']!);
        }
        await page.getByTestId('stories-topic-grooming').click();
        await expect(cards).toHaveCount(1);
        await expect(cards.first()).toHaveAttribute('data-id', STORY);
        await seen(cards.first().getByRole('heading'));
        await expect(cards.first().getByRole('heading')).toHaveText(lines['meta.title']!);
        await checkScreen(page, lang, 'teacher-stories-filtered');
        // Back to every topic: the band filter stays.
        await page.getByTestId('stories-topic-all').click();
        await expect(cards).toHaveCount(2);
      });

      await test.step("a story's notes show its own lines in the teacher's language", async () => {
        await page
          .locator(`[data-testid="story-card"][data-id="${STORY}"]`)
          .getByTestId('story-open')
          .click();
        const notes = page.getByTestId('teacher-story');
        await seen(notes.locator('h1'));
        await expect(notes.locator('h1')).toHaveText(lines['meta.title']!);
        await seen(page.getByTestId('story-content-note'));
        await expect(page.getByTestId('story-content-note')).toHaveText(lines['teacher.content-note']!);
        const questions = Object.keys(lines).filter((k) => k.startsWith('teacher.question.'));
        expect(questions.length).toBeGreaterThan(0);
        const shown = page.getByTestId('story-questions').locator('li');
        await expect(shown).toHaveCount(questions.length);
        for (const [i, key] of questions.entries()) await expect(shown.nth(i)).toHaveText(lines[key]!);
        await seen(shown.last());
        const disclosure = page.getByTestId('story-disclosure');
        await seen(disclosure);
        await expect(disclosure).toHaveText(lines['teacher.disclosure'] ?? words['story.disclosureGeneral']!);
        await seen(page.getByTestId('story-signs').locator('dt').first());
        await checkScreen(page, lang, 'teacher-story-notes');
      });

      await test.step('printed, the notes keep their words and lose the buttons and the top bar', async () => {
        await page.emulateMedia({ media: 'print' });
        await expect(page.getByTestId('story-print')).toBeHidden();
        await expect(page.locator('[data-testid="quick-exit"]:visible')).toHaveCount(0);
        const pdf = await page.pdf({ format: 'A4' });
        await page.emulateMedia({ media: 'screen' });
        // Kept beside the screenshots, to be looked at.
        mkdirSync(join(SHOTS_DIR, lang), { recursive: true });
        writeFileSync(join(SHOTS_DIR, lang, 'teacher-story-notes.pdf'), pdf);
        const doc = await getDocumentProxy(new Uint8Array(pdf));
        const { totalPages, text } = await extractText(doc, { mergePages: true });
        expect(totalPages).toBeGreaterThanOrEqual(1);
        expect(totalPages).toBeLessThanOrEqual(4);
        const flat = (s: string) => s.replace(/\s+/g, ' ').trim();
        const printed = flat(text);
        for (const key of [
          'meta.title',
          'teacher.content-note',
          ...Object.keys(lines).filter((k) => k.startsWith('teacher.question.')),
        ]) {
          // A line broken across two printed lines still reads the same with its spaces squeezed.
          expect(printed.replace(/ /g, ''), key).toContain(flat(lines[key]!).replace(/ /g, ''));
        }
        expect(printed).not.toContain(gameText(lang, 'ui')['quickExit.button']!);
        expect(printed).not.toContain(words['story.print']!);
      });
    });
  });
}
