// Everything the game needs for sound and read-aloud, behind one object.
// The composition root (src/main.ts) calls `createGameAudio` once, after the
// Play tap, with the player's settings; the game only sees this interface.
import { createSoundService, type SoundService } from './sound-service';
import { createSpeech, type Speech } from './speech';
import { SOUND_URLS } from './sound-urls';
import type { SoundName } from './sound-names';

export { SOUND_NAMES, type SoundName } from './sound-names';
export { createSoundService, type SoundService, type SoundServiceOptions } from './sound-service';
export { createSpeech, pickVoice, type Speech, type SpeakOptions } from './speech';

export interface GameAudio {
  /** False when sound effects cannot play here; the settings screen can say so. */
  readonly soundAvailable: boolean;
  readonly speechAvailable: boolean;
  play(name: SoundName): void;
  setVolume(volume: number): void;
  setMuted(muted: boolean): void;
  /** Reads a message aloud in the given BCP-47 language, interrupting any other. */
  speak(text: string, lang: string): void;
  cancelSpeech(): void;
}

export interface GameAudioOptions {
  volume: number;
  muted: boolean;
  /** Overrides for tests; the defaults are the built sound files and the browser. */
  sound?: SoundService;
  speech?: Speech;
}

export function createGameAudio(opts: GameAudioOptions): GameAudio {
  const sound =
    opts.sound ?? createSoundService({ urls: { ...SOUND_URLS }, volume: opts.volume, muted: opts.muted });
  const speech = opts.speech ?? createSpeech();
  return {
    get soundAvailable() {
      return sound.available;
    },
    get speechAvailable() {
      return speech.available;
    },
    play: (name) => sound.play(name),
    setVolume: (v) => sound.setVolume(v),
    setMuted: (m) => sound.setMuted(m),
    speak: (text, lang) => void speech.speak(text, lang),
    cancelSpeech: () => speech.cancel(),
  };
}
