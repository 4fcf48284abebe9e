/**
 * The QR sequence: frames of the documented shape, a collector that gets
 * the payload back whatever the order and however often a code is seen,
 * and a round trip through a real image (uqr's matrix drawn to pixels,
 * read back by jsQR, the decoder the teacher's device falls back on).
 */
import fc from 'fast-check';
import jsQR from 'jsqr';
import { describe, expect, it } from 'vitest';
import {
  QR_FRAME_CHARS,
  QR_QUIET_ZONE,
  QrCollector,
  decodeHandIn,
  encodeHandIn,
  parseFrame,
  qrMatrix,
  qrRuns,
  qrSetId,
  splitForQr,
  type QrScan,
} from '../../../src/teacher/handin/index.js';
import { realAttempt } from './arbitraries.js';

const payloadChar = fc.constantFrom(
  ...'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_.:/'.split(''),
);
const payload = fc.array(payloadChar, { minLength: 1, maxLength: 3000 }).map((cs) => cs.join(''));

/** Draws a matrix as a scanner's camera would see a screen: dark modules black, `scale` pixels each. */
function rasterise(modules: boolean[][], scale: number): { pixels: Uint8ClampedArray; side: number } {
  const size = modules.length;
  const side = (size + 2 * QR_QUIET_ZONE) * scale;
  const pixels = new Uint8ClampedArray(side * side * 4).fill(255);
  for (let y = 0; y < size; y++) {
    for (let x = 0; x < size; x++) {
      if (!modules[y]![x]) continue;
      for (let dy = 0; dy < scale; dy++) {
        const row = (y + QR_QUIET_ZONE) * scale + dy;
        for (let dx = 0; dx < scale; dx++) {
          const i = (row * side + (x + QR_QUIET_ZONE) * scale + dx) * 4;
          pixels[i] = pixels[i + 1] = pixels[i + 2] = 0;
        }
      }
    }
  }
  return { pixels, side };
}

describe('splitting into frames', () => {
  it('makes frames of the documented shape, within the length, that join back into the payload', () => {
    fc.assert(
      fc.property(payload, fc.integer({ min: 60, max: 1200 }), (text, max) => {
        const frames = splitForQr(text, max);
        const total = frames.length;
        let joined = '';
        frames.forEach((frame, i) => {
          expect(frame.length).toBeLessThanOrEqual(max);
          const m = /^ESC1:(\d+)\/(\d+):([0-9A-Z]{7}):(.*)$/.exec(frame);
          expect(m).not.toBeNull();
          expect(Number(m![1])).toBe(i + 1);
          expect(Number(m![2])).toBe(total);
          expect(m![3]).toBe(qrSetId(text));
          joined += m![4];
        });
        expect(joined).toBe(text);
        // No more frames than needed: one fewer could not hold the payload.
        if (total > 1) expect(Math.ceil(text.length / (total - 1))).toBeGreaterThan(max - 24);
      }),
    );
  });

  it('uses the default frame length when none is given', () => {
    const frames = splitForQr('x'.repeat(2000));
    expect(frames.every((f) => f.length <= QR_FRAME_CHARS)).toBe(true);
    expect(frames.length).toBe(Math.ceil(2000 / (QR_FRAME_CHARS - 22)));
  });

  it('refuses what it cannot split (a programming error, not user input)', () => {
    expect(() => splitForQr('x', 20)).toThrow(RangeError);
    expect(() => splitForQr('with space', 400)).toThrow(RangeError);
    expect(() => splitForQr('ñ', 400)).toThrow(RangeError);
  });
});

