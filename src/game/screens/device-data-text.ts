/**
 * What the saved-progress page says, from the store's answers, in the
 * store's own words (`store` translates a key of the `store` namespace).
 */
import { BACKUP_MAX_CHARS, type ImportResult } from '../../store/index';

export type StoreText = (key: string, options?: Record<string, unknown>) => string;

/** The choices offered for "delete results older than". */
export const RETENTION_DAYS = [30, 90, 180, 365] as const;

/** `escudo-backup-2026-12-01.json`: the date only, nothing about the players. */
export function backupFileName(now: number): string {
  return `escudo-backup-${new Date(now).toISOString().slice(0, 10)}.json`;
}

/**
 * Whether a backup's text can be loaded back: one over the import limit
 * (a device with more than about 16,000 results) would be refused by every
 * copy of the game, so the page warns instead of saving it.
 */
export function backupLoadsBack(text: string, limit = BACKUP_MAX_CHARS): boolean {
  return text.length <= limit;
}

/**
 * Whether progress is kept: the browser's promise (and, when the second copy
 * stopped working, that a backup is needed now), or why it lives in memory only.
 */
export function keptText(
  store: StoreText,
  kept:
    | { mode: 'memory'; reason: string | undefined }
    | { mode: 'stored'; persistence: string; secondCopy?: string },
): string {
  if (kept.mode === 'stored') {
    const promise = store(`persistence.${kept.persistence}`);
    return kept.secondCopy === 'failed' ? `${promise} ${store('mirror.failed')}` : promise;
  }
  return [store('memory.note'), kept.reason ? store(`reason.${kept.reason}`) : ''].filter(Boolean).join(' ');
}

/** What loading a backup did: why it was refused, that nothing was new, or what was added. */
export function importMessage(store: StoreText, result: ImportResult): string {
  if (!result.ok) return `${store(`backup.${result.reason}`)} ${store('backup.unchanged')}`;
  const { profiles, attempts, states, settings } = result.added;
  if (profiles + attempts + states + settings === 0) return store('backup.nothing-new');
  // One sentence per count, so each takes its own plural form.
  return [
    store('backup.imported'),
    store('backup.addedPlayers', { count: profiles }),
    store('backup.addedResults', { count: attempts }),
  ].join(' ');
}
