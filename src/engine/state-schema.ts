/**
 * The shape of a saved EngineState, checked when a save is read back: saves
 * come from storage and may be old, truncated or tampered with. Parsing builds
 * fresh objects, so nothing in a save can reach Object.prototype.
 */
import { z } from 'zod';
import { ENDING_KINDS, PROTECTIVE_ACTIONS, SAFETY_RATINGS, WARNING_SIGNS } from '../format/taxonomy.js';

const Value = z.union([z.number(), z.boolean(), z.string()]);
const Sign = z.enum(WARNING_SIGNS);
const SignedMessage = z.object({ message: z.string(), signs: z.array(Sign) });

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

export const SavedTranscript = z.object({
  scenarioId: z.string(),
  scenarioVersion: z.number(),
  startedAt: z.number(),
  endedAt: z.number().nullable(),
  path: z.array(z.string()),
  choices: z.array(
    z.object({ node: z.string(), choice: z.string(), rating: z.enum(SAFETY_RATINGS), at: z.number() }),
  ),
  flags: z.array(
    z.object({
      message: z.string(),
      sign: Sign.optional(),
      correct: z.boolean(),
      signMatched: z.boolean().optional(),
      at: z.number(),
    }),
  ),
  signsSpotted: z.array(SignedMessage),
  signsMissed: z.array(SignedMessage),
  falseFlags: z.array(z.string()),
  protectiveActions: z.array(
    z.object({ node: z.string(), action: z.enum(PROTECTIVE_ACTIONS), at: z.number() }),
  ),
  ending: z.object({ node: z.string(), kind: z.enum(ENDING_KINDS) }).nullable(),
  durationMs: z.number().nullable(),
});

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
  history: z.array(z.discriminatedUnion('type', [MessageItem, ChoiceItem])),
  transcript: SavedTranscript,
});
