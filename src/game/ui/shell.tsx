/**
 * The game's shell, inside `.app`: a notice when saving has stopped, the host
 * the current screen is mounted in, the screen-reader announcer and the
 * quick-exit cover. The screen host and the announcer are filled by `App`
 * directly (a screen is its own Preact tree; announcements are timed text), so
 * the shell draws them empty and hands their elements back through refs.
 */
import { render, type RefObject } from 'preact';
import type { App } from '../app';
import { QuickExitCover } from '../quick-exit';
import { MemoryNotice } from './memory-notice';

export interface ShellProps {
  app: App;
  screenHost: RefObject<HTMLDivElement | null>;
  announcer: RefObject<HTMLDivElement | null>;
  /** Set once saving has stopped: the store's reason (or undefined when it gave none). */
  memory: { reason: string | undefined } | null;
  coverVisible: boolean;
  onCoverBack: () => void;
}

function Shell({ app, screenHost, announcer, memory, coverVisible, onCoverBack }: ShellProps) {
  return (
    <>
      {memory && <MemoryNotice app={app} reason={memory.reason} />}
      <div class="screen-host" ref={screenHost} />
      <div class="visually-hidden" aria-live="polite" role="status" data-testid="announcer" ref={announcer} />
      <QuickExitCover app={app} visible={coverVisible} onBack={onCoverBack} />
    </>
  );
}

/** Draws (or redraws) the shell into `host`, synchronously. */
export function renderShell(host: HTMLElement, props: ShellProps): void {
  render(<Shell {...props} />, host);
}
