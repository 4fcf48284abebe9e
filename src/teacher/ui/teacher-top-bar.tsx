/**
 * The bar at the top of every teacher page, in the game's frame (folding
 * into a menu when narrow): back (or the area's name), Quick exit (the
 * game's own button, top right on every size), the language, Lock once the
 * PIN was entered, and (where there is no back) the way back to the game.
 */
import { LanguageSelect, TopBarFrame } from '../../game/ui/top-bar';
import type { TeacherApp } from '../teacher-app';

export interface TeacherTopBarProps {
  app: TeacherApp;
  back?: { label: string; go: () => void } | undefined;
  /** The PIN was entered: offer Lock. */
  unlocked: boolean;
}

export function TeacherTopBar({ app, back, unlocked }: TeacherTopBarProps) {
  return (
    <TopBarFrame
      app={app}
      left={
        back ? (
          <button type="button" class="btn btn-ghost" data-testid="back" onClick={back.go}>
            {back.label}
          </button>
        ) : (
          <span class="brand">{app.t('area.brand')}</span>
        )
      }
    >
      <LanguageSelect
        app={app}
        languages={app.services.languages}
        language={app.services.i18n.language()}
        choose={(code) => void app.setLanguage(code)}
      />
      {unlocked && (
        <button
          type="button"
          class="btn btn-ghost"
          data-testid="teacher-lock"
          onClick={() => void app.lock()}
        >
          {app.t('area.lock')}
        </button>
      )}
      {/* Pages with a back button lead home first; the way out to the game is on the home and PIN pages. */}
      {!back && (
        <button type="button" class="btn btn-ghost" data-testid="teacher-leave" onClick={() => app.leave()}>
          {app.t('area.leave')}
        </button>
      )}
    </TopBarFrame>
  );
}
