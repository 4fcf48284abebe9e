/**
 * Which warning signs the flag picker offers, per age band. A short list a
 * child can read on a phone, the same for every message of every story of
 * that band, so what is offered never hints at what a message shows. The
 * checker's `sign-not-offered` rule keeps every sign a story tags inside the
 * list of each of its age bands, so the right answer is always there.
 *
 * Add a sign to a band here when a story for that band needs it; the picker
 * for that band grows by one (see docs/warning-signs.md).
 */
import type { AgeBand, WarningSign } from './taxonomy.js';

export const SIGNS_OFFERED: Readonly<Record<AgeBand, readonly WarningSign[]>> = {
  // Named in child words (`childName` in signs.json).
  '7-11': ['flattery', 'gift-bribe', 'secrecy', 'info-probing', 'supervision-check', 'pressure'],
  '11-14': [
    'flattery',
    'gift-bribe',
    'secrecy',
    'info-probing',
    'supervision-check',
    'pressure',
    'isolation',
    'platform-shift',
    'age-deception',
    'guilt',
    'image-request',
    'meetup-request',
    'threat',
  ],
  '14-18': [
    'flattery',
    'love-bombing',
    'secrecy',
    'info-probing',
    'isolation',
    'platform-shift',
    'age-deception',
    'guilt',
    'sexual-testing',
    'image-request',
    'meetup-request',
    'pressure',
    'threat',
    'proof-demand',
  ],
};

/** Bands whose picker names signs in simpler, child words. */
export const CHILD_WORDS_BANDS: readonly AgeBand[] = ['7-11'];

/**
 * The picker's band for a player of `playerBand` in a story for `storyBands`:
 * the player's own band when the story is written for it, else the story's
 * first band, so the list always holds every sign the story tags.
 */
export function pickerBand(storyBands: readonly AgeBand[], playerBand: AgeBand | undefined): AgeBand {
  if (playerBand !== undefined && storyBands.includes(playerBand)) return playerBand;
  return storyBands[0] ?? '14-18';
}

/** The signs the picker offers in a story for `storyBands` to a player of `playerBand`. */
export function signsOffered(
  storyBands: readonly AgeBand[],
  playerBand: AgeBand | undefined,
): readonly WarningSign[] {
  return SIGNS_OFFERED[pickerBand(storyBands, playerBand)];
}
