/**
 * The studio's checker, off the page's thread: the same checker
 * `npm run scenarios:check` runs (src/format/check/), on the files the author
 * is editing, so typing never waits for it. It also reads the story's outline
 * for the graph, and compiles the pack for export and play-testing.
 */
// Must stay the first import: it configures zod before any schema is used (no eval under the CSP).
import '../../game/services/zod-jitless';
import { StoryChecker } from '../../format/check/index';
import { exportPack } from '../model/export-pack';
import { outlineOf } from '../model/outline';
import { toSource } from '../model/story-files';
import type { WorkerReply, WorkerRequest } from './protocol';

/** Remembers the last check, so a keystroke re-reads only the file it changed. */
const checker = new StoryChecker();

/** The newest check asked for: an older one's second half is not worth running. */
let latestCheck = 0;

const post = (reply: WorkerReply): void => (self as unknown as Worker).postMessage(reply);

self.addEventListener('message', (event: MessageEvent<WorkerRequest>) => {
  const request = event.data;
  if (request.type === 'check') {
    latestCheck = request.seq;
    const began = performance.now();
    const source = toSource(request.story);
    const quick = checker.check(source, { quick: true });
    const outline = outlineOf(quick.logicValue);
    const reply = { type: 'checked', seq: request.seq, outline } as const;
    post({ ...reply, findings: quick.findings, ms: performance.now() - began, complete: quick.complete });
    if (quick.complete) return;
    // The state explorer's findings follow, unless the author typed again
    // meanwhile: a newer check waiting in the queue runs first.
    setTimeout(() => {
      if (latestCheck !== request.seq) return;
      const full = checker.check(source);
      post({ ...reply, findings: full.findings, ms: performance.now() - began, complete: true });
    }, 0);
  } else {
    const result = exportPack(request.story);
    post({
      type: 'packed',
      seq: request.seq,
      result,
      ...(result.ok ? { pack: JSON.parse(result.text) as never } : {}),
    });
  }
});
