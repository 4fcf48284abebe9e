// The generated sound effects must stay small, short and gentle, and the
// committed files must be exactly what the recipes produce.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { SOUND_NAMES, isSoundName } from '../../../src/audio/sound-names';
import { SOUND_RECIPES, SOUND_SAMPLE_RATE } from '../../../src/audio/sound-recipes';
import { encodeWav16, recipeDuration, renderRecipe } from '../../../src/audio/synth';

const soundsDir = join(import.meta.dirname, '..', '..', '..', 'assets', 'sounds');

function decodeWav(bytes: Uint8Array) {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const text = (at: number, n: number) => String.fromCharCode(...bytes.subarray(at, at + n));
  const dataBytes = view.getUint32(40, true);
  const samples = new Int16Array(dataBytes / 2);
  for (let i = 0; i < samples.length; i++) samples[i] = view.getInt16(44 + i * 2, true);
  return {
    riff: text(0, 4),
    wave: text(8, 4),
    format: view.getUint16(20, true),
    channels: view.getUint16(22, true),
    sampleRate: view.getUint32(24, true),
    bits: view.getUint16(34, true),
    riffSize: view.getUint32(4, true),
    samples,
  };
}

describe('encodeWav16', () => {
  it('writes a valid 16-bit mono PCM header and clamps samples', () => {
    const wav = encodeWav16(Float32Array.from([0, 0.5, -0.5, 2, -2]), 22050);
    const decoded = decodeWav(wav);
    expect(decoded).toMatchObject({
      riff: 'RIFF',
      wave: 'WAVE',
      format: 1,
      channels: 1,
      sampleRate: 22050,
      bits: 16,
    });
    expect(decoded.riffSize).toBe(wav.length - 8);
    expect(Array.from(decoded.samples)).toEqual([0, 16384, -16383, 32767, -32767]);
  });
});

describe('renderRecipe', () => {
  it('normalises to the requested peak and starts and ends in silence', () => {
    const samples = renderRecipe(
      {
        peak: 0.5,
        notes: [{ start: 0, duration: 0.1, freq: 440, wave: 'sine', gain: 1, attack: 0.01, decay: 1 }],
      },
      22050,
    );
    const peak = samples.reduce((m, v) => Math.max(m, Math.abs(v)), 0);
    expect(peak).toBeCloseTo(0.5, 6);
    expect(Math.abs(samples[0]!)).toBeLessThan(1e-9);
    expect(Math.abs(samples[samples.length - 1]!)).toBeLessThan(0.01);
  });

  it('glides smoothly in pitch without jumps', () => {
    const samples = renderRecipe(
      {
        peak: 0.5,
        notes: [
          {
            start: 0,
            duration: 0.2,
            freq: 300,
            endFreq: 900,
            wave: 'triangle',
            gain: 1,
            attack: 0.01,
            decay: 1,
          },
        ],
      },
      22050,
    );
    let biggestStep = 0;
    for (let i = 1; i < samples.length; i++)
      biggestStep = Math.max(biggestStep, Math.abs(samples[i]! - samples[i - 1]!));
    // A 900 Hz triangle at 0.5 peak moves at most 4·0.5·900/22050 ≈ 0.082 per sample.
    expect(biggestStep).toBeLessThan(0.09);
  });
});

describe('the game sound effects', () => {
  it('has a recipe for every sound name and nothing else', () => {
    expect(Object.keys(SOUND_RECIPES).sort()).toEqual([...SOUND_NAMES].sort());
    expect(isSoundName('flag')).toBe(true);
    expect(isSoundName('siren')).toBe(false);
  });

  it.each(SOUND_NAMES)('%s is short, quiet enough, click-free and small', (name) => {
    const recipe = SOUND_RECIPES[name];
    const seconds = recipeDuration(recipe);
    expect(seconds).toBeGreaterThanOrEqual(0.08);
    expect(seconds).toBeLessThanOrEqual(0.4);
    expect(recipe.peak).toBeLessThanOrEqual(0.5);
    for (const note of recipe.notes) {
      expect(note.attack).toBeGreaterThanOrEqual(0.005); // no hard onset
      expect(note.freq).toBeGreaterThanOrEqual(200);
      expect(note.freq).toBeLessThanOrEqual(1200); // nothing shrill
    }
    const samples = renderRecipe(recipe, SOUND_SAMPLE_RATE);
    expect(Math.abs(samples[0]!)).toBeLessThan(0.01);
    expect(Math.abs(samples[samples.length - 1]!)).toBeLessThan(0.01);
    expect(encodeWav16(samples, SOUND_SAMPLE_RATE).length).toBeLessThanOrEqual(20 * 1024);
  });

  it.each(SOUND_NAMES)('assets/sounds/%s.wav matches its recipe (run "npm run sounds" if not)', (name) => {
    const committed = decodeWav(new Uint8Array(readFileSync(join(soundsDir, `${name}.wav`))));
    const fresh = decodeWav(
      encodeWav16(renderRecipe(SOUND_RECIPES[name], SOUND_SAMPLE_RATE), SOUND_SAMPLE_RATE),
    );
    expect(committed.sampleRate).toBe(SOUND_SAMPLE_RATE);
    expect(committed.samples.length).toBe(fresh.samples.length);
    // Allow one step of rounding difference in case another maths library
    // computes sin/exp a hair differently.
    let worst = 0;
    committed.samples.forEach((s, i) => (worst = Math.max(worst, Math.abs(s - fresh.samples[i]!))));
    expect(worst).toBeLessThanOrEqual(1);
  });
});
