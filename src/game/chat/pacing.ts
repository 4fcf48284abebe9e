/**
 * Waiting for the "typing…" time of a message, scaled by the message-speed
 * setting and cut short when the player hurries (tap, Space, the faster
 * button). Hurrying only shortens waits: choices always wait for the player.
 */
import { realTimers, type Timers } from './session/timers';

export const MAX_WAIT_MS = 4000;

export function scaledDelay(delayMs: number, speed: number): number {
  if (!(speed > 0) || !(delayMs > 0)) return 0;
  return Math.min(MAX_WAIT_MS, Math.round(delayMs * speed));
}

export class Pacer {
  private hurryResolve: (() => void) | null = null;
  private hurried = false;
  private disposed = false;

  constructor(private readonly timers: Timers = realTimers) {}

  /** Resolves after `ms`, or at once if the player hurried during this batch. */
  wait(ms: number): Promise<void> {
    if (this.hurried || this.disposed || ms <= 0) return Promise.resolve();
    return new Promise((resolve) => {
      const done = () => {
        this.timers.clear(timer);
        this.hurryResolve = null;
        resolve();
      };
      const timer = this.timers.set(done, ms);
      this.hurryResolve = done;
    });
  }

  /** Skip the remaining waits of this batch of messages. */
  hurry(): void {
    this.hurried = true;
    this.hurryResolve?.();
  }

  /** A new batch (after the player's input) waits normally again. */
  reset(): void {
    this.hurried = false;
  }

  dispose(): void {
    this.disposed = true;
    this.hurryResolve?.();
  }
}
