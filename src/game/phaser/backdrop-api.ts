/** What the DOM screens may ask of the Phaser backdrop (it may load late, or not at all). */
export interface Backdrop {
  /** Colours for a screen; `app` is the chat app's look (game-chat, social-dm, messenger). */
  setMood(screen: string, app?: string): void;
  /** A small, calm reward (a few floating stars); nothing when motion is reduced. */
  celebrate(): void;
  setReducedMotion(reduced: boolean): void;
  destroy(): void;
}
