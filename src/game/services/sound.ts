/** The game's Sound: the howler sound service plus browser read-aloud (src/audio). */
import { SOUND_NAMES, type SoundName } from '../../audio/sound-names';
import { createSoundService } from '../../audio/sound-service';
import { createSpeech } from '../../audio/speech';
import type { Sound } from './types';

const files = import.meta.glob<string>('../../../assets/sounds/*.wav', {
  query: '?url',
  import: 'default',
  eager: true,
});

function urls(): Record<SoundName, string> {
  const out = {} as Record<SoundName, string>;
  for (const name of SOUND_NAMES) out[name] = files[`../../../assets/sounds/${name}.wav`] ?? '';
  return out;
}

export function createGameSound(volume: number, muted: boolean): Sound {
  const service = createSoundService({ urls: urls(), volume, muted });
  const speech = createSpeech();
  return {
    play: (name) => service.play(name),
    setVolume: (v) => service.setVolume(v),
    setMuted: (m) => {
      service.setMuted(m);
      if (m) speech.cancel();
    },
    get speechAvailable() {
      return speech.available;
    },
    speak: (text, lang) => void speech.speak(text, lang),
    cancelSpeech: () => speech.cancel(),
  };
}
