// A tiny additive synthesiser for the game's sound effects. It only knows
// smooth waveforms (sine, triangle) shaped by soft envelopes, because the
// sounds must never startle a child: no noise, no square edges, no clicks.
// Pure functions, deterministic output: running the generator twice gives
// byte-identical files, so a test can prove the committed files are current.

export type Wave = 'sine' | 'triangle';

/** One overtone of a note: frequency ratio to the fundamental and its level. */
export interface Partial {
  ratio: number;
  gain: number;
}

export interface Note {
  /** When the note starts, in seconds from the start of the sound. */
  start: number;
  /** How long the note lasts, in seconds (it fades to silence by then). */
  duration: number;
  /** Starting frequency in Hz. */
  freq: number;
  /** Optional frequency reached at the end of the note (a smooth glide). */
  endFreq?: number;
  wave: Wave;
  /** Relative level of this note in the mix (0–1). */
  gain: number;
  /** Fade-in time in seconds; a few milliseconds removes the onset click. */
  attack: number;
  /** Time constant of the exponential decay, in seconds. */
  decay: number;
  /** Extra overtones (bell-like colour); the fundamental is always present. */
  partials?: readonly Partial[];
}

export interface Recipe {
  notes: readonly Note[];
  /** Loudest sample after mixing, as a fraction of full scale. */
  peak: number;
}

/** Fade applied to the last milliseconds of every note so it ends at zero. */
const RELEASE_SECONDS = 0.012;

function waveValue(wave: Wave, phase: number): number {
  const s = Math.sin(phase);
  // asin(sin(x)) is a triangle wave with rounded maths and no discontinuity.
  return wave === 'sine' ? s : (2 / Math.PI) * Math.asin(s);
}

/** Envelope value at time t (seconds) inside a note. */
function envelope(note: Note, t: number): number {
  if (t < 0 || t >= note.duration) return 0;
  const attack = Math.max(note.attack, 0.001);
  const rise = t < attack ? t / attack : 1;
  const fall = Math.exp(-Math.max(0, t - attack) / note.decay);
  const untilEnd = note.duration - t;
  // Raised-cosine release: reaches exactly zero at the end of the note.
  const release =
    untilEnd < RELEASE_SECONDS ? 0.5 - 0.5 * Math.cos((Math.PI * untilEnd) / RELEASE_SECONDS) : 1;
  return rise * fall * release;
}

/** Length of a recipe in seconds: the end of its last note. */
export function recipeDuration(recipe: Recipe): number {
  return recipe.notes.reduce((end, n) => Math.max(end, n.start + n.duration), 0);
}

/** Renders a recipe to mono samples in [-1, 1], normalised to `recipe.peak`. */
export function renderRecipe(recipe: Recipe, sampleRate: number): Float32Array {
  const length = Math.ceil(recipeDuration(recipe) * sampleRate) + 1;
  const mix = new Float64Array(length);
  for (const note of recipe.notes) {
    const first = Math.round(note.start * sampleRate);
    const count = Math.floor(note.duration * sampleRate);
    const partials: readonly Partial[] = [{ ratio: 1, gain: 1 }, ...(note.partials ?? [])];
    const phases = partials.map(() => 0);
    const endFreq = note.endFreq ?? note.freq;
    for (let i = 0; i < count && first + i < length; i++) {
      const t = i / sampleRate;
      // Exponential glide sounds even to the ear; phase is integrated so a
      // changing frequency never jumps.
      const freq = note.freq * Math.pow(endFreq / note.freq, t / note.duration);
      const env = envelope(note, t) * note.gain;
      let value = 0;
      partials.forEach((p, k) => {
        value += p.gain * waveValue(note.wave, phases[k]!);
        phases[k] = phases[k]! + (2 * Math.PI * freq * p.ratio) / sampleRate;
      });
      mix[first + i] = mix[first + i]! + value * env;
    }
  }
  let loudest = 0;
  for (const v of mix) loudest = Math.max(loudest, Math.abs(v));
  const scale = loudest > 0 ? recipe.peak / loudest : 0;
  return Float32Array.from(mix, (v) => v * scale);
}

/** Encodes mono samples in [-1, 1] as a 16-bit PCM WAV file. */
export function encodeWav16(samples: Float32Array, sampleRate: number): Uint8Array {
  const dataBytes = samples.length * 2;
  const bytes = new Uint8Array(44 + dataBytes);
  const view = new DataView(bytes.buffer);
  const ascii = (offset: number, text: string): void => {
    for (let i = 0; i < text.length; i++) view.setUint8(offset + i, text.charCodeAt(i));
  };
  ascii(0, 'RIFF');
  view.setUint32(4, 36 + dataBytes, true);
  ascii(8, 'WAVE');
  ascii(12, 'fmt ');
  view.setUint32(16, 16, true); // size of the fmt chunk
  view.setUint16(20, 1, true); // PCM
  view.setUint16(22, 1, true); // mono
  view.setUint32(24, sampleRate, true);
  view.setUint32(28, sampleRate * 2, true); // bytes per second
  view.setUint16(32, 2, true); // bytes per frame
  view.setUint16(34, 16, true); // bits per sample
  ascii(36, 'data');
  view.setUint32(40, dataBytes, true);
  samples.forEach((s, i) => {
    const clamped = Math.max(-1, Math.min(1, s));
    view.setInt16(44 + i * 2, Math.round(clamped * 32767), true);
  });
  return bytes;
}
