/**
 * The seam between the page and the game: builds the DOM shell with its
 * screens, shows the first one, then brings in the Phaser backdrop in the
 * background (the first message never waits for Phaser).
 */
import { App, type ScreenBuilder } from './app';
import { chatScreen } from './chat/chat-screen';
import { firstScreen } from './first-screen';
import { SCREENS, type ScreenName } from './screen-names';
import { debriefScreen } from './screens/debrief';
import { deviceDataScreen } from './screens/device-data';
import { handInScreen } from './screens/hand-in';
import { hubScreen } from './screens/hub';
import { profileView } from './screens/profile';
import { settingsScreen } from './screens/settings';
import type { GameServices } from './services/types';
import './styles/game.css';
import './styles/chat-looks.css';

const SCREEN_BUILDERS: Record<ScreenName, ScreenBuilder> = {
  [SCREENS.profile]: profileView,
  [SCREENS.hub]: hubScreen,
  [SCREENS.chat]: chatScreen,
  [SCREENS.debrief]: debriefScreen,
  [SCREENS.settings]: settingsScreen,
  [SCREENS.data]: deviceDataScreen,
  [SCREENS.handIn]: handInScreen,
};

export async function startGame(parent: HTMLElement, services: GameServices): Promise<App> {
  const backdropHost = document.createElement('div');
  backdropHost.className = 'backdrop';
  backdropHost.setAttribute('aria-hidden', 'true');
  parent.append(backdropHost);
  const app = new App(parent, services, SCREEN_BUILDERS);

  // If saving stops working mid-game (storage full, a newer game in another
  // tab), say so once, in the store's words; the game carries on in memory.
  services.progress.onModeChange((mode, reason) => {
    if (mode !== 'memory') return;
    app.announce(services.i18n.t(`reason.${reason ?? 'unknown'}`, { ns: 'store' }));
    app.showMemoryNotice(reason);
  });

  const device = await services.progress.getDevice();
  const profiles = await services.progress.listProfiles();
  const first = firstScreen(profiles, device.lastProfileId);
  const last = first.kind === 'continue' ? profiles.find((p) => p.id === first.profileId) : undefined;
  if (last) {
    await app.useProfile(last);
    await app.go(SCREENS.hub);
  } else {
    await app.go(SCREENS.profile);
  }

  // Phaser arrives after the first screen is usable.
  window.setTimeout(() => {
    import('./phaser/backdrop')
      .then(({ createBackdrop }) => {
        app.backdrop = createBackdrop(backdropHost, app.reducedMotion);
        const cur = app.currentScreen();
        if (cur)
          app.backdrop.setMood(
            cur.name,
            cur.name === SCREENS.chat
              ? app.host.querySelector<HTMLElement>('.screen-chat')?.dataset.app
              : undefined,
          );
        document.documentElement.classList.add('has-backdrop');
      })
      .catch((e) => console.warn('Backdrop not available; using the plain background.', e));
  }, 50);
  return app;
}
