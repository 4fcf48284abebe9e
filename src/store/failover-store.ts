/**
 * The `ProgressStore` the game holds. It forwards to a repository over
 * IndexedDB and, when that stops working mid-game (disk full, or a newer
 * version of the game upgrading the database from another tab), copies
 * everything it can still read into memory and carries on there, so the game
 * keeps playing and loses nothing it already had. The switch is announced
 * through `onModeChange` so the game can show that progress will not be kept.
 */
import type { TableName, WriteOp } from './backend.js';
import { TABLES, keyOf } from './backend.js';
import { isClosedError, isQuotaError } from './errors.js';
import { LossMarker } from './loss-marker.js';
import { MemoryBackend } from './memory-backend.js';
import { currentPersistence } from './persistence.js';
import { Repository } from './repository.js';
import type { ParsedBackup } from './backup.js';
import type {
  Attempt,
  DeviceData,
  ImportResult,
  NewAttempt,
  NewProfile,
  Persistence,
  Profile,
  ProfilePatch,
  ProgressStore,
  Settings,
  StoreFailureReason,
  StoreMode,
  StoreProblem,
  StoredPack,
} from './types.js';

type ModeListener = (mode: StoreMode, reason: StoreFailureReason | undefined) => void;

export class FailoverStore implements ProgressStore {
  private repo: Repository;
  private switching: Promise<void> | undefined;
  private currentReason: StoreFailureReason | undefined;
  private readonly problemListeners = new Set<(problem: StoreProblem) => void>();
  private readonly modeListeners = new Set<ModeListener>();

  constructor(
    repo: Repository,
    reason?: StoreFailureReason,
    private readonly persistenceOf: () => Promise<Persistence> = currentPersistence,
    private readonly marker: LossMarker = new LossMarker(undefined),
  ) {
    this.repo = repo;
    this.currentReason = repo.backend.kind === 'memory' ? reason : undefined;
    this.watch(repo);
  }

  get mode(): StoreMode {
    return this.repo.backend.kind === 'indexeddb' ? 'persistent' : 'memory';
  }

  get reason(): StoreFailureReason | undefined {
    return this.currentReason;
  }

  private watch(repo: Repository): void {
    repo.onProblem((problem) => {
      for (const listener of this.problemListeners) listener(problem);
    });
  }

  /**
   * Moves to memory. Called on a quota error, on a closed connection, and by
   * openStore when another tab upgrades the database (before our connection
   * closes, so the copy is complete).
   */
  switchToMemory(reason: StoreFailureReason): Promise<void> {
    if (this.mode === 'memory') return this.switching ?? Promise.resolve();
    this.switching ??= (async () => {
      const old = this.repo;
      const memory = new MemoryBackend();
      // Table by table: whatever can still be read is kept (a closed
      // connection, or a table an old schema lacks, only loses that part).
      for (const table of TABLES) {
        try {
          await memory.write(copyOps(table, await old.backend.getAll(table)));
        } catch {
          // Nothing readable in this table.
        }
      }
      old.backend.close();
      const next = new Repository(memory, old.options);
      this.watch(next);
      this.repo = next;
      this.currentReason = reason;
      for (const listener of this.modeListeners) listener('memory', reason);
    })();
    return this.switching;
  }

  /** Runs an operation; on a storage failure that memory can absorb, switches and runs it again there. */
  private async run<T>(operation: (repo: Repository) => Promise<T>): Promise<T> {
    if (this.switching) await this.switching;
    const repo = this.repo;
    try {
      return await operation(repo);
    } catch (error) {
      if (repo.backend.kind !== 'indexeddb') throw error;
      if (isQuotaError(error)) await this.switchToMemory('quota');
      else if (isClosedError(error))
        await this.switchToMemory('unknown'); // e.g. site data cleared while playing
      else throw error;
      return operation(this.repo);
    }
  }

  /** Keeps the loss marker in step with whether the disk holds any profile. */
  private async noteProgress(): Promise<void> {
    if (this.mode === 'persistent') this.marker.setHasProgress((await this.repo.listProfiles()).length > 0);
  }

