// The sound service with the real howler, in Node: there is no Web Audio and
// no HTML5 audio here, which is exactly the "no audio at all" case.
import { describe, expect, it } from 'vitest';
import { SOUND_NAMES, type SoundName } from '../../../src/audio/sound-names';
import { createSoundService } from '../../../src/audio/sound-service';

const urls = Object.fromEntries(SOUND_NAMES.map((n) => [n, `/sounds/${n}.wav`])) as Record<SoundName, string>;

describe('createSoundService with real howler and no audio output', () => {
  it('degrades to silence: nothing throws and available turns false', () => {
    const reasons: string[] = [];
    const sound = createSoundService({
      urls,
      volume: 0.5,
      muted: false,
      onUnavailable: (r) => reasons.push(r),
    });
    expect(sound.available).toBe(true); // nothing has been tried yet
    expect(() => {
      sound.play('message-received');
      sound.setVolume(0.2);
      sound.setMuted(true);
      sound.setMuted(false);
      sound.play('debrief');
      sound.dispose();
    }).not.toThrow();
    expect(sound.available).toBe(false);
    expect(reasons).toHaveLength(1);
  });
});
