/**
 * The frame of a teacher page: the top bar, then one panel that scrolls
 * inside the window (like the game's screens, the page itself never does),
 * with a note first when nothing will be kept on this device.
 */
import type { ComponentChildren } from 'preact';
import type { TeacherApp } from '../teacher-app';
import { TeacherTopBar, type TeacherTopBarProps } from './teacher-top-bar';

export interface TeacherScreenProps {
  app: TeacherApp;
  /** Names the page for styles and tests: `teacher-<name>`. */
  name: string;
  back?: TeacherTopBarProps['back'];
  /** Pages behind the PIN are unlocked; the PIN's own pages are not. */
  unlocked?: boolean;
  wide?: boolean;
  children: ComponentChildren;
}

export function TeacherScreen({
  app,
  name,
  back,
  unlocked = true,
  wide = false,
  children,
}: TeacherScreenProps) {
  const store = app.services.store;
  return (
    <main class={`screen screen-teacher teacher-${name}`} data-testid={`teacher-${name}`}>
      <TeacherTopBar app={app} back={back} unlocked={unlocked} />
      <div class={wide ? 'panel panel-wide' : 'panel'}>
        {store.mode === 'memory' && (
          <div class="notice" role="note" data-testid="teacher-memory-notice">
            <p>{app.t('storage.memory')}</p>
            <p>{app.t(`storage.reason.${store.reason ?? 'unknown'}`)}</p>
          </div>
        )}
        {children}
      </div>
    </main>
  );
}

/** Back to the teacher area's home, the usual "back" of its pages. */
export function backHome(app: TeacherApp): TeacherTopBarProps['back'] {
  return { label: app.t('area.home'), go: () => app.go('home') };
}
