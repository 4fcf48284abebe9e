/** A Sound that does nothing: used when audio is unavailable or not built yet. */
import type { Sound } from './types';

export const silentSound: Sound = {
  play() {},
  setVolume() {},
  setMuted() {},
  speechAvailable: false,
  speak() {},
  cancelSpeech() {},
};
