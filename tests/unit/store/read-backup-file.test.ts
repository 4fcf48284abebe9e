/**
 * The saved-progress page's backup reader (read-backup-file.ts): a file over
 * the limit is refused from its size without being read; a real one is read
 * and validated (here on the page's thread: Node has no Worker, as an old
 * browser without module workers) and imported by `importBackupData`, the
 * same as `importBackup`; a saved backup over the import limit is caught
 * before it is written (device-data-text.ts).
 */
import { describe, expect, it } from 'vitest';
import { backupLoadsBack } from '../../../src/game/screens/device-data-text.js';
import {
  BACKUP_MAX_BYTES,
  BACKUP_MAX_CHARS,
  createMemoryStore,
  readBackupFile,
} from '../../../src/store/index.js';
import { Clock, counterIds, transcript } from './helpers.js';

/** A long play: about 7 kB a result, so few results reach the import limit. */
const longPath = Array.from({ length: 300 }, (_, i) => `chat-node-${String(i).padStart(8, '0')}`);

async function deviceWith(results: number) {
  const clock = new Clock();
  const store = createMemoryStore({ now: clock.now, newId: counterIds('r') });
  const fox = await store.createProfile({ nickname: 'Fox7', avatar: 'fox', ageBand: '11-14' });
  const many = Array.from({ length: results }, (_, i) => ({
    profileId: fox.id,
    transcript: transcript('gift-card', clock.time + i * 1000, { path: longPath }),
  }));
  await store.addAttempts(many);
  return store;
}

describe('readBackupFile', () => {
  it('refuses a file over the size limit without reading it', async () => {
    let reads = 0;
    const huge = {
      size: BACKUP_MAX_BYTES + 1,
      text: () => {
        reads++;
        return Promise.resolve('');
      },
    } as unknown as Blob;
    expect(await readBackupFile(huge)).toMatchObject({ ok: false, reason: 'too-large' });
    expect(reads).toBe(0);
  });

  it('reads a real backup, which importBackupData adds once', async () => {
    const text = await (await deviceWith(3)).exportBackup();
    const parsed = await readBackupFile(new Blob([text]));
    expect(parsed.ok).toBe(true);
    const target = createMemoryStore();
    const first = await target.importBackupData(parsed);
    expect(first).toMatchObject({ ok: true, added: { profiles: 1, attempts: 3 } });
    expect(await target.importBackupData(await readBackupFile(new Blob([text])))).toMatchObject({
      ok: true,
      added: { profiles: 0, attempts: 0 },
    });
  });

  it('hands a refusal on unchanged, and importBackupData stores nothing for it', async () => {
    const parsed = await readBackupFile(new Blob(['{"format":"escudo-backup","version":1,"data":{']));
    expect(parsed).toMatchObject({ ok: false, reason: 'truncated' });
    const target = createMemoryStore();
    expect(await target.importBackupData(parsed)).toMatchObject({ ok: false, reason: 'truncated' });
    expect(await target.listProfiles()).toEqual([]);
  });
});

describe('saving a backup too large to load back', () => {
  it('is caught before it is written: such a file would be refused on import', async () => {
    const perResult = (await (await deviceWith(10)).exportBackup()).length / 10;
    const text = await (await deviceWith(Math.ceil((BACKUP_MAX_CHARS / perResult) * 1.02))).exportBackup();
    expect(text.length).toBeGreaterThan(BACKUP_MAX_CHARS);
    expect(backupLoadsBack(text)).toBe(false);
    expect(await createMemoryStore().importBackup(text)).toMatchObject({ ok: false, reason: 'too-large' });
    const small = await (await deviceWith(2)).exportBackup();
    expect(backupLoadsBack(small)).toBe(true);
  }, 120_000);
});
