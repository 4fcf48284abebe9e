/**
 * The store's rules, written once over any backend: validation on every
 * write and every read (malformed records are skipped and reported), cascades
 * for deletion, retention, and backup export/import.
 */
import type { z } from 'zod';
import type { Backend, TableName, WriteOp } from './backend.js';
import { TABLES, keyOf } from './backend.js';
import { buildBackup, parseBackup, type BackupData, type ParsedBackup } from './backup.js';
import { StoreNotFoundError, StoreValidationError, isQuotaError } from './errors.js';
import { isRecordId } from './ids.js';
import { nicknameProblem } from './nickname.js';
import {
  AttemptRecord,
  DEVICE_KEY,
  DeviceRecord,
  DeviceValues,
  PackRecord,
  ProfileRecord,
  SettingsRecord,
  SettingsValues,
  StateRecord,
  describeIssue,
  type SettingsRecordT,
  type StateRecordT,
} from './records.js';
import { DEFAULT_SETTINGS } from './settings.js';
import type {
  Attempt,
  DeviceData,
  ImportCounts,
  ImportResult,
  NewAttempt,
  NewProfile,
  Profile,
  ProfilePatch,
  Settings,
  StoreProblem,
  StoredPack,
} from './types.js';

export interface RepositoryOptions {
  /** The clock (tests inject one). */
  now?: () => number;
  newId?: () => string;
}

const DAY_MS = 24 * 60 * 60 * 1000;
const PROFILE_KEYS = new Set(['nickname', 'avatar', 'ageBand', 'classCode']);

function checkKeys(value: object, allowed: Set<string>, what: string): void {
  for (const key of Object.keys(value)) {
    if (!allowed.has(key)) throw new StoreValidationError('unknown-field', `${what} has no field "${key}"`);
  }
}

/** Ids given to a write must have the stored shape (records.ts, RECORD_ID_PATTERN). */
function requireId(id: unknown, what: string): asserts id is string {
  if (!isRecordId(id)) throw new StoreValidationError('invalid', `${what}: not an id the store keeps`);
}

function validated<T>(schema: z.ZodType<T>, value: unknown, what: string): T {
  const result = schema.safeParse(value);
  if (!result.success) throw new StoreValidationError('invalid', `${what}: ${describeIssue(result.error)}`);
  return result.data;
}

export class Repository {
  private readonly listeners = new Set<(problem: StoreProblem) => void>();
  private readonly now: () => number;
  private readonly newId: () => string;

  constructor(
    readonly backend: Backend,
    readonly options: Required<RepositoryOptions>,
  ) {
    this.now = options.now;
    this.newId = options.newId;
  }

