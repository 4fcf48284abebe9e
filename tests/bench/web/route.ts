// How the benchmark gets from the title page to the first chat message, in
// terms of the game's own test hooks (data-testid, roles), as written in
// src/boot, src/game/screens and src/game/chat. If the UI changes, update
// this table; the benchmark then says exactly which step it could not take.

/** A contact's first chat message in the transcript (role="log"). */
export const FIRST_MESSAGE = '[role="log"] [data-testid="message"]';

/** The Play button on the title page. */
export const PLAY = '[data-testid="play"]';

/** The Play button once the title page has wired it up (it starts disabled). */
export const PLAY_READY = '[data-testid="play"]:not([disabled])';

/** One thing the player does: click the first visible match among alternatives, or tick a radio/checkbox. */
export type RouteAction = { click: string[] } | { check: string[] };

export interface RouteStep {
  /** Name used in reports. */
  name: string;
  /** Selector that tells this screen is showing and ready. */
  when: string;
  /** What the player does here, in order, to move on. */
  actions: RouteAction[];
}

/**
 * Screens that may stand between Play and the first message, in any order.
 * A first-time player creates a profile (a nickname is suggested; the age
 * band must be chosen: the example scenario is for 11–14), then taps Play on
 * the first story in the hub, reads the content note, and the chat opens.
 */
export const ROUTE: RouteStep[] = [
  {
    name: 'profile',
    when: '[data-testid="screen-profile"] [data-testid="create-profile"]',
    actions: [
      { check: ['[data-testid="band-11-14"]', '[data-testid^="band-"]'] },
      { click: ['[data-testid="create-profile"]'] },
    ],
  },
  {
    name: 'hub',
    when: '[data-testid="screen-hub"] [data-testid^="play-"]',
    actions: [{ click: ['[data-testid="screen-hub"] [data-testid^="play-"]'] }],
  },
  {
    name: 'content note',
    when: '[data-testid="content-note"] [data-testid="content-note-start"]',
    actions: [{ click: ['[data-testid="content-note-start"]'] }],
  },
  {
    // No action: splits the last wait into "chat opened" and "first message
    // shown" (which includes the authored typing pause).
    name: 'chat screen',
    when: '[data-testid="screen-chat"]',
    actions: [],
  },
];
