/** Phaser scene keys, in one place. */
export const SCENE_KEYS = {
  backdrop: 'backdrop',
} as const;
