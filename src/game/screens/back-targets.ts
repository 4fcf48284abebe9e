/**
 * Where "back" leads from the settings and the saved-progress page. Both can
 * be opened from several screens and from each other, and a deletion can
 * leave nobody playing, so the answer depends on how the page was reached
 * (its params) and on whether a player is still chosen.
 */
import type { ScreenParams } from '../app';
import { SCREENS, type ScreenName } from '../screen-names';

export interface BackTarget {
  screen: ScreenName;
  params: ScreenParams;
}

/** Settings go back to the screen they were opened from, with that screen's own params. */
export function settingsBack(params: ScreenParams, hasPlayer: boolean): BackTarget {
  const { from: _from, ...rest } = params;
  const from = (params.from as ScreenName | undefined) ?? (hasPlayer ? SCREENS.hub : SCREENS.profile);
  return { screen: from === SCREENS.settings ? SCREENS.hub : from, params: rest };
}

/**
 * The saved-progress page goes back to where it was opened from; when that
 * was the settings, the settings go on back to where *they* were opened from
 * (`via`). The hub, chat and debrief need a player; settings do not.
 */
export function dataBack(params: ScreenParams, hasPlayer: boolean): BackTarget {
  const { from: _from, via, ...rest } = params;
  const from = (params.from as ScreenName | undefined) ?? (hasPlayer ? SCREENS.hub : SCREENS.profile);
  const needsPlayer = (screen: string | undefined) => screen !== SCREENS.profile && !hasPlayer;
  if (from === SCREENS.settings)
    return {
      screen: SCREENS.settings,
      params: needsPlayer(via) ? { from: SCREENS.profile } : { ...rest, from: via },
    };
  return { screen: needsPlayer(from) || from === SCREENS.data ? SCREENS.profile : from, params: {} };
}