  onProblem(listener: (problem: StoreProblem) => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  private report(table: TableName, value: unknown, issue: string): void {
    const key = value && typeof value === 'object' ? keyOf(table, value) : undefined;
    const problem = { table, key: key === undefined ? '?' : String(key), issue };
    for (const listener of this.listeners) listener(problem);
  }

  /** Validates records read back; malformed ones are reported and left out. */
  private readValid<T>(table: TableName, schema: z.ZodType<T>, values: unknown[]): T[] {
    const out: T[] = [];
    for (const value of values) {
      const result = schema.safeParse(value);
      if (result.success) out.push(result.data);
      else this.report(table, value, describeIssue(result.error));
    }
    return out;
  }

  // ── Profiles ──────────────────────────────────────────────

  async createProfile(input: NewProfile): Promise<Profile> {
    if (!input || typeof input !== 'object') throw new StoreValidationError('invalid', 'no profile given');
    checkKeys(input, PROFILE_KEYS, 'A profile');
    const problem = typeof input.nickname === 'string' ? nicknameProblem(input.nickname) : 'nickname-empty';
    if (problem) throw new StoreValidationError(problem, `nickname refused: ${problem}`);
    const record = validated(
      ProfileRecord,
      { ...input, id: this.newId(), createdAt: this.now() },
      'A profile',
    );
    await this.backend.write([{ kind: 'put', table: 'profiles', value: record }]);
    return record;
  }

  async listProfiles(): Promise<Profile[]> {
    const profiles = this.readValid('profiles', ProfileRecord, await this.backend.getAll('profiles'));
    return profiles.sort((a, b) => a.createdAt - b.createdAt || a.id.localeCompare(b.id));
  }

  async getProfile(id: string): Promise<Profile | undefined> {
    if (!isRecordId(id)) return undefined; // nothing can be stored under it
    const raw = await this.backend.get('profiles', id);
    return raw === undefined ? undefined : this.readValid('profiles', ProfileRecord, [raw])[0];
  }

  async updateProfile(id: string, patch: ProfilePatch): Promise<Profile> {
    checkKeys(patch, PROFILE_KEYS, 'A profile');
    requireId(id, 'A profile');
    const current = await this.getProfile(id);
    if (!current) throw new StoreNotFoundError(`no profile ${id}`);
    if (patch.nickname !== undefined) {
      const problem = nicknameProblem(patch.nickname);
      if (problem) throw new StoreValidationError(problem, `nickname refused: ${problem}`);
    }
    const next: Record<string, unknown> = { ...current };
    for (const [key, value] of Object.entries(patch)) {
      if (value === undefined) continue;
      if (value === null) delete next[key];
      else next[key] = value;
    }
    const record = validated(ProfileRecord, next, 'A profile');
    await this.backend.write([{ kind: 'put', table: 'profiles', value: record }]);
    return record;
  }

  async deleteProfile(id: string): Promise<void> {
    requireId(id, 'A profile');
    const ops: WriteOp[] = [
      { kind: 'delete', table: 'profiles', key: id },
      { kind: 'deleteByProfile', table: 'attempts', profileId: id },
      { kind: 'deleteByProfile', table: 'states', profileId: id },
      { kind: 'deleteByProfile', table: 'settings', profileId: id },
    ];
    const device = await this.getDevice();
    if (device.lastProfileId === id) {
      ops.push({ kind: 'put', table: 'device', value: { ...device, key: DEVICE_KEY, lastProfileId: null } });
    }
    await this.backend.write(ops);
  }

  // ── Attempts ──────────────────────────────────────────────

  private attemptRecord(input: NewAttempt): Attempt {
    if (!input || typeof input !== 'object' || !input.transcript || typeof input.transcript !== 'object') {
      throw new StoreValidationError('invalid', 'A result needs a profile id and a transcript');
    }
    const t = input.transcript;
    const endedAt = typeof t.endedAt === 'number' ? t.endedAt : this.now();
    const record = {
      id: input.id ?? this.newId(),
      profileId: input.profileId,
      scenarioId: t.scenarioId,
      scenarioVersion: t.scenarioVersion,
      startedAt: t.startedAt,
      endedAt,
      durationMs: typeof t.durationMs === 'number' ? t.durationMs : Math.max(0, endedAt - t.startedAt),
      transcript: t,
    };
    return validated(AttemptRecord, record, 'A result');
  }

  async addAttempts(inputs: NewAttempt[]): Promise<Attempt[]> {
    const records = inputs.map((input) => this.attemptRecord(input));
    for (const profileId of new Set(records.map((r) => r.profileId))) {
      if (!(await this.backend.get('profiles', profileId)))
        throw new StoreNotFoundError(`no profile ${profileId}`);
    }
    if (records.length > 0) {
      await this.backend.write(records.map((value) => ({ kind: 'put', table: 'attempts', value })));
    }
    return records;
  }

  async addAttempt(input: NewAttempt): Promise<Attempt> {
    const [record] = await this.addAttempts([input]);
    return record!;
  }

  async listAttempts(filter: { profileId?: string; scenarioId?: string } = {}): Promise<Attempt[]> {
    if (filter.profileId !== undefined && !isRecordId(filter.profileId)) return [];
    const raw =
      filter.profileId !== undefined
        ? await this.backend.byProfile('attempts', filter.profileId)
        : await this.backend.getAll('attempts');
    const attempts = this.readValid('attempts', AttemptRecord, raw);
    const filtered = attempts.filter(
      (a) => filter.scenarioId === undefined || a.scenarioId === filter.scenarioId,
    );
    return filtered.sort((a, b) => a.endedAt - b.endedAt || a.id.localeCompare(b.id));
  }

  // ── Game in progress ──────────────────────────────────────

  async putState(profileId: string, scenarioId: string, state: unknown): Promise<void> {
    const record = validated(
      StateRecord,
      { profileId, scenarioId, savedAt: this.now(), state },
      'A saved game',
    );
    await this.backend.write([{ kind: 'put', table: 'states', value: record }]);
  }

  async getState(profileId: string, scenarioId: string): Promise<unknown> {
    if (!isRecordId(profileId) || !isRecordId(scenarioId)) return undefined;
    const raw = await this.backend.get('states', [profileId, scenarioId]);
    if (raw === undefined) return undefined;
    return this.readValid('states', StateRecord, [raw])[0]?.state;
  }

  async clearState(profileId: string, scenarioId: string): Promise<void> {
    requireId(profileId, 'A saved game');
    requireId(scenarioId, 'A saved game');
    await this.backend.write([{ kind: 'delete', table: 'states', key: [profileId, scenarioId] }]);
  }

  // ── Settings and device ───────────────────────────────────

  async getSettings(profileId: string): Promise<Settings> {
    if (!isRecordId(profileId)) return { ...DEFAULT_SETTINGS };
    const raw = await this.backend.get('settings', profileId);
    if (raw === undefined) return { ...DEFAULT_SETTINGS };
    const whole = SettingsRecord.safeParse(raw);
    if (whole.success) {
      const { profileId: _id, ...settings } = whole.data;
      return settings;
    }
    // Keep every setting that is still valid: a child's large text must not vanish because one field broke.
    this.report('settings', raw, describeIssue(whole.error));
    const salvaged: Record<string, unknown> = { ...DEFAULT_SETTINGS };
    if (raw && typeof raw === 'object') {
      for (const [key, schema] of Object.entries(SettingsValues.shape)) {
        const field = (schema as z.ZodType).safeParse((raw as Record<string, unknown>)[key]);
        if (field.success) salvaged[key] = field.data;
      }
    }
    return salvaged as unknown as Settings;
  }

  async updateSettings(profileId: string, patch: Partial<Settings>): Promise<Settings> {
    checkKeys(patch, new Set(Object.keys(SettingsValues.shape)), 'Settings');
    requireId(profileId, 'Settings');
    if (!(await this.backend.get('profiles', profileId)))
      throw new StoreNotFoundError(`no profile ${profileId}`);
    const current = await this.getSettings(profileId);
    const next = validated(SettingsValues, { ...current, ...definedOnly(patch) }, 'Settings');
    const record: SettingsRecordT = { ...next, profileId };
    await this.backend.write([{ kind: 'put', table: 'settings', value: record }]);
    return next;
  }

  // ── Packs added on this device ───────────────────────────

  async listPacks(): Promise<StoredPack[]> {
    const packs = this.readValid('packs', PackRecord, await this.backend.getAll('packs'));
    return packs.sort((a, b) => a.addedAt - b.addedAt || a.id.localeCompare(b.id));
  }

  async putPack(id: string, text: string): Promise<StoredPack> {
    const record = validated(PackRecord, { id, text, addedAt: this.now() }, 'A pack');
    await this.backend.write([{ kind: 'put', table: 'packs', value: record }]);
    return record;
  }

  async deletePack(id: string): Promise<void> {
    if (typeof id !== 'string') throw new StoreValidationError('invalid', 'no pack id given');
    await this.backend.write([{ kind: 'delete', table: 'packs', key: id }]);
  }

  async getDevice(): Promise<DeviceData> {
    const raw = await this.backend.get('device', DEVICE_KEY);
    const fallback: DeviceData = { lastProfileId: null, language: null };
    if (raw === undefined) return fallback;
    const [record] = this.readValid('device', DeviceRecord, [raw]);
    return record ? { lastProfileId: record.lastProfileId, language: record.language } : fallback;
  }

  async updateDevice(patch: Partial<DeviceData>): Promise<DeviceData> {
    checkKeys(patch, new Set(['lastProfileId', 'language']), 'Device data');
    const next = validated(
      DeviceValues,
      { ...(await this.getDevice()), ...definedOnly(patch) },
      'Device data',
    );
    await this.backend.write([{ kind: 'put', table: 'device', value: { ...next, key: DEVICE_KEY } }]);
    return next;
  }

  // ── Backup ────────────────────────────────────────────────

  async readAll(): Promise<BackupData> {
    const [profiles, attempts, states, settings] = await Promise.all([
      this.listProfiles(),
      this.listAttempts(),
      this.backend.getAll('states'),
      this.backend.getAll('settings'),
    ]);
    return {
      profiles,
      attempts,
      states: this.readValid<StateRecordT>('states', StateRecord, states),
      settings: this.readValid<SettingsRecordT>('settings', SettingsRecord, settings),
    };
  }

  async exportBackup(): Promise<string> {
    return buildBackup(await this.readAll(), this.now());
  }

  async importBackup(text: string): Promise<ImportResult> {
    return this.importBackupData(await parseBackup(text));
  }

  async importBackupData(parsed: ParsedBackup): Promise<ImportResult> {
    if (!parsed.ok) return parsed;
    const { data } = parsed;
    const groups: [keyof ImportCounts, TableName, object[]][] = [
      ['profiles', 'profiles', data.profiles],
      ['attempts', 'attempts', data.attempts],
      ['states', 'states', data.states],
      ['settings', 'settings', data.settings],
    ];
    const ops: WriteOp[] = groups.flatMap(([, table, values]) =>
      values.map((value) => ({ kind: 'putIfAbsent' as const, table, value })),
    );
    let counts: number[];
    try {
      counts = (await this.backend.write(ops)).counts;
    } catch (error) {
      if (isQuotaError(error)) throw error; // the failover store moves to memory and retries
      return {
        ok: false,
        reason: 'write-failed',
        detail: error instanceof Error ? error.message : String(error),
      };
    }
    const added: ImportCounts = { profiles: 0, attempts: 0, states: 0, settings: 0 };
    const alreadyPresent: ImportCounts = { profiles: 0, attempts: 0, states: 0, settings: 0 };
    let index = 0;
    for (const [name, , values] of groups) {
      for (let i = 0; i < values.length; i++) {
        if (counts[index++] === 1) added[name]++;
        else alreadyPresent[name]++;
      }
    }
    return { ok: true, added, alreadyPresent };
  }

  // ── Privacy ───────────────────────────────────────────────

  async deleteEverything(): Promise<void> {
    await this.backend.write(TABLES.map((table) => ({ kind: 'clear', table })));
  }

  async deleteAttemptsOlderThan(days: number): Promise<number> {
    if (typeof days !== 'number' || !Number.isFinite(days) || days < 0) {
      throw new StoreValidationError('invalid', 'retention must be a number of days, 0 or more');
    }
    const before = this.now() - days * DAY_MS;
    const { counts } = await this.backend.write([{ kind: 'deleteEndedBefore', table: 'attempts', before }]);
    return counts[0] ?? 0;
  }
}

function definedOnly<T extends object>(patch: T): Partial<T> {
  return Object.fromEntries(Object.entries(patch).filter(([, v]) => v !== undefined)) as Partial<T>;
}
