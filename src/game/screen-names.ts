/** The game's screens, in one place (DOM screens; Phaser scene keys are in phaser/scene-keys.ts). */
export const SCREENS = {
  profile: 'profile',
  hub: 'hub',
  chat: 'chat',
  debrief: 'debrief',
  settings: 'settings',
  /** Saved progress on this device: backup, deletion (for adults). */
  data: 'data',
  /** Hand in my results: a file and QR codes for the teacher. */
  handIn: 'hand-in',
} as const;
export type ScreenName = (typeof SCREENS)[keyof typeof SCREENS];
