// The sound service against a stand-in for howler that records what it is
// asked to do, so we can check laziness, muting and graceful failure without
// a browser.
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { SOUND_NAMES, type SoundName } from '../../../src/audio/sound-names';

const fake = vi.hoisted(() => {
  interface FakeOptions {
    src: string[];
    preload?: boolean;
    onloaderror?: (id: number | null, error: unknown) => void;
  }
  const state = {
    howls: [] as FakeHowl[],
    contextsCreated: 0,
    throwOnCreate: false,
    noAudioAfterSetup: false,
  };
  class FakeHowl {
    loadCalls = 0;
    playCalls = 0;
    stopCalls = 0;
    unloaded = false;
    status: 'unloaded' | 'loading' | 'loaded' = 'unloaded';
    constructor(readonly options: FakeOptions) {
      if (state.throwOnCreate) throw new Error('no AudioContext');
      state.howls.push(this);
      // Like howler: preload defaults to true and would fetch at once.
      if (options.preload !== false) this.load();
    }
    state() {
      return this.status;
    }
    load() {
      this.loadCalls++;
      this.status = 'loading';
      return this;
    }
    play() {
      this.playCalls++;
      return 1;
    }
    stop() {
      this.stopCalls++;
      return this;
    }
    unload() {
      this.unloaded = true;
    }
    failToDecode() {
      this.options.onloaderror?.(null, 'Decoding audio data failed.');
    }
  }
  const ensureContext = () => {
    if (!Howler.ctx) {
      state.contextsCreated++;
      Howler.ctx = { state: 'suspended', resume: vi.fn(() => Promise.resolve()) };
      if (state.noAudioAfterSetup) Howler.noAudio = true;
    }
  };
  const Howler = {
    ctx: null as null | { state: string; resume: () => Promise<void> },
    noAudio: false,
    volumeSet: [] as number[],
    mutedSet: [] as boolean[],
    volume(v: number) {
      ensureContext();
      this.volumeSet.push(v);
    },
    mute(m: boolean) {
      ensureContext();
      this.mutedSet.push(m);
    },
  };
  return { state, FakeHowl, Howler };
});

vi.mock('howler', () => ({ Howl: fake.FakeHowl, Howler: fake.Howler }));

const { createSoundService } = await import('../../../src/audio/sound-service');

const urls = Object.fromEntries(SOUND_NAMES.map((n) => [n, `/sounds/${n}.wav`])) as Record<SoundName, string>;

function howlFor(name: SoundName) {
  const howl = fake.state.howls.find((h) => h.options.src[0] === urls[name]);
  if (!howl) throw new Error(`no Howl was made for ${name}`);
  return howl;
}

beforeEach(() => {
  fake.state.howls.length = 0;
  fake.state.contextsCreated = 0;
  fake.state.throwOnCreate = false;
  fake.state.noAudioAfterSetup = false;
  fake.Howler.ctx = null;
  fake.Howler.noAudio = false;
  fake.Howler.volumeSet = [];
  fake.Howler.mutedSet = [];
});