describe('reading frames', () => {
  it('says what is wrong with a code that is not a frame it can use', () => {
    expect(parseFrame('https://example.org')).toEqual({ ok: false, reason: 'not-escudo' });
    expect(parseFrame('ESC2:1/2:ABCDEFG:x')).toEqual({ ok: false, reason: 'wrong-version', newer: true });
    expect(parseFrame('ESC0:1/2:ABCDEFG:x')).toEqual({ ok: false, reason: 'wrong-version', newer: false });
    for (const bad of [
      'ESC1:3/2:ABCDEFG:x',
      'ESC1:0/2:ABCDEFG:x',
      'ESC1:1/2:abc:x',
      'ESC1:1/2:ABCDEFG',
      'ESC1:1:x',
    ]) {
      expect(parseFrame(bad), bad).toEqual({ ok: false, reason: 'malformed' });
    }
    expect(parseFrame('  ESC1:1/2:ABCDEFG:xyz\n')).toEqual({
      ok: true,
      index: 1,
      total: 2,
      setId: 'ABCDEFG',
      chunk: 'xyz',
    });
  });
});

describe('collecting a sequence', () => {
  // A scan session: every frame at least once, in any order, some many times.
  const session = payload.chain((text) => {
    const frames = splitForQr(text, 120);
    return fc
      .tuple(
        fc.shuffledSubarray(frames, { minLength: frames.length, maxLength: frames.length }),
        fc.array(fc.constantFrom(...frames), { maxLength: 30 }),
        fc.array(fc.nat(), { maxLength: 30 }),
      )
      .map(([all, repeats, positions]) => {
        const order = [...all];
        repeats.forEach((frame, i) => order.splice(positions[i]! % (order.length + 1), 0, frame));
        return { text, frames, order };
      });
  });

  it('gets the payload back whatever the order and however many duplicates', () => {
    fc.assert(
      fc.property(session, ({ text, frames, order }) => {
        const collector = new QrCollector();
        let complete: QrScan | undefined;
        let have = 0;
        for (const frame of order) {
          const scan = collector.accept(frame);
          if (complete) {
            expect(scan.status).toBe('already-complete');
            continue;
          }
          if (scan.status === 'complete') {
            complete = scan;
            continue;
          }
          expect(scan.status).toBe('progress');
          if (scan.status !== 'progress') continue;
          expect(scan.total).toBe(frames.length);
          expect(scan.otherSet).toBe(false);
          // Progress only grows, by one for each new frame, and a duplicate says so.
          expect(scan.have).toBe(scan.duplicate ? have : have + 1);
          have = scan.have;
          expect(collector.progress()?.missing).toHaveLength(frames.length - have);
        }
        expect(complete).toMatchObject({ status: 'complete', payload: text, total: frames.length });
        expect(collector.progress()).toBeNull();
      }),
    );
  });

  it('reports a frame of another hand-in and completes both when their frames interleave', () => {
    const a = splitForQr('A'.repeat(500), 120);
    const b = splitForQr('B'.repeat(400), 120);
    const collector = new QrCollector();
    expect(collector.accept(a[0]!)).toMatchObject({ status: 'progress', otherSet: false });
    const switched = collector.accept(b[0]!);
    expect(switched).toMatchObject({ status: 'progress', otherSet: true, have: 1, total: b.length });
    expect(collector.progress()).toMatchObject({ setId: qrSetId('B'.repeat(400)), have: 1 });
    // Back to the first phone: what was collected of it is still there.
    expect(collector.accept(a[1]!)).toMatchObject({ status: 'progress', otherSet: true, have: 2 });
    const results = [...a.slice(2), ...b.slice(1)].map((f) => collector.accept(f));
    const done = results.filter((r) => r.status === 'complete');
    expect(done.map((r) => r.status === 'complete' && r.payload).sort()).toEqual(
      ['A'.repeat(500), 'B'.repeat(400)].sort(),
    );
  });

  it('refuses codes it cannot use and keeps what it had', () => {
    const frames = splitForQr('C'.repeat(300), 120);
    const collector = new QrCollector();
    collector.accept(frames[0]!);
    expect(collector.accept('https://example.org')).toEqual({ status: 'rejected', reason: 'not-escudo' });
    expect(collector.accept('ESC9:1/2:ABCDEFG:x')).toEqual({
      status: 'rejected',
      reason: 'wrong-version',
      newer: true,
    });
    // The same index with other contents, or another length of the same set: not this hand-in.
    const other = frames[0]!.replace(/C$/, 'D');
    expect(collector.accept(other)).toEqual({ status: 'rejected', reason: 'malformed' });
    const [, , setId] = frames[0]!.split(':');
    expect(collector.accept(`ESC1:1/9:${setId}:CCC`)).toEqual({ status: 'rejected', reason: 'malformed' });
    expect(collector.progress()).toMatchObject({ have: 1, total: frames.length });
  });

  it('throws away a sequence whose joined payload does not match its set id, and can start it again', () => {
    const frames = splitForQr('E'.repeat(300), 120);
    const setId = frames[0]!.split(':')[2]!;
    const collector = new QrCollector();
    const forged = frames.map((f, i) =>
      i === 1 ? `ESC1:2/${frames.length}:${setId}:${'F'.repeat(f.split(':')[3]!.length)}` : f,
    );
    const scans = forged.map((f) => collector.accept(f));
    expect(scans[scans.length - 1]).toEqual({ status: 'rejected', reason: 'tampered' });
    const again = frames.map((f) => collector.accept(f));
    expect(again[again.length - 1]).toMatchObject({ status: 'complete', payload: 'E'.repeat(300) });
  });

  it('keeps a bounded number of unfinished hand-ins', () => {
    const collector = new QrCollector({ maxSets: 2 });
    const sets = ['G', 'H', 'J'].map((c) => splitForQr(c.repeat(300), 120));
    for (const s of sets) collector.accept(s[0]!);
    // The least recently seen (G) was dropped: its next frame starts over.
    expect(collector.accept(sets[0]![1]!)).toMatchObject({ have: 1 });
    expect(collector.accept(sets[2]![1]!)).toMatchObject({ have: 2 });
  });
});

