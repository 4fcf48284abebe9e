/**
 * The progress store: everything the game keeps on this device.
 *
 * Usage (game):
 *
 *   const { store, mode, reason, lostData } = await openStore();
 *   if (mode === 'memory') showNote(t(`store:reason.${reason}`));   // progress will not be kept
 *   if (lostData) showNote(t('store:lost.note'));   // the browser deleted a corrupted database
 *   store.onModeChange((_mode, why) => showNote(t(`store:reason.${why}`)));
 *
 *   const me = await store.createProfile({ nickname: 'Fox7', avatar: 'fox', ageBand: '11-14' });
 *   // after every engine step:
 *   await store.putState(me.id, scenario.id, step.state);
 *   // when the game resumes:
 *   const saved = await store.getState(me.id, scenario.id);
 *   const resumed = saved === undefined ? engine.start() : engine.restore(saved);
 *   // at the ending:
 *   await store.addAttempt({ profileId: me.id, transcript: step.state.transcript });
 *   await store.clearState(me.id, scenario.id);
 *
 * Refused input throws `StoreValidationError` whose `code` the game can
 * translate (e.g. `store:nickname.nickname-too-long`). Backups:
 * `exportBackup()` returns the file text; `importBackup(text)` returns
 * `{ ok: false, reason }` (translate `store:backup.<reason>`) or the counts
 * added. A page reads a file with `readBackupFile(file)` (size first, then
 * parsed and validated in a worker) and hands the answer to
 * `importBackupData`. Tests use `createMemoryStore()`.
 */
export { openStore, createMemoryStore, type OpenOptions, type OpenedStore } from './open.js';
export { StoreValidationError, StoreNotFoundError } from './errors.js';
export { DEFAULT_SETTINGS } from './settings.js';
export { NICKNAME_MAX, NICKNAME_PROBLEMS, nicknameProblem, type NicknameProblem } from './nickname.js';
export { SCHEMA_VERSION } from './migrations/index.js';
export {
  BACKUP_FORMAT,
  BACKUP_MAX_BYTES,
  BACKUP_MAX_CHARS,
  BACKUP_VERSION,
  type ParsedBackup,
} from './backup.js';
export { readBackupFile } from './read-backup-file.js';
export type * from './types.js';
export { BACKUP_REJECTIONS, MESSAGE_SPEEDS, STORE_FAILURE_REASONS } from './types.js';
