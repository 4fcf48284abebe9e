/**
 * The studio's checker, off the page's thread: the same checker
 * `npm run scenarios:check` runs (src/format/check/), on the files the author
 * is editing, so typing never waits for it. It also reads the story's outline
 * for the graph, and compiles the pack for export and play-testing.
 */
// Must stay the first import: it configures zod before any schema is used (no eval under the CSP).
import '../../game/services/zod-jitless';
import { checkScenario } from '../../format/check/index';
import { readYamlFile } from '../../format/check/yaml-file';
import { exportPack } from '../model/export-pack';
import { outlineOf } from '../model/outline';
import { logicPath, toSource } from '../model/story-files';
import type { WorkerReply, WorkerRequest } from './protocol';

const post = (reply: WorkerReply): void => (self as unknown as Worker).postMessage(reply);

self.addEventListener('message', (event: MessageEvent<WorkerRequest>) => {
  const request = event.data;
  if (request.type === 'check') {
    const began = performance.now();
    const findings = checkScenario(toSource(request.story));
    const logic = logicPath(request.story);
    const outline = outlineOf(readYamlFile({ path: logic, text: request.story.files[logic] ?? '' }).value);
    post({ type: 'checked', seq: request.seq, findings, outline, ms: performance.now() - began });
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
