/**
 * Remembers, outside IndexedDB, that this device holds progress. Chromium
 * deletes an IndexedDB database it finds corrupted (seen after hard kills of
 * the browser); without a note kept elsewhere, the game would silently start
 * fresh. With it, openStore can say `lostData: true` and the game can tell
 * the player kindly, and the teacher can restore a backup. The note holds no
 * data, just "1".
 */

export interface MarkerStorage {
  getItem(key: string): string | null;
  setItem(key: string, value: string): void;
  removeItem(key: string): void;
}

export const MARKER_KEY = 'escudo-progress-kept';

/** localStorage when the page has it and allows it; nothing otherwise. */
export function defaultMarkerStorage(): MarkerStorage | undefined {
  try {
    return globalThis.localStorage ?? undefined;
  } catch {
    return undefined; // storage disabled by the browser's settings
  }
}

export class LossMarker {
  constructor(private readonly storage: MarkerStorage | undefined) {}

  hadProgress(): boolean {
    try {
      return this.storage?.getItem(MARKER_KEY) === '1';
    } catch {
      return false;
    }
  }

  setHasProgress(has: boolean): void {
    try {
      if (has) this.storage?.setItem(MARKER_KEY, '1');
      else this.storage?.removeItem(MARKER_KEY);
    } catch {
      // A full or disabled localStorage only costs us the loss notice.
    }
  }
}
