/**
 * zod schemas of everything the teacher area keeps. Like the game's store
 * (src/store/records.ts), records are checked when written (a bug cannot
 * store garbage) and again when read (an old build in another tab, an
 * extension or a damaged disk can): a record that fails is skipped and
 * reported, never shown half-read.
 */
import { z } from 'zod';
import { AGE_BANDS } from '../../format/taxonomy.js';
import { ScenarioIdSchema, ScenarioVersionSchema, TimeSchema } from '../../engine/transcript-schema.js';
import { ClassCode, Nickname, TranscriptRecord } from '../../store/records.js';
import type { ClassAttempt, TeacherClass } from '../model.js';

const Id = z.string().min(1).max(64);
/** Base64 text of a few bytes (salts and hashes). */
const Base64 = z
  .string()
  .max(200)
  .regex(/^[A-Za-z0-9+/]+={0,2}$/, 'base64 text');

export const CLASS_NAME_MAX = 60;

/** What the teacher calls a class: shown only in the teacher area; no line breaks or control characters. */
export const ClassName = z
  .string()
  .min(1)
  .max(CLASS_NAME_MAX)
  .refine((s) => s.trim() === s && !/[\p{C}]/u.test(s), 'a name without control characters or outer spaces');

export const ClassRecord = z.strictObject({
  code: ClassCode,
  name: ClassName,
  createdAt: TimeSchema,
  archived: z.boolean(),
}) satisfies z.ZodType<TeacherClass>;

export const ClassAttemptRecord = z
  .strictObject({
    id: Id,
    classCode: ClassCode,
    childKey: Id,
    nickname: Nickname,
    ageBand: z.enum(AGE_BANDS),
    scenarioId: ScenarioIdSchema,
    scenarioVersion: ScenarioVersionSchema,
    startedAt: TimeSchema,
    endedAt: TimeSchema,
    durationMs: TimeSchema,
    transcript: TranscriptRecord,
    source: z.enum(['file', 'qr', 'this-device']),
    importedAt: TimeSchema,
  })
  .refine(
    (a) => a.scenarioId === a.transcript.scenarioId,
    'scenarioId differs from the transcript',
  ) satisfies z.ZodType<ClassAttempt>;

/** The settings table holds a few records, each under its own key. */
export const PIN_KEY = 'pin';
export const LOCKOUT_KEY = 'lockout';

/** The teacher PIN as stored: never the PIN itself, only a slow salted hash of it (see src/teacher/pin/). */
export const PinRecord = z.strictObject({
  key: z.literal(PIN_KEY),
  /** Random, new for every PIN set: an unlocked session belongs to one PIN (see pin/session.ts). */
  id: Id,
  algorithm: z.literal('PBKDF2-SHA-256'),
  iterations: z.number().int().min(100_000).max(10_000_000),
  salt: Base64,
  hash: Base64,
  createdAt: TimeSchema,
});
export type PinRecordT = z.infer<typeof PinRecord>;

/** Wrong PIN guesses in a row, and until when the next guess must wait. */
export const LockoutRecord = z.strictObject({
  key: z.literal(LOCKOUT_KEY),
  failures: z.number().int().nonnegative().max(1_000_000),
  lockedUntil: TimeSchema,
});
export type LockoutRecordT = z.infer<typeof LockoutRecord>;
