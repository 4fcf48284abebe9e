/**
 * The shape of a saved EngineState, checked when a save is read back: saves
 * come from storage and may be old, truncated or tampered with. Parsing builds
 * fresh objects, so nothing in a save can reach Object.prototype.
 *
 * The transcript inside is the one contract in transcript-schema.ts; the
 * assertions at the end make the typecheck fail if this schema and the
 * EngineState type ever describe different things.
 */
import { z } from 'zod';
import { PROTECTIVE_ACTIONS } from '../format/taxonomy.js';
import { TranscriptSchema } from './transcript-schema.js';
import type { EngineState, HistoryItem } from './types.js';

const Value = z.union([z.number(), z.boolean(), z.string()]);

const MessageItem = z.object({
  type: z.literal('message'),
  id: z.string(),
  chat: z.string(),
  from: z.string(),
  delayMs: z.number(),
  image: z.string().optional(),
  values: z.record(z.string(), Value).optional(),
});
const ChoiceItem = z.object({
  type: z.literal('player-choice'),
  id: z.string(),
  chat: z.string(),
  says: z.boolean(),
});
const ProtectiveItem = z.object({
  type: z.literal('protective'),
  action: z.enum(PROTECTIVE_ACTIONS),
  chat: z.string(),
  target: z.string().optional(),
});
const SavedHistoryItem = z.discriminatedUnion('type', [MessageItem, ChoiceItem, ProtectiveItem]);

/** Kept under its old name: the saved transcript is the transcript contract itself. */
export const SavedTranscript = TranscriptSchema;

export const SavedState = z.object({
  stateVersion: z.number().int(),
  scenarioId: z.string(),
  scenarioVersion: z.number(),
  status: z.enum(['playing', 'ended']),
  node: z.string(),
  chat: z.string(),
  vars: z.record(z.string(), Value),
  usedChoices: z.array(z.string()),
  rng: z.number().int().min(0).max(4294967295),
  history: z.array(SavedHistoryItem),
  transcript: TranscriptSchema,
});

/** True only when A and B are the same type (not merely assignable either way). */
type Same<A, B> = (<T>() => T extends A ? 1 : 2) extends <T>() => T extends B ? 1 : 2 ? true : false;
const historyMatches: Same<z.infer<typeof SavedHistoryItem>, HistoryItem> = true;
const stateMatches: Same<z.infer<typeof SavedState>, EngineState> = true;
void historyMatches;
void stateMatches;
