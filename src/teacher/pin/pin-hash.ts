/**
 * The PIN is kept only as PBKDF2-HMAC-SHA-256 of it with a random 16-byte
 * salt, through the browser's Web Crypto (`crypto.subtle.deriveBits`): no
 * hand-written cryptography. The iteration count is stored with the hash, so
 * a later build can raise it for new PINs and still check old ones.
 *
 * 600,000 iterations is OWASP's figure for PBKDF2-HMAC-SHA-256. Measured on
 * this project's 2-core machine: about 72 ms in Chromium 150 and 105 ms in
 * Node 20 (docs/teacher-area.md has the figures); a cheap phone may take
 * several times that, once per unlock. It slows a guess made with the
 * developer tools to about a tenth of a second, not more: all 10,000 4-digit
 * PINs take about 12 minutes there, which is why the docs say the PIN is not
 * encryption.
 */
import type { PinRecordT } from '../store/records.js';
import { normalisePin } from './pin-rules.js';

export const PIN_ITERATIONS = 600_000;
const SALT_BYTES = 16;
const HASH_BITS = 256;

function toBase64(bytes: Uint8Array): string {
  let text = '';
  for (const b of bytes) text += String.fromCharCode(b);
  return btoa(text);
}

function fromBase64(text: string): Uint8Array {
  const raw = atob(text);
  const bytes = new Uint8Array(raw.length);
  for (let i = 0; i < raw.length; i++) bytes[i] = raw.charCodeAt(i);
  return bytes;
}

async function derive(pin: string, salt: Uint8Array, iterations: number): Promise<Uint8Array> {
  const key = await crypto.subtle.importKey(
    'raw',
    new TextEncoder().encode(normalisePin(pin)),
    'PBKDF2',
    false,
    ['deriveBits'],
  );
  const bits = await crypto.subtle.deriveBits(
    { name: 'PBKDF2', hash: 'SHA-256', salt: salt as BufferSource, iterations },
    key,
    HASH_BITS,
  );
  return new Uint8Array(bits);
}

/** True when both byte strings are equal, looking at every byte whatever the first difference. */
export function constantTimeEqual(a: Uint8Array, b: Uint8Array): boolean {
  let diff = a.length ^ b.length;
  const n = Math.max(a.length, b.length);
  for (let i = 0; i < n; i++) diff |= (a[i] ?? 0) ^ (b[i] ?? 0);
  return diff === 0;
}

export interface HashOptions {
  iterations?: number;
  now: number;
  newId: () => string;
}

/** A PIN record for a new PIN (already checked by `newPinProblem`). */
export async function hashPin(pin: string, options: HashOptions): Promise<PinRecordT> {
  const iterations = options.iterations ?? PIN_ITERATIONS;
  const salt = crypto.getRandomValues(new Uint8Array(SALT_BYTES));
  const hash = await derive(pin, salt, iterations);
  return {
    key: 'pin',
    id: options.newId(),
    algorithm: 'PBKDF2-SHA-256',
    iterations,
    salt: toBase64(salt),
    hash: toBase64(hash),
    createdAt: options.now,
  };
}

/** Whether `pin` is the one the record was made from. */
export async function pinMatches(pin: string, record: PinRecordT): Promise<boolean> {
  const expected = fromBase64(record.hash);
  const actual = await derive(pin, fromBase64(record.salt), record.iterations);
  return constantTimeEqual(actual, expected);
}
