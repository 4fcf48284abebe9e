/**
 * The camera's reading loop: take the picture the camera shows now, look for
 * QR codes in it, hand each new text to a `QrCollector` (which takes codes in
 * any order and any number of times), and say what changed. Then wait a
 * little and look again, until stopped. A tick never overlaps the previous
 * one: on a slow phone reading a picture may take longer than the wait.
 *
 * Everything it touches is passed in (the camera's picture, the QR reader,
 * the timer), so tests drive it with a fake decoder and clock.
 */
import { QrCollector, type FrameRejection } from '../handin/index';

export type ScanEvent =
  /** A new code of a sequence: `have` of `total` read so far, `missing` still to come. */
  | { kind: 'progress'; have: number; total: number; missing: number[] }
  /** The last missing code: `payload` is the whole hand-in, ready to import. */
  | { kind: 'complete'; payload: string; total: number }
  /** A code of a hand-in read in full already (its phone is still in view). */
  | { kind: 'already'; total: number }
  /** A code that cannot be used: another app's, another version, or codes that do not fit together. */
  | { kind: 'rejected'; reason: FrameRejection | 'tampered'; newer?: boolean };

export interface ScanTimer {
  set(run: () => void, ms: number): unknown;
  clear(handle: unknown): void;
}

export interface ScanLoopOptions<F> {
  /** The camera's current picture, or null while it has none yet. */
  grab(): F | null;
  /** The texts of the QR codes in a picture ([] for none). */
  decode(frame: F): Promise<string[]>;
  onEvent(event: ScanEvent): void;
  timer: ScanTimer;
  /** The wait between two looks; about eight a second keeps up with codes changing every 3 s. */
  intervalMs?: number;
  collector?: QrCollector;
}

export const SCAN_INTERVAL_MS = 120;

export class ScanLoop<F> {
  private readonly collector: QrCollector;
  private handle: unknown = null;
  private active = false;
  /** The text read last: the same code still in view says nothing new. */
  private lastText: string | null = null;

  constructor(private readonly options: ScanLoopOptions<F>) {
    this.collector = options.collector ?? new QrCollector();
  }

  get running(): boolean {
    return this.active;
  }

  start(): void {
    if (this.active) return;
    this.active = true;
    this.schedule(0);
  }

  stop(): void {
    this.active = false;
    if (this.handle !== null) this.options.timer.clear(this.handle);
    this.handle = null;
  }

  private schedule(ms: number): void {
    this.handle = this.options.timer.set(() => void this.tick(), ms);
  }

  private async tick(): Promise<void> {
    this.handle = null;
    if (!this.active) return;
    const frame = this.options.grab();
    let texts: string[] = [];
    if (frame !== null) {
      try {
        texts = await this.options.decode(frame);
      } catch {
        texts = []; // one unreadable picture of the camera's is no reason to stop
      }
    }
    for (const text of texts) {
      if (!this.active) return;
      this.read(text);
    }
    if (this.active) this.schedule(this.options.intervalMs ?? SCAN_INTERVAL_MS);
  }

  private read(text: string): void {
    if (text === this.lastText) return;
    this.lastText = text;
    const scan = this.collector.accept(text);
    const emit = this.options.onEvent;
    switch (scan.status) {
      case 'rejected':
        emit(
          scan.newer === undefined
            ? { kind: 'rejected', reason: scan.reason }
            : { kind: 'rejected', reason: scan.reason, newer: scan.newer },
        );
        return;
      case 'already-complete':
        emit({ kind: 'already', total: scan.total });
        return;
      case 'complete':
        emit({ kind: 'complete', payload: scan.payload, total: scan.total });
        return;
      case 'progress': {
        if (scan.duplicate && !scan.otherSet) return;
        const now = this.collector.progress();
        emit({ kind: 'progress', have: scan.have, total: scan.total, missing: now?.missing ?? [] });
      }
    }
  }
}
