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
import type { AgeBand, Topic, WarningSign } from './taxonomy.js';

export const SIGNS_OFFERED: Readonly<Record<AgeBand, readonly WarningSign[]>> = {
  // Named in child words (`childName` in signs.json).
  '7-11': [
    'flattery',
    'gift-bribe',
    'secrecy',
    'info-probing',
    'supervision-check',
    'pressure',
    'platform-shift',
    'guilt',
    'isolation',
  ],
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
    // "If you tell, you'll get in trouble": intimidation to keep a child quiet.
    'threat',
  ],
  '14-18': [
    'flattery',
    'love-bombing',
    'secrecy',
    'info-probing',
    'supervision-check',
    'gift-bribe',
    'isolation',
    'platform-shift',
    'age-deception',
    'guilt',
    'sexual-testing',
    'image-request',
    'meetup-request',
    'pressure',
  ],
};

/**
 * Signs a topic adds to every band's list: threats and "prove it" in
 * sextortion stories, the lures of travel and job offers, and impersonation
 * and data-collecting "offers" in privacy stories. Added per topic, not per
 * story or message, so the list still never hints at the answer.
 */
export const TOPIC_SIGNS: Readonly<Record<Topic, readonly WarningSign[]>> = {
  grooming: [],
  sextortion: ['threat', 'proof-demand'],
  privacy: ['impersonation', 'opportunity-lure', 'document-request', 'hide-from-family'],
  'travel-tourism': [
    'opportunity-lure',
    'paid-travel',
    'document-request',
    'debt',
    'hide-from-family',
    'gift-bribe',
  ],
};

/** The list for one band in a story of these topics: the band's signs, then the topics' additions. */
export function signsForBand(band: AgeBand, topics: readonly Topic[]): readonly WarningSign[] {
  const extra = topics.flatMap((t) => TOPIC_SIGNS[t]).filter((s) => !SIGNS_OFFERED[band].includes(s));
  return extra.length === 0 ? SIGNS_OFFERED[band] : [...SIGNS_OFFERED[band], ...new Set(extra)];
}

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

/** The signs the picker offers in a story for `storyBands` and `topics` to a player of `playerBand`. */
export function signsOffered(
  storyBands: readonly AgeBand[],
  playerBand: AgeBand | undefined,
  topics: readonly Topic[] = [],
): readonly WarningSign[] {
  return signsForBand(pickerBand(storyBands, playerBand), topics);
}
