// The game-facing audio object forwards to the sound service and speech, and
// points at the real generated sound files.
import { describe, expect, it, vi } from 'vitest';
import { createGameAudio } from '../../../src/audio/index';
import { SOUND_NAMES } from '../../../src/audio/sound-names';
import type { SoundService } from '../../../src/audio/sound-service';
import type { Speech } from '../../../src/audio/speech';
import { SOUND_URLS } from '../../../src/audio/sound-urls';

describe('createGameAudio', () => {
  it('forwards sound and speech calls', () => {
    const sound = {
      available: true,
      volume: 1,
      muted: false,
      play: vi.fn(),
      setVolume: vi.fn(),
      setMuted: vi.fn(),
      dispose: vi.fn(),
    } satisfies SoundService;
    const speech = {
      available: false,
      speak: vi.fn(() => true),
      cancel: vi.fn(),
      hasVoiceFor: vi.fn(() => false),
    } satisfies Speech;
    const audio = createGameAudio({ volume: 1, muted: false, sound, speech });
    audio.play('debrief');
    audio.setVolume(0.2);
    audio.setMuted(true);
    audio.speak('Oi', 'pt-BR');
    audio.cancelSpeech();
    expect(sound.play).toHaveBeenCalledWith('debrief');
    expect(sound.setVolume).toHaveBeenCalledWith(0.2);
    expect(sound.setMuted).toHaveBeenCalledWith(true);
    expect(speech.speak).toHaveBeenCalledWith('Oi', 'pt-BR');
    expect(speech.cancel).toHaveBeenCalledOnce();
    expect(audio.soundAvailable).toBe(true);
    expect(audio.speechAvailable).toBe(false);
  });

  it('has a URL for every generated sound file', () => {
    for (const name of SOUND_NAMES) expect(SOUND_URLS[name]).toMatch(new RegExp(`${name}\\.wav`));
  });

  it('works in an environment without audio or speech (like Node) without throwing', () => {
    const audio = createGameAudio({ volume: 0.5, muted: false });
    expect(() => audio.play('flag')).not.toThrow();
    // Real howler finds neither Web Audio nor HTML5 Audio here.
    expect(audio.soundAvailable).toBe(false);
    expect(audio.speechAvailable).toBe(false);
  });
});
