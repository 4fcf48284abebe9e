/**
 * Raw DEFLATE through fflate. Results compress well (the same node and line
 * ids again and again), which is what makes a QR hand-in a few codes long
 * instead of dozens. No zlib or gzip wrapper: the hand-in carries its own
 * SHA-256, so their checksums would only add bytes.
 *
 * Inflating untrusted input is bounded: the input is fed in small slices
 * (DEFLATE expands one byte into at most about 1,000), and inflating stops
 * as soon as the output passes the limit, so a small payload cannot unpack
 * into gigabytes.
 */
import { deflateSync, Inflate } from 'fflate';

export function deflate(bytes: Uint8Array): Uint8Array {
  return deflateSync(bytes, { level: 9, mem: 8 });
}

export type InflateResult =
  | { ok: true; bytes: Uint8Array }
  /** `truncated`: the stream ends early; `corrupt`: it is not DEFLATE; `too-large`: over the limit. */
  | { ok: false; problem: 'truncated' | 'corrupt' | 'too-large' };

const SLICE = 1024;

class OverLimit extends Error {}

export function inflate(bytes: Uint8Array, maxBytes: number): InflateResult {
  const parts: Uint8Array[] = [];
  let total = 0;
  const inflater = new Inflate((chunk) => {
    total += chunk.length;
    if (total > maxBytes) throw new OverLimit();
    parts.push(chunk);
  });
  try {
    if (bytes.length === 0) return { ok: false, problem: 'truncated' };
    for (let i = 0; i < bytes.length; i += SLICE) {
      const end = Math.min(bytes.length, i + SLICE);
      inflater.push(bytes.subarray(i, end), end === bytes.length);
    }
  } catch (error) {
    if (error instanceof OverLimit) return { ok: false, problem: 'too-large' };
    // fflate's error code 0 is "unexpected EOF": the data stops mid-stream.
    const code = (error as { code?: unknown }).code;
    return { ok: false, problem: code === 0 ? 'truncated' : 'corrupt' };
  }
  const out = new Uint8Array(total);
  let offset = 0;
  for (const part of parts) {
    out.set(part, offset);
    offset += part.length;
  }
  return { ok: true, bytes: out };
}
