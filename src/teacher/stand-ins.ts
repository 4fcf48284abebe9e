/**
 * Small working parts the teacher area and the hand-in screen are built
 * against while the teacher data module (src/teacher/class-code.ts and
 * src/teacher/handin/) is written beside them. Each is injected in exactly
 * one place — `classCodes` in src/teacher/start.ts, `handIn` in src/main.ts —
 * so putting the real module in is a change of those two lines and the
 * removal of this file (docs/teacher-area.md, "Seams").
 *
 * The hand-in here is deliberately not a format of its own: a plain JSON of
 * what the real one carries, marked `escudo-handin-draft`, which the real
 * importer refuses as not its format.
 */
import { encode } from 'uqr';
import type { HandInCodec, HandInInput } from '../game/hand-in/codec';
import type { ClassCodeTools } from './ui/class-code-seam';

/** Letters and digits nobody mixes up when read aloud or handwritten (no 0/O, 1/I/L, 2/Z, 5/S, 8/B). */
const SAFE = 'ACDEFGHJKMNPQRTUVWXY34679';

export const standInClassCodes: ClassCodeTools = {
  generate() {
    const bytes = crypto.getRandomValues(new Uint8Array(6));
    return [...bytes].map((b) => SAFE[b % SAFE.length]).join('');
  },
  normalise: (code) => code.toUpperCase().replace(/[^A-Z0-9]/g, ''),
};

const FRAME_CHARS = 400;

export const standInHandIn: HandInCodec = {
  async encode(input: HandInInput) {
    const text = JSON.stringify({
      format: 'escudo-handin-draft',
      classCode: input.classCode,
      childKey: input.childKey,
      nickname: input.nickname,
      ageBand: input.ageBand,
      attempts: input.attempts,
    });
    const frames: string[] = [];
    const total = Math.max(1, Math.ceil(text.length / FRAME_CHARS));
    for (let i = 0; i < total; i++)
      frames.push(`ESC0:${i + 1}/${total}:${text.slice(i * FRAME_CHARS, (i + 1) * FRAME_CHARS)}`);
    return { fileText: text, qrFrames: frames };
  },
  qrMatrix: (frame) => encode(frame, { ecc: 'M', border: 0 }).data,
};
