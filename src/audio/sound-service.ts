// The game's only way to make sound. It wraps howler so that:
// - nothing is downloaded before a sound is first played (lazy loading);
// - the single Web Audio context is created and unlocked on the child's first
//   gesture (howler's autoUnlock); Phaser's own audio stays disabled, so
//   there is exactly one AudioContext in the page;
// - mute takes effect at once, silencing sounds that are already playing;
// - a missing or broken audio system never throws: the game keeps going in
//   silence and `available` turns false so the settings screen can say so.
import { Howl, Howler } from 'howler';
import { SOUND_NAMES, type SoundName } from './sound-names';

export interface SoundServiceOptions {
  /** Where each sound file is served from (usually Vite asset URLs). */
  urls: Record<SoundName, string>;
  /** Master volume, 0–1. */
  volume: number;
  muted: boolean;
  /**
   * Where to listen for the first user gesture. Defaults to `document` when
   * there is one; tests pass their own EventTarget, or null for none.
   */
  gestureTarget?: EventTarget | null;
  /** Told once, with a short technical reason, when sound becomes unavailable. */
  onUnavailable?: (reason: string) => void;
}

export interface SoundService {
  /** False once we know sound cannot play here (no audio, load or decode failure). */
  readonly available: boolean;
  readonly volume: number;
  readonly muted: boolean;
  play(name: SoundName): void;
  setVolume(volume: number): void;
  setMuted(muted: boolean): void;
  /** Stops everything and removes the gesture listeners. */
  dispose(): void;
}

/** Events that count as a user gesture for browsers' autoplay rules. */
const GESTURES = ['pointerdown', 'touchend', 'click', 'keydown'] as const;
// An options object rather than `true`: some EventTarget implementations
// (Node's) do not match a boolean capture flag on removal.
const CAPTURE = { capture: true } as const;

function clampVolume(value: number, fallback: number): number {
  if (typeof value !== 'number' || Number.isNaN(value)) return fallback;
  return Math.min(1, Math.max(0, value));
}

export function createSoundService(opts: SoundServiceOptions): SoundService {
  let volume = clampVolume(opts.volume, 1);
  let muted = opts.muted === true;
  let available = true;
  let started = false; // Howler's context and the Howl objects exist
  const howls = new Map<SoundName, Howl>();
  const failed = new Set<SoundName>();

  const giveUp = (reason: string): void => {
    if (!available) return;
    available = false;
    opts.onUnavailable?.(reason);
  };

  /**
   * Creates the audio context (through howler) and one Howl per sound with
   * preload off, so no file is fetched yet. Creating the first Howl makes
   * howler attach its autoUnlock listeners, which resume the context on the
   * next touch, click or key press. Returns false if audio is unusable.
   */
  const start = (): boolean => {
    if (!available) return false;
    if (started) return true;
    try {
      // These two calls create howler's single AudioContext if needed.
      Howler.volume(volume);
      Howler.mute(muted);
      if (Howler.noAudio) {
        giveUp('this browser has no audio output');
        return false;
      }
      for (const name of SOUND_NAMES) {
        howls.set(
          name,
          new Howl({
            src: [opts.urls[name]],
            format: ['wav'],
            preload: false,
            onloaderror: (_id, error) => {
              failed.add(name);
              giveUp(`could not load the "${name}" sound: ${String(error)}`);
            },
            onplayerror: (_id, error) => {
              // Usually "locked until a gesture": howler retries after its
              // unlock, so this is not a reason to give up on sound.
              void error;
            },
          }),
        );
      }
      started = true;
      return true;
    } catch (error) {
      giveUp(`audio could not start: ${String(error)}`);
      return false;
    }
  };

  const target: EventTarget | null =
    opts.gestureTarget !== undefined ? opts.gestureTarget : typeof document !== 'undefined' ? document : null;

  const removeGestureListeners = (): void => {
    for (const type of GESTURES) target?.removeEventListener(type, onFirstGesture, CAPTURE);
  };

  // Capture phase, so the context is created inside the very first gesture
  // even if the game stops the event from bubbling.
  function onFirstGesture(): void {
    removeGestureListeners();
    // A muted player may never want sound: don't create a context for nothing.
    if (muted) return;
    if (!start()) return;
    try {
      const ctx = Howler.ctx;
      if (ctx && ctx.state === 'suspended') ctx.resume().catch(() => undefined);
    } catch {
      // Resuming is best effort; howler's own unlock tries again.
    }
  }
  for (const type of GESTURES) target?.addEventListener(type, onFirstGesture, CAPTURE);

  return {
    get available() {
      return available;
    },
    get volume() {
      return volume;
    },
    get muted() {
      return muted;
    },

    play(name) {
      // Muted means silent and idle: not even a download.
      if (muted || failed.has(name) || !start()) return;
      const howl = howls.get(name);
      if (!howl) return; // an unknown name from untyped callers is ignored
      try {
        if (howl.state() === 'unloaded') howl.load();
        howl.play();
      } catch (error) {
        failed.add(name);
        giveUp(`could not play the "${name}" sound: ${String(error)}`);
      }
    },

    setVolume(next) {
      volume = clampVolume(next, volume);
      if (!started) return;
      try {
        Howler.volume(volume);
      } catch {
        // Volume is cosmetic; never let it break the game.
      }
    },

    setMuted(next) {
      const wasMuted = muted;
      muted = next === true;
      if (!started) {
        // Turning sound on is usually a tap on the sound switch: a gesture,
        // so the best moment to create the audio context (still no download).
        if (wasMuted && !muted) start();
        return;
      }
      try {
        // The master gain drops to zero at once, and stopping what is
        // playing means unmuting later will not reveal half a chime.
        Howler.mute(muted);
        if (muted) for (const howl of howls.values()) howl.stop();
      } catch {
        // Same as volume: degrade silently.
      }
    },

    dispose() {
      removeGestureListeners();
      for (const howl of howls.values()) {
        try {
          howl.unload();
        } catch {
          // Already gone.
        }
      }
      howls.clear();
      started = false;
    },
  };
}
