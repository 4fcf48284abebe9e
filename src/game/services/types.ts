/**
 * What the game needs from the outside world, as small interfaces. The
 * composition root (src/main.ts) builds them from the progress store, the
 * sound service, i18n and the scenario packs; tests can pass fakes.
 */
import type { Engine } from '../../engine/index';
import type { LoadedPack } from '../../format/pack/read';
import type { Profile, ProgressStore, Settings } from '../../store/index';
import type { GameI18n } from '../../i18n/index';
import type { ScenarioIndexEntry } from './scenario-index';
import type { SoundName } from '../../audio/sound-names';
import type { HandInCodec } from '../hand-in/codec';
import type { PackShelf } from './pack-shelf';

export type ProfileData = Profile;
export type SettingsData = Settings;

export type { SoundName };

export interface Sound {
  play(name: SoundName): void;
  setVolume(v: number): void;
  setMuted(m: boolean): void;
  readonly speechAvailable: boolean;
  speak(text: string, lang: string): void;
  cancelSpeech(): void;
}

export interface ScenarioLibrary {
  list(): ScenarioIndexEntry[];
  /** Loads, validates and registers the texts of a scenario pack. */
  load(id: string): Promise<LoadedPack>;
  /** Stories from packs outside the build (a `packs/` folder, or added on this device). */
  packs?: PackShelf;
}

export interface GameServices {
  i18n: GameI18n;
  progress: ProgressStore;
  sound: Sound;
  scenarios: ScenarioLibrary;
  /** An engine for a loaded pack's compiled story. */
  createEngine(story: LoadedPack['scenario']): Engine;
  /** Languages offered, with their own names. */
  languages: { code: string; name: string }[];
  /** Remembers the device language (localStorage `escudo.lang`). */
  rememberLanguage(code: string): void;
  /** Real clock for the fictional chat clock and saving; injectable for tests. */
  now(): number;
  /**
   * The browser deleted this device's saved progress (after a crash) and it
   * could not be put back ('all'), or only partly ('some'): the profile
   * screen says so once, kindly.
   */
  progressLost?: 'all' | 'some' | false;
  /**
   * Loads the hand-in encoder (file and QR codes) when "Hand in my results"
   * opens, so it never adds to the game's first download. Absent: the screen
   * says handing in is not available here.
   */
  handIn?: () => Promise<HandInCodec>;
}

/** Typing-time multiplier for each message-speed setting. */
export const SPEED_FACTOR: Record<Settings['messageSpeed'], number> = {
  slow: 1.6,
  normal: 1,
  fast: 0.45,
  instant: 0,
};
