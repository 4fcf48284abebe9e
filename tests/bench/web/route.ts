// How the benchmark gets from the title page to the first chat message, in
// terms of the game's own test hooks (data-testid, data-screen, roles). The
// game's UI is the source of truth: if it changes, update this table, and the
// benchmark says exactly which step it could not take.

/** The first chat message shown to the player. */
export const FIRST_MESSAGE = '[data-testid="chat-message"], [role="log"] [data-testid^="message"]';

/** The Play button on the title page. */
export const PLAY = '[data-testid="play"]';

export interface RouteStep {
  /** Name used in reports. */
  name: string;
  /** Selector that tells this screen is showing and ready. */
  when: string;
  /** What to click to move on: alternatives, most specific first; the first visible match wins. */
  click: string[];
}

/**
 * Screens that may stand between Play and the first message, in any order.
 * A first-time player creates a profile, then picks the first scenario in the
 * hub, perhaps reads a content note, then the chat opens.
 */
export const ROUTE: RouteStep[] = [
  {
    name: 'profile',
    when: '[data-screen="profile"] [data-testid="profile-create"], [data-screen="profile"] [data-testid="profile-save"]',
    click: ['[data-testid="profile-create"]', '[data-testid="profile-save"]'],
  },
  {
    name: 'hub',
    when: '[data-screen="hub"] [data-testid^="scenario-card"]',
    click: ['[data-testid^="scenario-card"] button', '[data-testid^="scenario-card"]'],
  },
  {
    name: 'content-note',
    when: '[data-testid="content-note-continue"]',
    click: ['[data-testid="content-note-continue"]'],
  },
];
