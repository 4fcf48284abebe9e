// The studio benchmark's page: the studio's own checker client and worker
// (src/studio/check/), with zod jitless as in the game (this page's CSP
// forbids eval too). Stories arrive as files, as the studio holds them.
import '../../../src/game/services/zod-jitless';
import { CheckerClient, type CheckResult } from '../../../src/studio/check/checker-client';
import type { StoryFiles } from '../../../src/studio/model/story-files';

export interface StudioTimings {
  /** Keystroke (an edit handed to the checker) to findings back on the page, per edit. */
  recheckMs: number[];
  findings: number;
  /** The worker's own time for the last check. */
  workerMs: number;
}

declare global {
  interface Window {
    studioBench: {
      recheck(story: StoryFiles, edits: number): Promise<StudioTimings>;
      openLibrary(stories: StoryFiles[]): Promise<{ ms: number; findings: number }>;
    };
  }
}

let waiting: ((r: CheckResult) => void) | null = null;
const client = new CheckerClient((r) => waiting?.(r));
const checked = (story: StoryFiles): Promise<CheckResult> =>
  new Promise((resolve) => {
    waiting = resolve;
    client.checkNow(story);
  });

window.studioBench = {
  async recheck(story, edits) {
    await checked(story); // the first check warms the worker up, as opening the story does
    const recheckMs: number[] = [];
    let last: CheckResult | undefined;
    const logic = story.files['scenario.yaml']!;
    for (let i = 0; i < edits; i++) {
      // One keystroke: a character more in a comment at the end of the logic file.
      const edited = {
        ...story,
        files: { ...story.files, 'scenario.yaml': `${logic}# ${'x'.repeat(i + 1)}\n` },
      };
      const began = performance.now();
      last = await checked(edited);
      recheckMs.push(performance.now() - began);
    }
    return { recheckMs, findings: last!.findings.length, workerMs: last!.ms };
  },
  async openLibrary(stories) {
    const began = performance.now();
    let findings = 0;
    for (const s of stories) findings += (await checked(s)).findings.length;
    return { ms: performance.now() - began, findings };
  },
};
document.title = 'Studio bench ready';
