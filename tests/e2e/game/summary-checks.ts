/**
 * Checks of the class summary that more than one browser test makes: the
 * figures it must show, counted from handed-in transcripts (not by the
 * summary's own code), a row of its tables, a download, and a CSV parsed
 * back (with its byte order mark).
 */
import { readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import Papa from 'papaparse';
import { expect } from './fixtures';
import { seen } from './teacher-pages';

/** A teacher text with its {{placeholders}} filled. */
export const fill = (text: string, values: Record<string, string | number>) =>
  text.replace(/\{\{(\w+)\}\}/g, (_, k: string) => String(values[k] ?? ''));

export interface HandInTranscript {
  ending: { node: string; kind: string } | null;
  signsSpotted: { message: string; signs: string[] }[];
  signsMissed: { message: string; signs: string[] }[];
  choices: { node: string; choice: string; rating: string }[];
}

/** What the summary must show, counted from the handed-in transcripts. */
export function expectedFigures(transcripts: HandInTranscript[]) {
  const spotted = new Map<string, number>();
  const missed = new Map<string, number>();
  const endings = new Map<string, number>();
  const risky = new Set<string>();
  for (const t of transcripts) {
    for (const s of t.signsSpotted)
      for (const sign of s.signs) spotted.set(sign, (spotted.get(sign) ?? 0) + 1);
    for (const s of t.signsMissed) for (const sign of s.signs) missed.set(sign, (missed.get(sign) ?? 0) + 1);
    if (t.ending) endings.set(t.ending.kind, (endings.get(t.ending.kind) ?? 0) + 1);
    for (const c of t.choices) if (c.rating === 'risky') risky.add(c.choice);
  }
  const sum = (m: Map<string, number>) => [...m.values()].reduce((a, b) => a + b, 0);
  return {
    attempts: transcripts.length,
    completed: transcripts.filter((t) => t.ending).length,
    spotted,
    missed,
    spottedTotal: sum(spotted),
    missedTotal: sum(missed),
    endings,
    risky: [...risky],
  };
}

/** A row of a summary table by its code (data-row), as cell texts. */
export async function rowCells(page: Page, table: string, key: string): Promise<string[]> {
  const row = page.getByTestId(table).locator(`tr[data-row="${key}"]`);
  await seen(row);
  return (await row.locator('th, td').allTextContents()).map((s) => s.trim());
}

export async function download(page: Page, testId: string): Promise<{ name: string; text: string }> {
  const wait = page.waitForEvent('download');
  await page.getByTestId(testId).click();
  const file = await wait;
  return { name: file.suggestedFilename(), text: readFileSync(await file.path(), 'utf8') };
}

export function parseCsv(text: string): Record<string, string>[] {
  expect(text.charCodeAt(0), 'the CSV starts with a byte order mark').toBe(0xfeff);
  const parsed = Papa.parse<Record<string, string>>(text.slice(1), { header: true, skipEmptyLines: true });
  expect(parsed.errors).toEqual([]);
  return parsed.data;
}
