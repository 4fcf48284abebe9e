/**
 * The hand-in format as the child's "Hand in my results" screen uses it
 * (src/game/hand-in/codec.ts): the file text, the QR sequence of the compact
 * form, and each code's matrix. Loaded with a dynamic import when that screen
 * opens, so fflate and the QR encoder are never part of the game's first
 * download.
 */
import type { HandInCodec } from '../../game/hand-in/codec';
import { encodeHandIn } from './encode';
import { splitForQr } from './qr-frames';
import { qrMatrix } from './qr-matrix';

export const gameHandInCodec: HandInCodec = {
  async encode(input) {
    const encoded = await encodeHandIn(input);
    // The screen says "could not prepare your results" for any throw.
    if (!encoded.ok) throw new Error(`hand-in refused (${encoded.reason}): ${encoded.detail}`);
    return { fileText: encoded.file, qrFrames: splitForQr(encoded.compact) };
  },
  qrMatrix: (frame) => qrMatrix(frame).modules,
};
