/**
 * Names and explanations of warning signs, from the `signs` namespace
 * (assets/locales/<lang>/signs.json). Keys are `<code>.name`,
 * `<code>.childName` (simpler words for the youngest band) and
 * `<code>.description`; the code itself is the last resort.
 */
import { CHILD_WORDS_BANDS, pickerBand } from '../../format/sign-sets';
import type { AgeBand } from '../../format/taxonomy';
import type { GameI18n } from '../../i18n/index';
import type { App } from '../app';

/** What sign names need: the words. The game's App and the teacher area's both have them. */
export interface SignWords {
  services: { i18n: Pick<GameI18n, 't'> };
}

export function signName(app: SignWords, code: string, childWords = false): string {
  const name = app.services.i18n.t(`${code}.name`, { ns: 'signs', defaultValue: code });
  if (!childWords) return name;
  return app.services.i18n.t(`${code}.childName`, { ns: 'signs', defaultValue: name });
}

export function signDescription(app: SignWords, code: string): string {
  return app.services.i18n.t(`${code}.description`, { ns: 'signs', defaultValue: '' });
}

/** Whether this player, in a story for `storyBands`, sees the signs in child words. */
export function childWords(app: App, storyBands: readonly AgeBand[]): boolean {
  return CHILD_WORDS_BANDS.includes(pickerBand(storyBands, app.profile?.ageBand));
}
