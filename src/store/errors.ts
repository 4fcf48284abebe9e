/**
 * Errors the store throws, and the mapping from browser/Dexie errors to the
 * reason codes the game shows. Dexie wraps IndexedDB errors (`.inner`), and
 * browsers disagree on names, so classification walks the whole chain.
 */
import type { StoreFailureReason } from './types.js';

/** A value the game tried to store is invalid; nothing was written. */
export class StoreValidationError extends Error {
  constructor(
    /** A reason code such as 'nickname-too-long', or 'invalid' for programming mistakes. */
    readonly code: string,
    message: string,
  ) {
    super(message);
    this.name = 'StoreValidationError';
  }
}

/** The profile (or other record) asked for does not exist. */
export class StoreNotFoundError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'StoreNotFoundError';
  }
}

function errorNames(error: unknown): string[] {
  const names: string[] = [];
  let current: unknown = error;
  for (let depth = 0; depth < 5 && current && typeof current === 'object'; depth++) {
    const named = current as { name?: unknown; inner?: unknown; cause?: unknown };
    if (typeof named.name === 'string') names.push(named.name);
    current = named.inner ?? named.cause;
  }
  return names;
}

function errorText(error: unknown): string {
  let text = '';
  let current: unknown = error;
  for (let depth = 0; depth < 5 && current && typeof current === 'object'; depth++) {
    const e = current as { message?: unknown; inner?: unknown; cause?: unknown };
    if (typeof e.message === 'string') text += ` ${e.message}`;
    current = e.inner ?? e.cause;
  }
  return text.toLowerCase();
}

export function isQuotaError(error: unknown): boolean {
  return errorNames(error).some((n) => n === 'QuotaExceededError' || n === 'NS_ERROR_DOM_QUOTA_REACHED');
}

/** The connection was closed under us (another tab upgraded the database). */
export function isClosedError(error: unknown): boolean {
  return errorNames(error).some((n) => n === 'DatabaseClosedError');
}

/** Maps an error from opening or writing the database to a reason code. */
export function classifyFailure(error: unknown): StoreFailureReason {
  const names = errorNames(error);
  const text = errorText(error);
  if (isQuotaError(error)) return 'quota';
  if (names.includes('MissingAPIError')) return 'unavailable';
  if (names.includes('VersionError')) return 'version-error';
  // Old Firefox private windows refuse to open IndexedDB with InvalidStateError;
  // Safari's say "private" or "disk" in the message.
  if (names.includes('InvalidStateError') || text.includes('private')) return 'private-mode';
  if (names.includes('SecurityError')) return 'unavailable';
  return 'unknown';
}
