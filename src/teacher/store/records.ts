/**
 * zod schemas of everything the teacher area keeps. Like the game's store
 * (src/store/records.ts), records are checked when written (a bug cannot
 * store garbage) and again when read (an old build in another tab, an
 * extension or a damaged disk can): a record that fails is skipped and
 * reported, never shown half-read.
 */
import { z } from 'zod';
import { AGE_BANDS } from '../../format/taxonomy.js';
import {
  NodeIdSchema,
  ScenarioIdSchema,
  ScenarioVersionSchema,
  TimeSchema,
} from '../../engine/transcript-schema.js';
import { ClassCode, Nickname, TranscriptRecord } from '../../store/records.js';
import type { ClassAttempt, ClassroomDecision, ClassroomPlay, TeacherClass } from '../model.js';

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

/** What a class picked at a choice: a choice's line id, or `protect:<action>`. */
const Picked = NodeIdSchema;
/** Hands raised: a class is rarely over 60, but a tally of the whole school year must not be refused. */
const Hands = z.number().int().nonnegative().max(10_000);
const MAX_DECISIONS = 1000;

export const ClassroomDecisionRecord = z.strictObject({
  node: NodeIdSchema,
  picked: Picked,
  hands: z.array(z.strictObject({ option: Picked, count: Hands })).max(50),
}) satisfies z.ZodType<ClassroomDecision>;

export const ClassroomPlayRecord = z.strictObject({
  decisions: z.array(ClassroomDecisionRecord).max(MAX_DECISIONS),
  tried: z.array(z.strictObject({ node: NodeIdSchema, picked: Picked })).max(MAX_DECISIONS),
}) satisfies z.ZodType<ClassroomPlay>;

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
    source: z.enum(['file', 'qr', 'this-device', 'classroom']),
    classroom: ClassroomPlayRecord.optional(),
    importedAt: TimeSchema,
  })
  .refine((a) => a.scenarioId === a.transcript.scenarioId, 'scenarioId differs from the transcript')
  .refine(
    (a) => (a.source === 'classroom') === (a.classroom !== undefined),
    'classroom data belongs to a class session, and a class session has it',
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
