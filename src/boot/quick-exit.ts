/**
 * Quick exit on the title screen, before the game (and i18next) has loaded:
 * the same plain notes page the game shows (src/game/quick-exit.tsx), built
 * with a few DOM calls so the title bundle stays tiny. Escape twice within a
 * second does the same. Once the game has started it takes over; `stop()`
 * removes the title screen's key listener.
 */
export interface BootQuickExit {
  /** Draws the button's text in the current language. */
  render(text: (key: string) => string): void;
  stop(): void;
  /** Listens again (the game failed to start and the title screen is back). */
  resume(): void;
}

export function bootQuickExit(button: HTMLButtonElement, hide: HTMLElement[]): BootQuickExit {
  let text: (key: string) => string = () => '';
  let cover: HTMLElement | null = null;
  let savedTitle = document.title;

  const showCover = () => {
    if (cover) return;
    savedTitle = document.title;
    document.title = text('quickExit.pageTitle');
    cover = document.createElement('div');
    cover.className = 'quick-exit-cover';
    cover.dataset['testid'] = 'quick-exit-cover';
    const page = document.createElement('div');
    page.className = 'notes-page';
    const title = document.createElement('h1');
    title.tabIndex = -1;
    title.textContent = text('quickExit.coverTitle');
    const list = document.createElement('ul');
    for (const line of text('quickExit.coverLines').split('|')) {
      const item = document.createElement('li');
      item.textContent = line.trim();
      list.append(item);
    }
    const back = document.createElement('button');
    back.type = 'button';
    back.className = 'notes-back';
    back.dataset['testid'] = 'quick-exit-back';
    back.textContent = text('quickExit.back');
    back.addEventListener('click', hideCover);
    page.append(title, list, back);
    cover.append(page);
    for (const el of hide) el.inert = true;
    document.body.append(cover);
    title.focus();
  };

  function hideCover(): void {
    if (!cover) return;
    cover.remove();
    cover = null;
    document.title = savedTitle;
    for (const el of hide) el.inert = false;
    button.focus();
  }

  let lastEscape = 0;
  const onKey = (e: KeyboardEvent) => {
    if (e.key !== 'Escape' || cover) return;
    const now = performance.now();
    if (now - lastEscape < 1000) {
      lastEscape = 0;
      showCover();
    } else lastEscape = now;
  };

  button.addEventListener('click', showCover);
  window.addEventListener('keydown', onKey);
  return {
    render(own) {
      text = own;
      button.textContent = text('quickExit.button');
      button.title = text('quickExit.hint');
    },
    stop() {
      window.removeEventListener('keydown', onKey);
    },
    resume() {
      window.addEventListener('keydown', onKey);
    },
  };
}
