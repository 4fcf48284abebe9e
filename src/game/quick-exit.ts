/**
 * Quick exit: at once, the game is hidden behind a plain, neutral notes page
 * (no game name, no chat), sound and read-aloud stop, and the page title
 * changes. A small "continue" button brings the game back where it was.
 * Key: Escape twice quickly, or the "Quick exit" button on every screen.
 */
import type { App } from './app';
import { button, h } from './ui/dom';

export function quickExitCover(app: App) {
  const element = h('div', {
    class: 'quick-exit-cover',
    testid: 'quick-exit-cover',
    attrs: { hidden: true },
  });
  let savedTitle = document.title;
  let visible = false;
  const hide = () => {
    visible = false;
    element.hidden = true;
    element.replaceChildren();
    document.title = savedTitle;
    for (const el of app.host.children) if (el !== element) (el as HTMLElement).inert = false;
    app.services.sound.setMuted(!app.settings.sound);
    app.host.querySelector<HTMLElement>('h1')?.focus();
  };
  const show = () => {
    if (visible) return;
    visible = true;
    savedTitle = document.title;
    document.title = app.t('quickExit.pageTitle');
    app.services.sound.setMuted(true);
    for (const el of app.host.children) if (el !== element) (el as HTMLElement).inert = true;
    const lines = app
      .t('quickExit.coverLines')
      .split('|')
      .map((l) => h('li', { text: l.trim() }));
    const heading = h('h1', { text: app.t('quickExit.coverTitle'), attrs: { tabindex: -1 } });
    element.replaceChildren(
      h(
        'div',
        { class: 'notes-page' },
        heading,
        h('ul', {}, ...lines),
        button(app.t('quickExit.back'), hide, { class: 'notes-back', testid: 'quick-exit-back' }),
      ),
    );
    element.hidden = false;
    heading.focus();
  };
  return {
    element,
    show,
    hide,
    get visible() {
      return visible;
    },
  };
}