describe('createSoundService', () => {
  it('creates no audio context and fetches nothing until it is needed', () => {
    const sound = createSoundService({ urls, volume: 0.5, muted: false, gestureTarget: null });
    sound.setVolume(0.3);
    sound.setMuted(false);
    expect(fake.state.contextsCreated).toBe(0);
    expect(fake.state.howls).toHaveLength(0);
    expect(sound.volume).toBe(0.3);
  });

  it('loads only the sound that is played, on its first play', () => {
    const sound = createSoundService({ urls, volume: 0.8, muted: false, gestureTarget: null });
    sound.play('flag');
    expect(fake.state.howls).toHaveLength(SOUND_NAMES.length);
    expect(howlFor('flag').loadCalls).toBe(1);
    expect(howlFor('flag').playCalls).toBe(1);
    for (const other of SOUND_NAMES.filter((n) => n !== 'flag')) expect(howlFor(other).loadCalls).toBe(0);
    expect(fake.Howler.volumeSet).toEqual([0.8]);
    expect(fake.state.contextsCreated).toBe(1);
  });

  it('creates and resumes the one audio context on the first gesture only', () => {
    const target = new EventTarget();
    createSoundService({ urls, volume: 1, muted: false, gestureTarget: target });
    expect(fake.state.contextsCreated).toBe(0);
    target.dispatchEvent(new Event('pointerdown'));
    expect(fake.state.contextsCreated).toBe(1);
    expect(fake.Howler.ctx?.resume).toHaveBeenCalledTimes(1);
    target.dispatchEvent(new Event('keydown'));
    expect(fake.Howler.ctx?.resume).toHaveBeenCalledTimes(1);
    expect(fake.state.howls.every((h) => h.loadCalls === 0)).toBe(true);
  });

  it('does not start audio on a gesture while muted', () => {
    const target = new EventTarget();
    createSoundService({ urls, volume: 1, muted: true, gestureTarget: target });
    target.dispatchEvent(new Event('click'));
    expect(fake.state.contextsCreated).toBe(0);
  });

  it('stays silent while muted and silences sounds already playing at once', () => {
    const sound = createSoundService({ urls, volume: 1, muted: false, gestureTarget: null });
    sound.play('debrief');
    sound.setMuted(true);
    expect(fake.Howler.mutedSet.at(-1)).toBe(true);
    expect(howlFor('debrief').stopCalls).toBe(1);
    sound.play('message-received');
    expect(howlFor('message-received').playCalls).toBe(0);
    expect(howlFor('message-received').loadCalls).toBe(0);
    sound.setMuted(false);
    sound.play('message-received');
    expect(fake.Howler.mutedSet.at(-1)).toBe(false);
    expect(howlFor('message-received').playCalls).toBe(1);
  });

  it('starts audio, without fetching, when a muted player turns sound on', () => {
    const sound = createSoundService({ urls, volume: 1, muted: true, gestureTarget: null });
    sound.setMuted(true);
    expect(fake.state.contextsCreated).toBe(0);
    sound.setMuted(false);
    expect(fake.state.contextsCreated).toBe(1);
    expect(fake.Howler.mutedSet).toEqual([false]);
    expect(fake.state.howls.every((h) => h.loadCalls === 0)).toBe(true);
  });

  it('clamps volume and ignores values that are not numbers', () => {
    const sound = createSoundService({ urls, volume: 7, muted: false, gestureTarget: null });
    expect(sound.volume).toBe(1);
    sound.setVolume(-2);
    expect(sound.volume).toBe(0);
    sound.setVolume(Number.NaN);
    expect(sound.volume).toBe(0);
    sound.play('block');
    sound.setVolume(0.25);
    expect(fake.Howler.volumeSet).toEqual([0, 0.25]);
  });

  it('reports unavailable, without throwing, when there is no audio at all', () => {
    fake.state.noAudioAfterSetup = true;
    const reasons: string[] = [];
    const sound = createSoundService({
      urls,
      volume: 1,
      muted: false,
      gestureTarget: null,
      onUnavailable: (r) => reasons.push(r),
    });
    expect(sound.available).toBe(true);
    expect(() => sound.play('flag')).not.toThrow();
    expect(sound.available).toBe(false);
    expect(reasons).toEqual(['this browser has no audio output']);
    expect(() => sound.play('flag')).not.toThrow();
    expect(reasons).toHaveLength(1);
  });

  it('reports unavailable when creating the audio objects throws', () => {
    fake.state.throwOnCreate = true;
    const sound = createSoundService({ urls, volume: 1, muted: false, gestureTarget: null });
    expect(() => sound.play('message-sent')).not.toThrow();
    expect(sound.available).toBe(false);
  });

  it('stops retrying a sound that failed to decode and reports unavailable', () => {
    const sound = createSoundService({ urls, volume: 1, muted: false, gestureTarget: null });
    sound.play('flag');
    howlFor('flag').failToDecode();
    expect(sound.available).toBe(false);
    sound.play('flag');
    expect(howlFor('flag').playCalls).toBe(1);
  });

  it('removes its gesture listeners and unloads sounds on dispose', () => {
    const target = new EventTarget();
    const sound = createSoundService({ urls, volume: 1, muted: false, gestureTarget: target });
    sound.play('flag');
    sound.dispose();
    expect(fake.state.howls.every((h) => h.unloaded)).toBe(true);
    const contexts = fake.state.contextsCreated;
    fake.Howler.ctx = null;
    target.dispatchEvent(new Event('pointerdown'));
    expect(fake.state.contextsCreated).toBe(contexts);
  });
});
