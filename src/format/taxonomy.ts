/**
 * The fixed vocabularies the scenario format is built on. The project owns
 * these lists; their descriptions and translations live in the locale files
 * (`assets/locales/<lang>/signs.json`), never here.
 */

/** Warning signs a message can be tagged with (see docs/warning-signs.md). */
export const WARNING_SIGNS = [
  'flattery',
  'info-probing',
  'supervision-check',
  'secrecy',
  'isolation',
  'platform-shift',
  'gift-bribe',
  'opportunity-lure',
  'love-bombing',
  'age-deception',
  'guilt',
  'sexual-testing',
  'image-request',
  'meetup-request',
  'pressure',
  'threat',
  'proof-demand',
  // Lures of exploitation in travel and tourism and in false job offers.
  'document-request',
  'paid-travel',
  'debt',
  'hide-from-family',
  // Someone pretending to be a person the child already knows.
  'impersonation',
] as const;
export type WarningSign = (typeof WARNING_SIGNS)[number];

/** Topics a scenario belongs to. Extend here (and in the locale files). */
export const TOPICS = ['grooming', 'sextortion', 'privacy', 'travel-tourism'] as const;
export type Topic = (typeof TOPICS)[number];

/** UKCIS "Education for a Connected World" age bands. */
export const AGE_BANDS = ['7-11', '11-14', '14-18'] as const;
export type AgeBand = (typeof AGE_BANDS)[number];

/** The look of the app a conversation happens in. */
export const CHAT_APPS = ['game-chat', 'social-dm', 'messenger'] as const;
export type ChatApp = (typeof CHAT_APPS)[number];

/** Protective actions, available at every node unless the node hides one. */
export const PROTECTIVE_ACTIONS = ['block', 'report', 'tell-adult', 'save-evidence', 'leave'] as const;
export type ProtectiveAction = (typeof PROTECTIVE_ACTIONS)[number];

/** How safe a choice is. Shown to teachers, never scored against the child. */
export const SAFETY_RATINGS = ['safe', 'neutral', 'risky'] as const;
export type SafetyRating = (typeof SAFETY_RATINGS)[number];

/**
 * Kinds of ending.
 * - `safe`: the player recognised what was happening and kept themselves safe.
 * - `helped`: the player (or the friend they helped) got help from a trusted
 *   adult, the platform or a help line.
 * - `supported`: something risky happened, and the story ends with support and
 *   the message that it is never too late to tell. Never a horror ending.
 */
export const ENDING_KINDS = ['safe', 'helped', 'supported'] as const;
export type EndingKind = (typeof ENDING_KINDS)[number];

/**
 * Lessons an ending can declare it teaches (see docs/safeguarding.md for what
 * each one means). The checker uses them to prove every ending says what the
 * safeguarding rules require; the teacher area will list them by name
 * (`assets/locales/<lang>/lessons.json`).
 */
export const LESSONS = [
  // Where help is: every ending names at least one, and never-too-late.
  'tell-trusted-adult',
  'report-platform',
  'report-hotline',
  'never-too-late',
  'not-your-fault',
  // The sextortion script.
  'dont-pay',
  'stop-and-block',
  'keep-evidence',
  'dont-forward',
  'removal-tools',
  // Grooming and relationships.
  'spot-the-signs',
  'people-can-pretend',
  'good-and-bad-secrets',
  'gifts-with-strings',
  'owe-nothing',
  'healthy-relationships',
  'say-no-to-photo-requests',
  'never-meet-alone',
  'friends-can-help',
  // Privacy.
  'keep-details-private',
  'check-before-posting',
  'passwords-are-private',
  'location-off',
  'fix-what-was-shared',
  // Offers, travel and tourism.
  'check-offers-with-family',
  'keep-documents-private',
  'ask-staff-for-help',
] as const;
export type Lesson = (typeof LESSONS)[number];

/** Lessons that give a route to help; every ending teaches at least one (and `never-too-late`). */
export const HELP_ROUTE_LESSONS: readonly Lesson[] = ['tell-trusted-adult', 'report-hotline'];

/**
 * What every ending of a sextortion story teaches (the script from the UK
 * National Crime Agency's guidance, in docs/safeguarding.md).
 */
export const SEXTORTION_SCRIPT: readonly Lesson[] = [
  'dont-pay',
  'stop-and-block',
  'keep-evidence',
  'tell-trusted-adult',
  'report-platform',
  'report-hotline',
  'removal-tools',
  'not-your-fault',
];

/** Avatars a player may pick: animals and things, never people. */
export const PLAYER_AVATARS = [
  'fox',
  'cat',
  'owl',
  'bear',
  'rabbit',
  'panda',
  'frog',
  'lion',
  'robot',
  'star',
] as const;
export type PlayerAvatar = (typeof PLAYER_AVATARS)[number];

/**
 * Avatars a contact or player can have; drawn by the game, never photos.
 * People and places are kept for story characters.
 */
export const AVATARS = [
  ...PLAYER_AVATARS,
  'adult-woman',
  'adult-man',
  'teen-girl',
  'teen-boy',
  'kid-girl',
  'kid-boy',
  'shop',
  'team',
] as const;
export type Avatar = (typeof AVATARS)[number];

/**
 * Pictures the game draws for an image in a message (src/game/ui/pictures.ts):
 * simple drawings made in code, never photos. The message's `image` line
 * still describes what the picture shows; the drawing only illustrates it.
 */
export const PICTURES = [
  'drawing',
  'pet',
  'selfie-placeholder',
  'screenshot',
  'school-badge',
  'map-pin',
  'ticket',
  'document',
] as const;
export type Picture = (typeof PICTURES)[number];

/** Senders that are not contacts. */
export const PLAYER = 'player';
export const NARRATOR = 'narrator';
