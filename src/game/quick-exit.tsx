/**
 * Quick exit: at once, the game is hidden behind a plain, neutral notes page
 * (no game name, no chat), sound and read-aloud stop, and the page title
 * changes. A small "continue" button brings the game back where it was.
 * Key: Escape twice quickly, or the "Quick exit" button on every screen.
 */
import type { App } from './app';

const COVER_CLASS = 'quick-exit-cover';

/** The cover itself: always in the page, hidden and empty until shown. */
export function QuickExitCover({
  app,
  visible,
  onBack,
}: {
  app: Pick<App, 't'>;
  visible: boolean;
  onBack: () => void;
}) {
  return (
    <div class={COVER_CLASS} data-testid="quick-exit-cover" hidden={!visible}>
      {visible && (
        <div class="notes-page">
          <h1 tabIndex={-1}>{app.t('quickExit.coverTitle')}</h1>
          <ul>
            {app
              .t('quickExit.coverLines')
              .split('|')
              .map((line, i) => (
                <li key={i}>{line.trim()}</li>
              ))}
          </ul>
          <button type="button" class="notes-back" data-testid="quick-exit-back" onClick={onBack}>
            {app.t('quickExit.back')}
          </button>
        </div>
      )}
    </div>
  );
}

/**
 * What showing and hiding the cover does besides drawing it: the page title,
 * sound, making the rest of the game inert, and where the focus goes.
 * `redraw` draws the shell again with the new `visible`, synchronously.
 */
export function quickExitCover(app: App, redraw: () => void) {
  let savedTitle = document.title;
  let visible = false;
  const setInert = (inert: boolean) => {
    for (const el of app.host.children)
      if (!el.classList.contains(COVER_CLASS)) (el as HTMLElement).inert = inert;
  };
  const hide = () => {
    visible = false;
    redraw();
    document.title = savedTitle;
    setInert(false);
    app.services.sound.setMuted(!app.settings.sound);
    app.host.querySelector<HTMLElement>('h1')?.focus();
  };
  const show = () => {
    if (visible) return;
    visible = true;
    savedTitle = document.title;
    document.title = app.t('quickExit.pageTitle');
    app.services.sound.setMuted(true);
    setInert(true);
    redraw();
    app.host.querySelector<HTMLElement>(`.${COVER_CLASS} h1`)?.focus();
  };
  return {
    show,
    hide,
    get visible() {
      return visible;
    },
  };
}