  async createProfile(input: NewProfile): Promise<Profile> {
    const profile = await this.run((r) => r.createProfile(input));
    await this.noteProgress();
    return profile;
  }
  listProfiles(): Promise<Profile[]> {
    return this.run((r) => r.listProfiles());
  }
  getProfile(id: string): Promise<Profile | undefined> {
    return this.run((r) => r.getProfile(id));
  }
  updateProfile(id: string, patch: ProfilePatch): Promise<Profile> {
    return this.run((r) => r.updateProfile(id, patch));
  }
  async deleteProfile(id: string): Promise<void> {
    await this.run((r) => r.deleteProfile(id));
    await this.noteProgress();
  }
  addAttempt(input: NewAttempt): Promise<Attempt> {
    return this.run((r) => r.addAttempt(input));
  }
  addAttempts(inputs: NewAttempt[]): Promise<Attempt[]> {
    return this.run((r) => r.addAttempts(inputs));
  }
  listAttempts(filter?: { profileId?: string; scenarioId?: string }): Promise<Attempt[]> {
    return this.run((r) => r.listAttempts(filter));
  }
  putState(profileId: string, scenarioId: string, state: unknown): Promise<void> {
    return this.run((r) => r.putState(profileId, scenarioId, state));
  }
  getState(profileId: string, scenarioId: string): Promise<unknown> {
    return this.run((r) => r.getState(profileId, scenarioId));
  }
  clearState(profileId: string, scenarioId: string): Promise<void> {
    return this.run((r) => r.clearState(profileId, scenarioId));
  }
  getSettings(profileId: string): Promise<Settings> {
    return this.run((r) => r.getSettings(profileId));
  }
  updateSettings(profileId: string, patch: Partial<Settings>): Promise<Settings> {
    return this.run((r) => r.updateSettings(profileId, patch));
  }
  getDevice(): Promise<DeviceData> {
    return this.run((r) => r.getDevice());
  }
  updateDevice(patch: Partial<DeviceData>): Promise<DeviceData> {
    return this.run((r) => r.updateDevice(patch));
  }
  listPacks(): Promise<StoredPack[]> {
    return this.run((r) => r.listPacks());
  }
  putPack(id: string, text: string): Promise<StoredPack> {
    return this.run((r) => r.putPack(id, text));
  }
  deletePack(id: string): Promise<void> {
    return this.run((r) => r.deletePack(id));
  }
  exportBackup(): Promise<string> {
    return this.run((r) => r.exportBackup());
  }
  async importBackup(text: string): Promise<ImportResult> {
    const result = await this.run((r) => r.importBackup(text));
    await this.noteProgress();
    return result;
  }
  async importBackupData(parsed: ParsedBackup): Promise<ImportResult> {
    const result = await this.run((r) => r.importBackupData(parsed));
    await this.noteProgress();
    return result;
  }
  async deleteEverything(): Promise<void> {
    await this.run((r) => r.deleteEverything());
    await this.noteProgress();
  }
  deleteAttemptsOlderThan(days: number): Promise<number> {
    return this.run((r) => r.deleteAttemptsOlderThan(days));
  }

  /** In memory nothing is kept, whatever the browser would allow. */
  async persistence(): Promise<Persistence> {
    return this.mode === 'memory' ? 'denied' : this.persistenceOf();
  }

  secondCopy(): 'working' | 'failed' | 'none' {
    return this.repo.backend.secondCopy ?? 'none';
  }

  onProblem(listener: (problem: StoreProblem) => void): () => void {
    this.problemListeners.add(listener);
    return () => this.problemListeners.delete(listener);
  }

  onModeChange(listener: ModeListener): () => void {
    this.modeListeners.add(listener);
    return () => this.modeListeners.delete(listener);
  }

  close(): void {
    this.repo.backend.close();
  }
}

function copyOps(table: TableName, values: unknown[]): WriteOp[] {
  return values
    .filter((v): v is object => typeof v === 'object' && v !== null && keyOf(table, v) !== undefined)
    .map((value) => ({ kind: 'put', table, value }));
}