describe('a QR round trip through a real image', () => {
  it('reads back every frame of a real hand-in, and the hand-in decodes', async () => {
    const attempts = fc.sample(realAttempt, { numRuns: 8, seed: 21 });
    const made = await encodeHandIn({
      classCode: 'KXR-479',
      childKey: '0b9d2f3e-8c1a-4e5b-9f6d-7a8b9c0d1e2f',
      nickname: 'Colibrí',
      ageBand: '7-11',
      attempts,
    });
    if (!made.ok) throw new Error(made.detail);
    const frames = splitForQr(made.compact);
    expect(frames.length).toBeGreaterThan(2);
    const collector = new QrCollector();
    let payloadBack: string | undefined;
    for (const frame of [...frames].reverse()) {
      const matrix = qrMatrix(frame);
      expect(matrix.modules).toHaveLength(matrix.size);
      const { pixels, side } = rasterise(matrix.modules, 4);
      const read = jsQR(pixels, side, side);
      expect(read?.data).toBe(frame);
      const scan = collector.accept(read!.data);
      if (scan.status === 'complete') payloadBack = scan.payload;
    }
    expect(payloadBack).toBe(made.compact);
    const back = await decodeHandIn(payloadBack!);
    expect(back.ok && back.handIn).toEqual(made.handIn);
  });

  it('draws the same modules as runs as it does as squares', () => {
    const matrix = qrMatrix('ESC1:1/1:ABCDEFG:hello');
    const drawn = matrix.modules.map((row) => row.map(() => false));
    for (const run of qrRuns(matrix)) {
      expect(run.width).toBeGreaterThan(0);
      for (let x = run.x; x < run.x + run.width; x++) {
        expect(drawn[run.y]![x]).toBe(false);
        drawn[run.y]![x] = true;
      }
    }
    expect(drawn).toEqual(matrix.modules);
    const dark = matrix.modules.flat().filter(Boolean).length;
    expect(qrRuns(matrix).length).toBeLessThan(dark);
  });
});
