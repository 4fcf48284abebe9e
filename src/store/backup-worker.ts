/**
 * Reads a backup file off the page's thread: parsing and validating a file
 * near the 32 M-character limit takes seconds, which on the page would
 * freeze it (no scrolling, no "reading…", a browser's "page unresponsive").
 * Same checks as `importBackup` (`parseBackup`); the page only writes.
 */
// Must stay the first import: it configures zod before any schema is used (no eval under the CSP).
import '../game/services/zod-jitless';
import { parseBackup, type BackupData } from './backup.js';
import { BACKUP_PART_RECORDS, type BackupTable, type BackupWorkerReply } from './backup-worker-protocol.js';

const post = (reply: BackupWorkerReply): void => (self as unknown as Worker).postMessage(reply);

self.addEventListener('message', (event: MessageEvent<Blob>) => {
  void (async () => {
    const parsed = await parseBackup(await event.data.text());
    if (!parsed.ok) {
      post({ type: 'done', ok: false, reason: parsed.reason, detail: parsed.detail });
      return;
    }
    for (const table of Object.keys(parsed.data) as BackupTable[]) {
      const records: unknown[] = (parsed.data as BackupData)[table];
      for (let i = 0; i < records.length; i += BACKUP_PART_RECORDS)
        post({ type: 'part', table, records: records.slice(i, i + BACKUP_PART_RECORDS) });
    }
    post({ type: 'done', ok: true });
  })().catch((error: unknown) =>
    post({
      type: 'done',
      ok: false,
      reason: 'not-json',
      detail: error instanceof Error ? error.message : String(error),
    }),
  );
});
