/**
 * The bar at the top of every screen but the chat (name or back, quick exit,
 * language, settings), and the quick-exit button the chat reuses.
 */
import type { ComponentChildren } from 'preact';
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

export interface TopBarFrameProps {
  app: QuickExitHost;
  /** Back, or the name of the place. */
  left: ComponentChildren;
  /** The language and the rest: in the row when there is room, else in the menu. */
  children: ComponentChildren;
}

/**
 * The bar's frame, shared by the game and the teacher area: the left part,
 * Quick exit, and the actions that fold into a menu when the bar is narrow
 * or the text large (game.css, the container queries on .topbar), so the bar
 * stays one or two rows. Choosing an action closes the menu.
 */
export function TopBarFrame({ app, left, children }: TopBarFrameProps) {
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
        <div class="topbar-left">{left}</div>
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
        <div
          class="topbar-actions"
          id="topbar-actions"
          onChange={() => setMenuOpen(false)}
          onClick={(e) => {
            if ((e.target as Element).closest('button')) setMenuOpen(false);
          }}
        >
          {children}
        </div>
      </div>
    </header>
  );
}

/** The language choice of every top bar. */
export function LanguageSelect({
  app,
  languages,
  language,
  choose,
}: {
  app: QuickExitHost;
  languages: readonly { code: string; name: string }[];
  language: string;
  choose: (code: string) => void;
}) {
  return (
    <select
      aria-label={app.t('language.choose')}
      data-testid="language-select"
      value={language}
      onChange={(e) => choose((e.currentTarget as HTMLSelectElement).value)}
    >
      {languages.map((l) => (
        <option key={l.code} value={l.code} lang={l.code}>
          {l.name}
        </option>
      ))}
    </select>
  );
}

export function TopBar({ app, back, backLabel }: TopBarProps) {
  const current = app.currentScreen();
  return (
    <TopBarFrame
      app={app}
      left={
        back ? (
          <button type="button" class="btn btn-ghost" data-testid="back" onClick={back}>
            {backLabel ?? app.t('nav.back')}
          </button>
        ) : (
          <span class="brand">Escudo</span>
        )
      }
    >
      <LanguageSelect
        app={app}
        languages={app.services.languages}
        language={app.services.i18n.language()}
        choose={(code) => void app.setLanguage(code)}
      />
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
    </TopBarFrame>
  );
}
