/**
 * The shape of every id the store keeps (a profile's, a result's, the owner
 * of a saved game or settings). The game makes UUIDs and derived result ids
 * (game/chat/session/result-id.ts); anything else, such as a lone surrogate
 * in a hand-made backup, would break the mirror's addresses
 * (`encodeURIComponent` throws on it), so it is refused wherever an id enters.
 */
export const RECORD_ID_PATTERN = /^[A-Za-z0-9_-]{1,64}$/;

/** Whether a value is an id the store could hold. */
export function isRecordId(value: unknown): value is string {
  return typeof value === 'string' && RECORD_ID_PATTERN.test(value);
}

/**
 * Random ids for profiles and results. `crypto.randomUUID` exists only on
 * secure origins; `getRandomValues` exists everywhere, so it builds the same
 * kind of (version 4) UUID when the game is served over plain http.
 */
export function newId(): string {
  const c = globalThis.crypto;
  if (typeof c?.randomUUID === 'function') return c.randomUUID();
  const bytes = c.getRandomValues(new Uint8Array(16));
  bytes[6] = (bytes[6]! & 0x0f) | 0x40;
  bytes[8] = (bytes[8]! & 0x3f) | 0x80;
  const hex = [...bytes].map((b) => b.toString(16).padStart(2, '0')).join('');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}
