/**
 * The progress store's public shapes: what the game keeps about a player and
 * the one interface (`ProgressStore`) every implementation provides.
 *
 * Privacy by construction: a profile holds a pseudonym, an avatar, an age
 * band, an optional class code and when it was made. There is no field for a
 * real name, an email, a school or anything else, and the validators refuse
 * any extra field.
 */
import type { AgeBand, Avatar } from '../format/taxonomy.js';
import type { Transcript } from '../engine/types.js';
import type { ParsedBackup } from './backup.js';

export interface Profile {
  id: string;
  nickname: string;
  avatar: Avatar;
  ageBand: AgeBand;
  /** A short code the teacher gives the class, e.g. "6B-2026"; not a school name. */
  classCode?: string;
  createdAt: number;
}

export type NewProfile = Pick<Profile, 'nickname' | 'avatar' | 'ageBand'> & { classCode?: string };
/** `classCode: null` removes the class code. */
export type ProfilePatch = Partial<Pick<Profile, 'nickname' | 'avatar' | 'ageBand'>> & {
  classCode?: string | null;
};

/** One finished (or abandoned) play of a scenario. */
export interface Attempt {
  id: string;
  profileId: string;
  scenarioId: string;
  scenarioVersion: number;
  startedAt: number;
  endedAt: number;
  durationMs: number;
  transcript: Transcript;
}

export interface NewAttempt {
  profileId: string;
  transcript: Transcript;
  /** Give a stable id to make a retried write idempotent; one is generated otherwise. */
  id?: string;
}

export const MESSAGE_SPEEDS = ['slow', 'normal', 'fast', 'instant'] as const;
export type MessageSpeed = (typeof MESSAGE_SPEEDS)[number];

export interface Settings {
  /** 1 = normal, 2 = 200 %. */
  textScale: number;
  dyslexiaFont: boolean;
  highContrast: boolean;
  reducedMotion: boolean;
  readAloud: boolean;
  autoReadAloud: boolean;
  sound: boolean;
  /** 0 to 1. */
  volume: number;
  messageSpeed: MessageSpeed;
  /** A language code such as "es" or "pt-BR"; null = use the device language. */
  language: string | null;
}

/** A story pack added on this device (the file's text, read again on every start). */
export interface StoredPack {
  /** The story's id. */
  id: string;
  addedAt: number;
  text: string;
}

/** Data that belongs to the device, not to a player. */
export interface DeviceData {
  lastProfileId: string | null;
  language: string | null;
}

/** Why the store could not keep progress on this device (the game translates these). */
export const STORE_FAILURE_REASONS = [
  'unavailable',
  'private-mode',
  'quota',
  'blocked',
  'version-error',
  'unknown',
] as const;
export type StoreFailureReason = (typeof STORE_FAILURE_REASONS)[number];

export type StoreMode = 'persistent' | 'memory';

export type Persistence = 'granted' | 'denied' | 'unsupported';

/** A stored record that failed validation when read; it was skipped. */
export interface StoreProblem {
  table: string;
  key: string;
  issue: string;
}

/** Why a backup file was refused; nothing stored changed. */
export const BACKUP_REJECTIONS = [
  'too-large',
  'not-json',
  'truncated',
  'damaged',
  'too-deep',
  'foreign',
  'unsupported-version',
  'checksum',
  'malformed',
  'write-failed',
] as const;
export type BackupRejection = (typeof BACKUP_REJECTIONS)[number];

export interface ImportCounts {
  profiles: number;
  attempts: number;
  states: number;
  settings: number;
}

export type ImportResult =
  | { ok: true; added: ImportCounts; alreadyPresent: ImportCounts }
  | { ok: false; reason: BackupRejection; detail: string };

export interface ProgressStore {
  /** Where data goes right now; may change from 'persistent' to 'memory' (see onModeChange). */
  readonly mode: StoreMode;
  /** Why the store is in memory mode, if it is. */
  readonly reason: StoreFailureReason | undefined;

  createProfile(input: NewProfile): Promise<Profile>;
  listProfiles(): Promise<Profile[]>;
  getProfile(id: string): Promise<Profile | undefined>;
  updateProfile(id: string, patch: ProfilePatch): Promise<Profile>;
  /** Deletes the profile with its attempts, saved games and settings. */
  deleteProfile(id: string): Promise<void>;

  /** Saves a result with strict durability. */
  addAttempt(input: NewAttempt): Promise<Attempt>;
  /** Saves many results in one strict transaction (e.g. a teacher import). */
  addAttempts(inputs: NewAttempt[]): Promise<Attempt[]>;
  listAttempts(filter?: { profileId?: string; scenarioId?: string }): Promise<Attempt[]>;

  /** The engine state after the latest step; call after every step. */
  putState(profileId: string, scenarioId: string, state: unknown): Promise<void>;
  /** The saved engine state, untrusted: pass it to `engine.restore()`, which validates it. */
  getState(profileId: string, scenarioId: string): Promise<unknown>;
  clearState(profileId: string, scenarioId: string): Promise<void>;

  /** The profile's settings, with defaults for anything never set. */
  getSettings(profileId: string): Promise<Settings>;
  updateSettings(profileId: string, patch: Partial<Settings>): Promise<Settings>;

  getDevice(): Promise<DeviceData>;
  updateDevice(patch: Partial<DeviceData>): Promise<DeviceData>;

  /** Story packs added on this device, oldest first (texts unread: pass each to `readPack`). */
  listPacks(): Promise<StoredPack[]>;
  /** Keeps a pack (replacing one with the same story id); the caller has read and accepted it. */
  putPack(id: string, text: string): Promise<StoredPack>;
  /** Removes a pack; results and saved games of its story stay. */
  deletePack(id: string): Promise<void>;

  /** The whole backup file as text (JSON with a SHA-256 checksum). */
  exportBackup(): Promise<string>;
  /** Validates the whole file first, then merges it in one transaction; importing twice adds nothing. */
  importBackup(text: string): Promise<ImportResult>;
  /**
   * The same with a file already read and validated (`readBackupFile`, which
   * does it in a worker so the page stays responsive); a refusal is handed back.
   */
  importBackupData(parsed: ParsedBackup): Promise<ImportResult>;

  /** Deletes every profile, result, saved game, setting and device record. */
  deleteEverything(): Promise<void>;
  /** Deletes results that ended more than `days` days ago; returns how many. */
  deleteAttemptsOlderThan(days: number): Promise<number>;

  /** Whether the browser promised not to evict this site's data. */
  persistence(): Promise<Persistence>;
  /**
   * The crash-recovery copy (src/store/mirror/): `none` where there is none
   * (memory, plain http), `failed` when its storage stopped working this
   * session (the saved-progress page tells the adult to make a backup).
   */
  secondCopy(): 'working' | 'failed' | 'none';

  /** Called with every stored record that was malformed and skipped. */
  onProblem(listener: (problem: StoreProblem) => void): () => void;
  /** Called when the store switches to memory (storage full, newer game in another tab). */
  onModeChange(listener: (mode: StoreMode, reason: StoreFailureReason | undefined) => void): () => void;
  close(): void;
}
