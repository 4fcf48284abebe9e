/** Default settings: what a new profile starts with before the player changes anything. */
import type { Settings } from './types.js';

export const DEFAULT_SETTINGS: Readonly<Settings> = Object.freeze({
  textScale: 1,
  dyslexiaFont: false,
  highContrast: false,
  reducedMotion: false,
  readAloud: false,
  autoReadAloud: false,
  sound: true,
  volume: 0.8,
  messageSpeed: 'normal',
  language: null,
});
