/**
 * zod schemas for every stored record. Records are validated when written
 * (a bug in the game cannot store garbage) and again when read (another tab
 * running an old build, a browser extension or a damaged disk can). Parsing
 * returns fresh objects and drops unknown keys, so nothing foreign travels on.
 */
import { z } from 'zod';
import { AGE_BANDS, AVATARS } from '../format/taxonomy.js';
import {
  ScenarioIdSchema,
  ScenarioVersionSchema,
  TimeSchema,
  TranscriptSchema,
} from '../engine/transcript-schema.js';
import type { Transcript } from '../engine/types.js';
import type { Attempt, DeviceData, Profile, Settings, StoredPack } from './types.js';
import { MESSAGE_SPEEDS } from './types.js';
import { CLASS_CODE_PATTERN, nicknameProblem } from './nickname.js';
import { recoverSignMatched } from './sign-matched-upgrade.js';
import { MAX_PACK_CHARS } from '../format/pack/limits.js';
import { RECORD_ID_PATTERN } from './ids.js';

/** Every id the store keeps has one shape (ids.ts, RECORD_ID_PATTERN). */
export const RecordId = z
  .string()
  .regex(RECORD_ID_PATTERN, 'an id: 1–64 letters, digits, dashes or underscores');
const Id = RecordId;
const Time = TimeSchema;

export const LanguageCode = z
  .string()
  .regex(/^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$/, 'a language code such as "es" or "pt-BR"');

/**
 * A stored result's transcript: the engine's transcript contract itself,
 * read through the upgrade for results that lost `signMatched`.
 */
export const TranscriptRecord = TranscriptSchema.transform(
  recoverSignMatched,
) satisfies z.ZodType<Transcript>;

export const Nickname = z.string().superRefine((value, ctx) => {
  const problem = nicknameProblem(value);
  if (problem) ctx.addIssue({ code: 'custom', message: problem });
});

export const ClassCode = z.string().regex(CLASS_CODE_PATTERN, 'a class code: 1–16 letters, digits or dashes');

/** Strict: a profile with any extra field (a real name, a school…) is refused. */
export const ProfileRecord = z.strictObject({
  id: Id,
  nickname: Nickname,
  avatar: z.enum(AVATARS),
  ageBand: z.enum(AGE_BANDS),
  classCode: ClassCode.optional(),
  createdAt: Time,
}) satisfies z.ZodType<Profile>;

export const AttemptRecord = z
  .object({
    id: Id,
    profileId: Id,
    scenarioId: ScenarioIdSchema,
    scenarioVersion: ScenarioVersionSchema,
    startedAt: Time,
    endedAt: Time,
    durationMs: Time,
    transcript: TranscriptRecord,
  })
  .refine(
    (a) => a.scenarioId === a.transcript.scenarioId,
    'scenarioId differs from the transcript',
  ) satisfies z.ZodType<Attempt>;

export const SettingsValues = z.object({
  textScale: z.number().min(1).max(2),
  dyslexiaFont: z.boolean(),
  highContrast: z.boolean(),
  reducedMotion: z.boolean(),
  readAloud: z.boolean(),
  autoReadAloud: z.boolean(),
  sound: z.boolean(),
  volume: z.number().min(0).max(1),
  messageSpeed: z.enum(MESSAGE_SPEEDS),
  language: LanguageCode.nullable(),
}) satisfies z.ZodType<Settings>;

export const SettingsRecord = SettingsValues.extend({ profileId: Id });
export type SettingsRecordT = z.infer<typeof SettingsRecord>;

/**
 * A saved engine state. The store checks the envelope and that the state is a
 * JSON object; whether the state itself can continue is the engine's call
 * (`engine.restore`), which knows every state version.
 */
export const StateRecord = z.object({
  profileId: Id,
  scenarioId: Id,
  savedAt: Time,
  state: z.record(z.string(), z.unknown()),
});
export type StateRecordT = z.infer<typeof StateRecord>;

export const DeviceValues = z.object({
  lastProfileId: Id.nullable(),
  language: LanguageCode.nullable(),
}) satisfies z.ZodType<DeviceData>;

/** The device table holds one record under this key. */
export const DEVICE_KEY = 'device';
export const DeviceRecord = DeviceValues.extend({ key: z.literal(DEVICE_KEY) });
export type DeviceRecordT = z.infer<typeof DeviceRecord>;

/**
 * A story pack an adult added on this device, kept as the file's text: it is
 * read again with `readPack` (as untrusted) every time the game starts, so a
 * record damaged on disk is refused like a damaged file, never played.
 */
export const PackRecord = z.strictObject({
  id: z
    .string()
    .regex(/^[a-z0-9][a-z0-9-]*$/)
    .max(60),
  addedAt: Time,
  text: z.string().max(MAX_PACK_CHARS),
}) satisfies z.ZodType<StoredPack>;

/** The first issue of a failed parse, as one readable line. */
export function describeIssue(error: z.ZodError): string {
  const issue = error.issues[0];
  if (!issue) return 'invalid';
  const where = issue.path.length > 0 ? issue.path.join('.') : 'record';
  return `${where}: ${issue.message}`;
}
