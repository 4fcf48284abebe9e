/**
 * The bar at the top of every screen but the chat (name or back, quick exit,
 * language, settings), and the quick-exit button the chat reuses.
 */
import { useEffect, useRef, useState } from 'preact/hooks';
import type { App } from '../app';
import { SCREENS } from '../screen-names';

/** What Quick exit needs of a shell: its words and the exit itself (the game's App, the teacher area's). */
export type QuickExitHost = Pick<App, 't' | 'quickExit'>;

export function QuickExitButton({ app }: { app: QuickExitHost }) {
  return (
    <button
      type="button"
      class="btn btn-exit"
      data-testid="quick-exit"
      aria-keyshortcuts="Escape Escape"
      title={app.t('quickExit.hint')}
      onClick={() => app.quickExit()}
    >
      {app.t('quickExit.button')}
    </button>
  );
}

export interface TopBarProps {
  app: App;
  back?: () => void;
  backLabel?: string;
}

export function TopBar({ app, back, backLabel }: TopBarProps) {
  const current = app.currentScreen();
  const language = app.services.i18n.language();
  // Narrow or large text: language and settings fold into a menu (game.css,
  // the container queries on .topbar) so the bar stays one or two rows.
  const [menuOpen, setMenuOpen] = useState(false);
  const bar = useRef<HTMLElement>(null);
  useEffect(() => {
    if (!menuOpen) return;
    const closeOutside = (e: Event) => {
      if (!bar.current?.contains(e.target as Node)) setMenuOpen(false);
    };
    const closeOnEscape = (e: KeyboardEvent) => {
      if (e.key === 'Escape') setMenuOpen(false);
    };
    document.addEventListener('pointerdown', closeOutside);
    document.addEventListener('keydown', closeOnEscape);
    return () => {
      document.removeEventListener('pointerdown', closeOutside);
      document.removeEventListener('keydown', closeOnEscape);
    };
  }, [menuOpen]);
  return (
    <header class="topbar" ref={bar}>
      <div class={menuOpen ? 'topbar-row menu-open' : 'topbar-row'}>
        <div class="topbar-left">
          {back ? (
            <button type="button" class="btn btn-ghost" data-testid="back" onClick={back}>
              {backLabel ?? app.t('nav.back')}
            </button>
          ) : (
            <span class="brand">Escudo</span>
          )}
        </div>
        {/* Quick exit stays in the first row, on every screen size and text size. */}
        <QuickExitButton app={app} />
        <button
          type="button"
          class="btn btn-ghost topbar-menu-button"
          data-testid="topbar-menu"
          aria-expanded={menuOpen}
          aria-controls="topbar-actions"
          onClick={() => setMenuOpen(!menuOpen)}
        >
          <span aria-hidden="true">☰</span>
          <span class="topbar-menu-label">{app.t('nav.menu')}</span>
        </button>
        <div class="topbar-actions" id="topbar-actions">
          <select
            aria-label={app.t('language.choose')}
            data-testid="language-select"
            value={language}
            onChange={(e) => {
              setMenuOpen(false);
              void app.setLanguage((e.currentTarget as HTMLSelectElement).value);
            }}
          >
            {app.services.languages.map((l) => (
              <option key={l.code} value={l.code} lang={l.code}>
                {l.name}
              </option>
            ))}
          </select>
          {current?.name !== SCREENS.settings && (
            <button
              type="button"
              class="btn btn-ghost"
              data-testid="open-settings"
              onClick={() => void app.go(SCREENS.settings, { from: current?.name, ...current?.params })}
            >
              {app.t('settings.open')}
            </button>
          )}
        </div>
      </div>
    </header>
  );
}
