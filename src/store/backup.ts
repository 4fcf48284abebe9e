/**
 * The device backup file: every profile, result, saved game and setting in
 * one JSON document with a SHA-256 checksum. Reading one is the untrusted
 * path: size and nesting limits, no prototype-reaching keys, checksum, full
 * schema validation into fresh objects and consistency checks — all before
 * anything is written, so a bad file changes nothing.
 */
import { z } from 'zod';
import { canonicalJson, endsEarly, parseGuardedJson } from './json-guard.js';
import {
  AttemptRecord,
  ProfileRecord,
  SettingsRecord,
  StateRecord,
  describeIssue,
  type SettingsRecordT,
  type StateRecordT,
} from './records.js';
import { sha256Hex } from './sha256.js';
import type { Attempt, BackupRejection, Profile } from './types.js';

export const BACKUP_FORMAT = 'escudo-backup';
export const BACKUP_VERSION = 1;
/**
 * 10,000 results take about 20 MB, so this holds about 16,000: far more than
 * a class's device keeps. A 48 MB file took 9 s and 770 MB of memory to read;
 * a bigger one is refused before it is parsed.
 */
export const BACKUP_MAX_CHARS = 32 * 1024 * 1024;
/**
 * The most bytes a file of BACKUP_MAX_CHARS characters can take (UTF-8 needs
 * at most 3 bytes per UTF-16 unit), so a file larger than this is refused
 * from its size alone, before it is read into memory.
 */
export const BACKUP_MAX_BYTES = BACKUP_MAX_CHARS * 3;
export const BACKUP_MAX_DEPTH = 32;

export interface BackupData {
  profiles: Profile[];
  attempts: Attempt[];
  states: StateRecordT[];
  settings: SettingsRecordT[];
}

export interface BackupFile {
  format: typeof BACKUP_FORMAT;
  version: number;
  createdAt: number;
  data: BackupData;
  sha256: string;
}

const BackupDataSchema = z.strictObject({
  profiles: z.array(ProfileRecord),
  attempts: z.array(AttemptRecord),
  states: z.array(StateRecord),
  settings: z.array(SettingsRecord),
});

function checksumInput(file: Omit<BackupFile, 'sha256'>): string {
  return canonicalJson({
    format: file.format,
    version: file.version,
    createdAt: file.createdAt,
    data: file.data,
  });
}

export async function buildBackup(data: BackupData, createdAt: number): Promise<string> {
  const body = { format: BACKUP_FORMAT, version: BACKUP_VERSION, createdAt, data } as const;
  const file: BackupFile = { ...body, sha256: await sha256Hex(checksumInput(body)) };
  return JSON.stringify(file);
}

export type ParsedBackup =
  { ok: true; data: BackupData } | { ok: false; reason: BackupRejection; detail: string };

function reject(reason: BackupRejection, detail: string): ParsedBackup {
  return { ok: false, reason, detail };
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Validates a whole backup text; never throws. */
export async function parseBackup(text: unknown): Promise<ParsedBackup> {
  if (typeof text !== 'string') return reject('not-json', 'the file is not text');
  const guarded = parseGuardedJson(text, { maxChars: BACKUP_MAX_CHARS, maxDepth: BACKUP_MAX_DEPTH });
  if (!guarded.ok) {
    if (guarded.failure === 'not-json') {
      // A file that starts like a backup but does not parse is either cut
      // short (a copy or download that stopped) or damaged inside.
      const looksLikeBackup = /^\s*\{/.test(text) && text.includes(`"${BACKUP_FORMAT}"`);
      if (!looksLikeBackup) return reject('not-json', guarded.detail);
      return reject(endsEarly(text) ? 'truncated' : 'damaged', guarded.detail);
    }
    return reject(guarded.failure === 'forbidden-key' ? 'malformed' : guarded.failure, guarded.detail);
  }
  const file = guarded.value;
  if (!isRecord(file) || file.format !== BACKUP_FORMAT) return reject('foreign', 'not an Escudo backup file');
  if (typeof file.version !== 'number' || !Number.isInteger(file.version)) {
    return reject('malformed', 'the file has no version number');
  }
  if (file.version < 1 || file.version > BACKUP_VERSION) {
    return reject(
      'unsupported-version',
      `backup version ${file.version}; this game reads up to ${BACKUP_VERSION}`,
    );
  }
  if (typeof file.createdAt !== 'number' || typeof file.sha256 !== 'string') {
    return reject('malformed', 'the file has no date or no checksum');
  }
  const expected = await sha256Hex(
    checksumInput({
      format: BACKUP_FORMAT,
      version: file.version,
      createdAt: file.createdAt,
      data: file.data as BackupData,
    }),
  );
  if (expected !== file.sha256.toLowerCase())
    return reject('checksum', 'the contents do not match the checksum');

  const parsed = BackupDataSchema.safeParse(file.data);
  if (!parsed.success) return reject('malformed', describeIssue(parsed.error));
  const problem = consistencyProblem(parsed.data);
  if (problem) return reject('malformed', problem);
  return { ok: true, data: parsed.data };
}

/** Every id unique, and everything belongs to a profile in the file. */
function consistencyProblem(data: BackupData): string | undefined {
  const profileIds = new Set<string>();
  for (const p of data.profiles) {
    if (profileIds.has(p.id)) return `profile ${p.id} appears twice`;
    profileIds.add(p.id);
  }
  const attemptIds = new Set<string>();
  for (const a of data.attempts) {
    if (attemptIds.has(a.id)) return `result ${a.id} appears twice`;
    attemptIds.add(a.id);
    if (!profileIds.has(a.profileId)) return `result ${a.id} belongs to no profile in the file`;
  }
  const stateKeys = new Set<string>();
  for (const s of data.states) {
    const key = `${s.profileId}\u0000${s.scenarioId}`;
    if (stateKeys.has(key)) return `a saved game of ${s.profileId} appears twice`;
    stateKeys.add(key);
    if (!profileIds.has(s.profileId)) return `a saved game belongs to no profile in the file`;
  }
  const settingsOf = new Set<string>();
  for (const s of data.settings) {
    if (settingsOf.has(s.profileId)) return `settings of ${s.profileId} appear twice`;
    settingsOf.add(s.profileId);
    if (!profileIds.has(s.profileId)) return `settings belong to no profile in the file`;
  }
  return undefined;
}
