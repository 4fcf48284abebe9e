/**
 * The saved-progress page's way to read a backup file: refused from its
 * size before it is read, then parsed and validated in a worker
 * (backup-worker.ts) so the page stays responsive; where a worker cannot
 * start (an old browser without module workers), on the page as before.
 * What comes back goes to `ProgressStore.importBackupData`.
 */
import { BACKUP_MAX_BYTES, parseBackup, type BackupData, type ParsedBackup } from './backup.js';
import type { BackupWorkerReply } from './backup-worker-protocol.js';

export type StartWorker = () => Worker;

const startBackupWorker: StartWorker = () =>
  new Worker(new URL('./backup-worker.ts', import.meta.url), { type: 'module' });

function inWorker(file: Blob, start: StartWorker): Promise<ParsedBackup | 'no-worker'> {
  return new Promise((resolve) => {
    let worker: Worker;
    try {
      worker = start();
    } catch {
      resolve('no-worker');
      return;
    }
    const data: BackupData = { profiles: [], attempts: [], states: [], settings: [] };
    let parts = 0;
    worker.addEventListener('message', (event: MessageEvent<BackupWorkerReply>) => {
      const reply = event.data;
      if (reply.type === 'part') {
        const into = data[reply.table] as unknown[];
        // One at a time: spreading a long list into push() can overflow the stack.
        for (const record of reply.records) into.push(record);
        parts++;
        return;
      }
      worker.terminate();
      resolve(reply.ok ? { ok: true, data } : { ok: false, reason: reply.reason, detail: reply.detail });
    });
    // A worker that could not load (or died before a part) is read on the page instead.
    worker.addEventListener('error', (event) => {
      event.preventDefault();
      worker.terminate();
      resolve(parts === 0 ? 'no-worker' : { ok: false, reason: 'not-json', detail: 'the reader stopped' });
    });
    worker.postMessage(file);
  });
}

/** Reads and validates a backup file; never throws. */
export async function readBackupFile(
  file: Blob,
  start: StartWorker = startBackupWorker,
): Promise<ParsedBackup> {
  if (file.size > BACKUP_MAX_BYTES) return { ok: false, reason: 'too-large', detail: `${file.size} bytes` };
  const answer = typeof Worker === 'undefined' ? 'no-worker' : await inWorker(file, start);
  if (answer !== 'no-worker') return answer;
  try {
    return await parseBackup(await file.text());
  } catch (error) {
    return { ok: false, reason: 'not-json', detail: error instanceof Error ? error.message : String(error) };
  }
}
