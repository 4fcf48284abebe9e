// What each sound effect is made of. The brief for all of them: small,
// friendly, never startling. So: smooth waves, soft 6–15 ms onsets, quick
// natural decays, moderate levels (peaks at or below half of full scale),
// pitches in the comfortable middle of the range, 80–400 ms long.
import type { SoundName } from './sound-names';
import type { Recipe } from './synth';

/** 22.05 kHz mono is plenty for short tones under 3 kHz and keeps files tiny. */
export const SOUND_SAMPLE_RATE = 22050;

// Note frequencies (equal temperament, A4 = 440 Hz) used below.
const D4 = 293.66;
const G4 = 392.0;
const A4 = 440.0;
const C5 = 523.25;
const E5 = 659.25;
const G5 = 783.99;
const C6 = 1046.5;

/** A faint octave and twelfth give a gentle glassy, bell-like colour. */
const BELL = [
  { ratio: 2, gain: 0.22 },
  { ratio: 3, gain: 0.06 },
] as const;

export const SOUND_RECIPES: Readonly<Record<SoundName, Recipe>> = {
  // Someone wrote to you: a light two-note "ding" rising a fourth.
  'message-received': {
    peak: 0.42,
    notes: [
      {
        start: 0,
        duration: 0.12,
        freq: G5,
        wave: 'sine',
        gain: 0.8,
        attack: 0.006,
        decay: 0.06,
        partials: BELL,
      },
      {
        start: 0.07,
        duration: 0.15,
        freq: C6,
        wave: 'sine',
        gain: 1,
        attack: 0.006,
        decay: 0.07,
        partials: BELL,
      },
    ],
  },
  // Your reply went out: one soft upward "bloop".
  'message-sent': {
    peak: 0.34,
    notes: [
      {
        start: 0,
        duration: 0.12,
        freq: 520,
        endFreq: 800,
        wave: 'sine',
        gain: 1,
        attack: 0.008,
        decay: 0.05,
      },
    ],
  },
  // You spotted a warning sign: an encouraging open fifth, warm triangle tone.
  flag: {
    peak: 0.4,
    notes: [
      { start: 0, duration: 0.16, freq: A4, wave: 'triangle', gain: 0.8, attack: 0.008, decay: 0.09 },
      { start: 0.09, duration: 0.2, freq: E5, wave: 'triangle', gain: 1, attack: 0.008, decay: 0.1 },
    ],
  },
  // You blocked someone: a calm, settled step down, like a door closing softly.
  block: {
    peak: 0.4,
    notes: [
      {
        start: 0,
        duration: 0.12,
        freq: G4,
        wave: 'sine',
        gain: 1,
        attack: 0.01,
        decay: 0.07,
        partials: BELL,
      },
      {
        start: 0.09,
        duration: 0.16,
        freq: D4,
        wave: 'sine',
        gain: 0.9,
        attack: 0.012,
        decay: 0.08,
        partials: BELL,
      },
    ],
  },
  // The debrief opens: a gentle major-chord chime, the longest and softest.
  debrief: {
    peak: 0.38,
    notes: [
      {
        start: 0,
        duration: 0.3,
        freq: C5,
        wave: 'sine',
        gain: 0.8,
        attack: 0.015,
        decay: 0.15,
        partials: BELL,
      },
      {
        start: 0.06,
        duration: 0.3,
        freq: E5,
        wave: 'sine',
        gain: 0.75,
        attack: 0.015,
        decay: 0.15,
        partials: BELL,
      },
      {
        start: 0.12,
        duration: 0.27,
        freq: G5,
        wave: 'sine',
        gain: 0.7,
        attack: 0.015,
        decay: 0.14,
        partials: BELL,
      },
    ],
  },
};
