/**
 * The page's side of the checker worker: re-checks after the author stops
 * typing for a moment (debounced), drops answers to questions no longer asked
 * (an older edit), and asks for packs.
 */
import type { Finding } from '../../format/load';
import type { PackT } from '../../format/pack/schema';
import type { ExportResult } from '../model/export-pack';
import type { StoryOutline } from '../model/outline';
import type { StoryFiles } from '../model/story-files';
import type { WorkerReply, WorkerRequest } from './protocol';

/** Quiet time after a keystroke before checking: short enough to feel live. */
export const CHECK_DEBOUNCE_MS = 150;

export interface CheckResult {
  findings: Finding[];
  outline: StoryOutline;
  /** The worker's time for the check itself. */
  ms: number;
  /**
   * False for the first answer to a check, which leaves out the state
   * explorer's findings (every way through the story); true for the last.
   */
  complete: boolean;
}

export class CheckerClient {
  private readonly worker: Worker;
  private seq = 0;
  private latestCheck = 0;
  private timer: number | undefined;
  private readonly packs = new Map<number, (r: { result: ExportResult; pack?: PackT }) => void>();

  constructor(
    private readonly onChecked: (result: CheckResult) => void,
    /** The worker failed (it could not load, or crashed): the page says so instead of "checking…" forever. */
    private readonly onFailed: () => void = () => undefined,
  ) {
    this.worker = new Worker(new URL('./check-worker.ts', import.meta.url), { type: 'module' });
    this.worker.addEventListener('message', (e: MessageEvent<WorkerReply>) => this.receive(e.data));
    this.worker.addEventListener('error', (e) => {
      console.error('The studio checker failed', e);
      for (const resolve of this.packs.values()) resolve({ result: { ok: false, stopping: [] } });
      this.packs.clear();
      this.onFailed();
    });
  }

  /** Checks soon (after the debounce), replacing any check still waiting. */
  checkSoon(story: StoryFiles): void {
    window.clearTimeout(this.timer);
    this.timer = window.setTimeout(() => this.checkNow(story), CHECK_DEBOUNCE_MS);
  }

  checkNow(story: StoryFiles): void {
    window.clearTimeout(this.timer);
    this.latestCheck = ++this.seq;
    this.send({ type: 'check', seq: this.latestCheck, story });
  }

  /** The checked pack of the story, or the findings that stop it. */
  pack(story: StoryFiles): Promise<{ result: ExportResult; pack?: PackT }> {
    const seq = ++this.seq;
    return new Promise((resolve) => {
      this.packs.set(seq, resolve);
      this.send({ type: 'pack', seq, story });
    });
  }

  dispose(): void {
    window.clearTimeout(this.timer);
    this.worker.terminate();
  }

  private send(request: WorkerRequest): void {
    this.worker.postMessage(request);
  }

  private receive(reply: WorkerReply): void {
    if (reply.type === 'checked') {
      if (reply.seq === this.latestCheck) this.onChecked(reply);
      return;
    }
    const resolve = this.packs.get(reply.seq);
    this.packs.delete(reply.seq);
    resolve?.({ result: reply.result, ...(reply.pack ? { pack: reply.pack } : {}) });
  }
}
