/**
 * The codec the child's "Hand in my results" screen is given (the seam of
 * src/game/hand-in/codec.ts) speaks the teacher area's format: its file text
 * and its QR sequence, scanned in any order, read back as the same hand-in.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { gameHandInCodec } from '../../../src/teacher/handin/game-codec.js';
import { decodeHandIn, QrCollector } from '../../../src/teacher/handin/index.js';
import { realHandIn } from './arbitraries.js';

describe("the hand-in screen's codec", () => {
  it('makes a file and a QR sequence the teacher area reads back to the same results', async () => {
    const input = fc.sample(realHandIn, { numRuns: 1, seed: 7 })[0]!;
    const { fileText, qrFrames } = await gameHandInCodec.encode(input as never);
    const fromFile = await decodeHandIn(fileText);
    expect(fromFile.ok && fromFile.handIn.attempts.map((a) => a.id)).toEqual(input.attempts.map((a) => a.id));

    const collector = new QrCollector();
    let payload = '';
    for (const frame of [...qrFrames].reverse()) {
      const scan = collector.accept(frame);
      if (scan.status === 'complete') payload = scan.payload;
    }
    const fromQr = await decodeHandIn(payload);
    expect(fromQr.ok && fromQr.sha256).toBe(fromFile.ok && fromFile.sha256);
    // Every frame draws as a square QR matrix.
    const matrix = gameHandInCodec.qrMatrix(qrFrames[0]!);
    expect(matrix.length).toBeGreaterThan(20);
    expect(matrix.every((row) => row.length === matrix.length)).toBe(true);
  });

  it('refuses, with an error the screen turns into a message, what the format cannot carry', async () => {
    const input = fc.sample(realHandIn, { numRuns: 1, seed: 7 })[0]!;
    await expect(gameHandInCodec.encode({ ...input, classCode: '' } as never)).rejects.toThrow(/refused/);
  });
});
