/**
 * Steps every teacher-area browser test takes, written once: the teacher's
 * words, "seen by a person", entering a PIN, making the first PIN from the
 * title screen, and making a class (which returns its code as stored).
 */
import { readFileSync } from 'node:fs';
import type { Locator, Page } from '@playwright/test';
import { expect } from './fixtures';

export const teacherText = (lang: string): Record<string, string> =>
  JSON.parse(readFileSync(`assets/locales/${lang}/teacher.json`, 'utf8'));

/** Seen by a person: shown, and inside the window (after scrolling its box if needed). */
export async function seen(target: Locator, what?: string): Promise<void> {
  await expect(target, what).toBeVisible();
  await target.scrollIntoViewIfNeeded();
  await expect(target, what).toBeInViewport();
}

export async function enterPin(page: Page, pin: string): Promise<void> {
  const field = page.getByTestId('pin-enter');
  await expect(field).toBeEnabled();
  await field.fill(pin);
  await page.getByTestId('pin-unlock').click();
}

/** From the title screen: "For teachers", a first PIN typed twice, and the teacher area's home. */
export async function openWithNewPin(page: Page, lang: string, pin: string): Promise<void> {
  // The title screen shows the remembered language once its script has run.
  await expect(page.locator('html')).toHaveAttribute('lang', lang);
  await page.getByTestId('open-teacher').click();
  await page.getByTestId('pin-new').fill(pin);
  await page.getByTestId('pin-again').fill(pin);
  await page.getByTestId('pin-set').click();
  await seen(page.getByTestId('teacher-home').locator('h1'));
}

/** From the teacher area's home: a new class; returns its code as shown (and stored). */
export async function makeClass(page: Page, name: string): Promise<string> {
  await page.getByTestId('section-classes').click();
  await seen(page.getByTestId('teacher-classes').locator('h1'));
  await page.getByTestId('class-name').fill(name);
  await page.getByTestId('class-create').click();
  await seen(page.getByTestId('teacher-class').locator('h1'));
  const code = ((await page.getByTestId('class-code').textContent()) ?? '').replace(/\s/g, '');
  expect(code).toMatch(/^[A-Z0-9]{4,16}$/);
  return code;
}
