/**
 * The messages between the saved-progress page and the backup reader's
 * worker (backup-worker.ts). The page sends the file (a Blob: the worker
 * reads it itself, so the text is never copied between threads); the worker
 * answers with the validated records in parts, so taking each part in is a
 * short task for the page, then one last message.
 */
import type { BackupData } from './backup.js';
import type { BackupRejection } from './types.js';

/** Records per part: each part is a few hundred kilobytes to take in. */
export const BACKUP_PART_RECORDS = 250;

export type BackupTable = keyof BackupData;

export type BackupWorkerReply =
  | { type: 'part'; table: BackupTable; records: unknown[] }
  | { type: 'done'; ok: true }
  | { type: 'done'; ok: false; reason: BackupRejection; detail: string };
