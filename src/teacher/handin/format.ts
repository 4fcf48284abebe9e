/**
 * The hand-in: what a child's device gives the teacher, as a file or as a
 * sequence of QR codes (docs/teacher-data.md). It holds the nickname, the
 * class code, the random profile key, the age band and the results, and
 * nothing else: the schemas below are strict, so a file carrying any other
 * field about the child is refused, not quietly trimmed.
 *
 * The results reuse the transcript contract (TranscriptSchema) and the
 * store's rules for nicknames and class codes, so a hand-in can hold
 * exactly what the progress store holds.
 */
import { z } from 'zod';
import {
  ScenarioIdSchema,
  ScenarioVersionSchema,
  TimeSchema,
  TranscriptSchema,
} from '../../engine/transcript-schema.js';
import type { Transcript } from '../../engine/types.js';
import { AGE_BANDS, type AgeBand } from '../../format/taxonomy.js';
import { ClassCode, Nickname } from '../../store/records.js';

export const HANDIN_FORMAT = 'escudo-handin';
/** The version this code writes. Raise it with any change a reader of the last version would misread. */
export const HANDIN_VERSION = 1;
/** The oldest version this code still reads. */
export const MIN_HANDIN_VERSION = 1;

/** What a hand-in file's name ends with (`suggestHandInFileName`). */
export const HANDIN_FILE_EXTENSION = '.escudo-handin.json';
/** The compact form (inside QR codes) starts with this, then the version, then a dot. */
export const COMPACT_PREFIX = `${HANDIN_FORMAT}.v`;

/**
 * Limits. A child plays maybe ten stories a few times each; 1,000 results
 * is far beyond any real hand-in (one result is 1–4 KB of JSON).
 */
export const HANDIN_MAX_ATTEMPTS = 1000;
/** A file (JSON text, pretty-printed) larger than this is refused before parsing. */
export const HANDIN_MAX_FILE_CHARS = 16 * 1024 * 1024;
/** A compact payload longer than this is refused before decoding. */
export const HANDIN_MAX_COMPACT_CHARS = 4 * 1024 * 1024;
/** What a compact payload may inflate to (a small payload must not unpack into gigabytes). */
export const HANDIN_MAX_INFLATED_BYTES = 16 * 1024 * 1024;
export const HANDIN_MAX_DEPTH = 16;

/** One result, as the progress store keeps it, without the device's profile id. */
export interface HandInAttempt {
  id: string;
  scenarioId: string;
  scenarioVersion: number;
  startedAt: number;
  endedAt: number;
  durationMs: number;
  transcript: Transcript;
}

/** Everything a hand-in carries. */
export interface HandIn {
  classCode: string;
  /** The random id of the profile on the child's device (keeps two children with one nickname apart). */
  childKey: string;
  nickname: string;
  ageBand: AgeBand;
  attempts: HandInAttempt[];
}

const Id = z.string().min(1).max(64);

export const HandInAttemptSchema = z
  .strictObject({
    id: Id,
    scenarioId: ScenarioIdSchema,
    scenarioVersion: ScenarioVersionSchema,
    startedAt: TimeSchema,
    endedAt: TimeSchema,
    durationMs: TimeSchema,
    transcript: TranscriptSchema,
  })
  .refine(
    (a) => a.scenarioId === a.transcript.scenarioId && a.scenarioVersion === a.transcript.scenarioVersion,
    'the result names another story than its transcript',
  ) satisfies z.ZodType<HandInAttempt>;

export const HandInSchema = z
  .strictObject({
    classCode: ClassCode,
    childKey: Id,
    nickname: Nickname,
    ageBand: z.enum(AGE_BANDS),
    attempts: z.array(HandInAttemptSchema).max(HANDIN_MAX_ATTEMPTS),
  })
  .refine((h) => new Set(h.attempts.map((a) => a.id)).size === h.attempts.length, {
    message: 'a result appears twice',
    path: ['attempts'],
  }) satisfies z.ZodType<HandIn>;

/** The file: a JSON object a person can recognise, the checksum beside the data it covers. */
export interface HandInFile {
  format: typeof HANDIN_FORMAT;
  version: number;
  /** SHA-256 (hex) of `checksumText(format, version, handIn)`. */
  sha256: string;
  handIn: HandIn;
}

/** Why a hand-in was refused. The teacher's screens translate each one. */
export const HANDIN_REJECTIONS = [
  /** Not an Escudo file or code at all (a photo, another app's QR code, empty). */
  'not-escudo',
  /** An Escudo file, but not a hand-in (a device backup, a story pack). */
  'other-escudo-file',
  /** Made by a newer or an older game than this one reads (`newer` says which). */
  'wrong-version',
  /** The contents do not match the checksum: changed or damaged after it was made. */
  'tampered',
  /** Cut short (a copy, a download or a QR sequence that did not finish). */
  'truncated',
  /** Looks like a hand-in, but its contents break the format's rules. */
  'malformed',
  /** Larger than any real hand-in. */
  'too-large',
] as const;
export type HandInRejection = (typeof HANDIN_REJECTIONS)[number];
