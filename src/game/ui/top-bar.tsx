/**
 * The bar at the top of every screen but the chat (name or back, quick exit,
 * language, settings), and the quick-exit button the chat reuses.
 */
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
  return (
    <header class="topbar">
      <div class="topbar-left">
        {back ? (
          <button type="button" class="btn btn-ghost" data-testid="back" onClick={back}>
            {backLabel ?? app.t('nav.back')}
          </button>
        ) : (
          <span class="brand">Escudo</span>
        )}
      </div>
      {/* Quick exit stays in the first row, top right, on every screen size. */}
      <QuickExitButton app={app} />
      <div class="topbar-actions">
        <select
          aria-label={app.t('language.choose')}
          data-testid="language-select"
          value={language}
          onChange={(e) => void app.setLanguage((e.currentTarget as HTMLSelectElement).value)}
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
    </header>
  );
}
