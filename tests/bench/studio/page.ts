// The studio benchmark's page: the studio's own checker client and worker
// (src/studio/check/), with zod jitless as in the game (this page's CSP
// forbids eval too). Stories arrive as files, as the studio holds them.
import '../../../src/game/services/zod-jitless';
import { CheckerClient, type CheckResult } from '../../../src/studio/check/checker-client';
import type { StoryFiles } from '../../../src/studio/model/story-files';

export interface StudioTimings {
  /** Keystroke (an edit handed to the checker) to every finding back on the page, per edit. */
  recheckMs: number[];
  /** Keystroke to the first findings (all but the state explorer's), per edit. */
  firstMs: number[];
  findings: number;
  /** The worker's own time for the last check. */
  workerMs: number;
}

declare global {
  interface Window {
    studioBench: {
      recheck(story: StoryFiles, edits: number, kind: Keystroke): Promise<StudioTimings>;
      openLibrary(stories: StoryFiles[]): Promise<{ ms: number; findings: number }>;
    };
  }
}

/**
 * Where the i-th keystroke lands. Each leaves the story free of findings, so
 * the time is the checker's on a clean story:
 * - `comment`: a character more in a comment at the end of the logic file;
 * - `logic`: a digit of a value in the logic file (the first message's typing time);
 * - `choice`: a choice's rating changed (neutral to safe, a different choice
 *   each time): a change to what can be pressed, so the state explorer
 *   searches the story again;
 * - `translation`: a letter more in a line of the Spanish table.
 */
export type Keystroke = 'comment' | 'logic' | 'choice' | 'translation';

function keystroke(story: StoryFiles, kind: Keystroke, i: number): Record<string, string> {
  const logic = story.files['scenario.yaml']!;
  const es = story.files['text/es.yaml']!;
  if (kind === 'comment') return { 'scenario.yaml': `${logic}# ${'x'.repeat(i + 1)}\n` };
  if (kind === 'logic') return { 'scenario.yaml': logic.replace(/typing: \d+/, `typing: ${100 + i}`) };
  if (kind === 'choice') {
    let seen = 0;
    const rated = logic.replace(/rating: neutral/g, (m) => (seen++ === i ? 'rating: safe' : m));
    return { 'scenario.yaml': rated };
  }
  return {
    'text/es.yaml': es.replace(
      /text: "([^"]*)"/,
      (_m, text: string) => `text: "${text}${'a'.repeat(i + 1)}"`,
    ),
  };
}

let waiting: ((r: CheckResult) => void) | null = null;
/** When the first answer to the current check arrived (before the state explorer's findings). */
let firstAt = 0;
const client = new CheckerClient((r) => {
  if (!r.complete) firstAt = performance.now();
  else waiting?.(r);
});
/** Resolves with the complete answer; `firstAt` then holds the first's time (or the complete one's, if it came alone). */
const checked = (story: StoryFiles): Promise<CheckResult> =>
  new Promise((resolve) => {
    firstAt = 0;
    waiting = (r) => {
      if (firstAt === 0) firstAt = performance.now();
      resolve(r);
    };
    client.checkNow(story);
  });

window.studioBench = {
  async recheck(story, edits, kind) {
    await checked(story); // the first check warms the worker up, as opening the story does
    const recheckMs: number[] = [];
    const firstMs: number[] = [];
    let last: CheckResult | undefined;
    for (let i = 0; i < edits; i++) {
      const edited = { ...story, files: { ...story.files, ...keystroke(story, kind, i) } };
      const began = performance.now();
      last = await checked(edited);
      recheckMs.push(performance.now() - began);
      firstMs.push(firstAt - began);
    }
    return { recheckMs, firstMs, findings: last!.findings.length, workerMs: last!.ms };
  },
  async openLibrary(stories) {
    const began = performance.now();
    let findings = 0;
    for (const s of stories) findings += (await checked(s)).findings.length;
    return { ms: performance.now() - began, findings };
  },
};
document.title = 'Studio bench ready';
