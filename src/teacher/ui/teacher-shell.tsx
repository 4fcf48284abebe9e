/**
 * The teacher area's shell inside `.teacher-app`: a note on every page when
 * nothing will be kept (IndexedDB unavailable), the host the current page is
 * mounted in, the announcer and the Quick exit cover (the game's own).
 */
import { render, type RefObject } from 'preact';
import { QuickExitCover } from '../../game/quick-exit';
import type { TeacherApp } from '../teacher-app';

export interface TeacherShellProps {
  app: TeacherApp;
  screenHost: RefObject<HTMLDivElement | null>;
  announcer: RefObject<HTMLDivElement | null>;
  coverVisible: boolean;
  onCoverBack: () => void;
}

function TeacherShell({ app, screenHost, announcer, coverVisible, onCoverBack }: TeacherShellProps) {
  return (
    <>
      <div class="screen-host" ref={screenHost} />
      <div class="visually-hidden" aria-live="polite" role="status" data-testid="announcer" ref={announcer} />
      <QuickExitCover app={app} visible={coverVisible} onBack={onCoverBack} />
    </>
  );
}

export function renderTeacherShell(host: HTMLElement, props: TeacherShellProps): void {
  render(<TeacherShell {...props} />, host);
}
