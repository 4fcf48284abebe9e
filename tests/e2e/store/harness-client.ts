/**
 * What the store's browser tests share: the harness page's API
 * (tests/e2e/pages/store-harness.ts), a record of what the page reported
 * saved, and the check that all of it is in the store.
 */
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, type Page } from '@playwright/test';

export const SCENARIO = 'gift-card';

export interface Opened {
  mode: string;
  reason: string | null;
  lostData: boolean;
  recovered: { restored: Record<string, number>; skipped: string[] } | null;
}

export type HarnessApi = {
  open(blockedTimeoutMs?: number): Promise<Opened>;
  status(): { mode: string; reason: string | null; problems: number };
  ensureProfile(): Promise<string>;
  profileIds(): Promise<string[]>;
  read(p: string, s: string): Promise<{ step: number; attempts: string[]; problems: number }>;
  writeSteps(p: string, s: string, tag: string, limit?: number): Promise<number>;
  stopWriting(): void;
  holdStubbornConnection(version: number): Promise<void>;
  releaseStubbornConnection(): void;
};

/** The page's global `harness` (evaluated in the page). */
declare const harness: HarnessApi;

/** The harness's URL, served by the global setup for the whole run. */
export function harnessUrl(): string {
  const url = process.env.E2E_HARNESS_URL;
  if (!url) throw new Error('E2E_HARNESS_URL is not set: run through `npx playwright test`');
  return url;
}

export interface Saved {
  step: number;
  attempts: Set<string>;
  /** Saves the page reported as kept only in memory (not checked on disk). */
  inMemory: number;
}

export const nothingSaved = (): Saved => ({ step: 0, attempts: new Set(), inMemory: 0 });

/** Collects what the page reported as saved (console lines written after the store resolved). */
export function listen(page: Page, saved: Saved): void {
  page.on('console', (msg) => {
    const text = msg.text();
    if (/^saved \S+ \S+ memory$/.test(text)) saved.inMemory++;
    const step = /^saved step (\d+) persistent$/.exec(text);
    if (step) saved.step = Math.max(saved.step, Number(step[1]));
    const attempt = /^saved attempt (\S+) persistent$/.exec(text);
    if (attempt) saved.attempts.add(attempt[1]!);
  });
}

export async function openHarness(page: Page, url: string, blockedTimeoutMs?: number): Promise<Opened> {
  await page.goto(url);
  await expect(page).toHaveTitle('Store harness ready');
  return page.evaluate((t) => harness.open(t), blockedTimeoutMs);
}

/** What the store holds for the profile and scenario. */
export function read(page: Page, profileId: string, scenarioId = SCENARIO) {
  return page.evaluate(([p, s]) => harness.read(p!, s!), [profileId, scenarioId]);
}

/** Every step and result the page reported saved is in the store, and nothing is malformed. */
export async function verify(page: Page, profileId: string, saved: Saved, label: string) {
  const found = await read(page, profileId);
  expect(found.step, `${label}: the last step reported saved is stored`).toBeGreaterThanOrEqual(saved.step);
  const missing = [...saved.attempts].filter((id) => !found.attempts.includes(id));
  expect(missing, `${label}: results reported saved are missing`).toEqual([]);
  expect(found.problems, `${label}: malformed records`).toBe(0);
  expect(saved.inMemory, `${label}: saves that went to memory instead of the disk`).toBe(0);
  return found;
}

export function tempProfile(name: string): string {
  return mkdtempSync(join(tmpdir(), `escudo-store-${name}-`));
}
