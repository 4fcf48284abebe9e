/**
 * The transcript contract, written once. The engine's `Transcript` type is
 * inferred from this schema (types.ts), the engine checks saved games with
 * it (state-schema.ts), and the progress store builds its result record
 * from it (src/store/records.ts), so a field the engine records cannot be
 * dropped on the way into the store, nor a field the store keeps be missing
 * from the engine.
 *
 * The limits (id lengths, times not negative) are what the scenario format
 * and the engine can produce; anything beyond them came from a damaged or
 * tampered save, which the engine and the store refuse alike.
 */
import { z } from 'zod';
import { ENDING_KINDS, PROTECTIVE_ACTIONS, SAFETY_RATINGS, WARNING_SIGNS } from '../format/taxonomy.js';

/** A scenario id (the format allows 60 characters; the store has always allowed 64). */
export const ScenarioIdSchema = z.string().min(1).max(64);
/** A node or line id (the format allows 120 characters). */
export const NodeIdSchema = z.string().min(1).max(200);
/** A time from the engine's clock: milliseconds, never negative. */
export const TimeSchema = z.number().finite().nonnegative();
export const ScenarioVersionSchema = z.number().int().nonnegative();
export const SignSchema = z.enum(WARNING_SIGNS);

export const ChoiceRecordSchema = z.object({
  node: NodeIdSchema,
  choice: NodeIdSchema,
  rating: z.enum(SAFETY_RATINGS),
  at: TimeSchema,
});

export const FlagRecordSchema = z.object({
  message: NodeIdSchema,
  /** The sign the player named, if they named one. */
  sign: SignSchema.optional(),
  correct: z.boolean(),
  /**
   * Whether the named sign is one the message shows. Absent when no sign was
   * named. `null`: a sign was named but whether it matched is not known (a
   * result stored before the store kept this field, whose record does not
   * tell; see docs/progress-data.md). The engine never writes null.
   */
  signMatched: z.boolean().nullable().optional(),
  at: TimeSchema,
});

export const ProtectiveRecordSchema = z.object({
  node: NodeIdSchema,
  action: z.enum(PROTECTIVE_ACTIONS),
  at: TimeSchema,
  /**
   * The story choice that counted as this action (`counts:` in the format);
   * absent when the player pressed the action's button.
   */
  choice: NodeIdSchema.optional(),
});

export const SignedMessageSchema = z.object({ message: NodeIdSchema, signs: z.array(SignSchema) });

/** Everything the progress store saves and the teacher summaries aggregate. */
export const TranscriptSchema = z.object({
  scenarioId: ScenarioIdSchema,
  scenarioVersion: ScenarioVersionSchema,
  startedAt: TimeSchema,
  endedAt: TimeSchema.nullable(),
  /** Node ids in the order they were entered. */
  path: z.array(NodeIdSchema),
  choices: z.array(ChoiceRecordSchema),
  /** Every flag the player raised, correct or not. */
  flags: z.array(FlagRecordSchema),
  /** Warning signs on messages the player correctly flagged. */
  signsSpotted: z.array(SignedMessageSchema),
  /** Warning signs on messages shown but never flagged (filled in at the end). */
  signsMissed: z.array(SignedMessageSchema),
  /** Messages flagged that show no warning sign. */
  falseFlags: z.array(NodeIdSchema),
  protectiveActions: z.array(ProtectiveRecordSchema),
  ending: z.object({ node: NodeIdSchema, kind: z.enum(ENDING_KINDS) }).nullable(),
  /** endedAt - startedAt, or null while playing. */
  durationMs: TimeSchema.nullable(),
});
