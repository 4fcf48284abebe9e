/**
 * The engine's public data: what goes in (inputs), what comes out (events),
 * and what is saved (state, transcript). All of it is plain JSON so it can be
 * stored after every step and sent to the teacher area.
 */
import type { z } from 'zod';
import type { VariableValue } from '../format/expression-ast.js';
import type { EndingKind, ProtectiveAction, SafetyRating, WarningSign } from '../format/taxonomy.js';
import type {
  ChoiceRecordSchema,
  FlagRecordSchema,
  ProtectiveRecordSchema,
  TranscriptSchema,
} from './transcript-schema.js';

/** Bump when the shape of EngineState changes; see restore.ts for what is still readable. */
export const ENGINE_STATE_VERSION = 1;

export type { VariableValue };

/** Injected effects: the engine never reads the real clock or Math.random. */
export interface EngineEnvironment {
  /** Milliseconds since the epoch (or any monotonic origin). */
  now: () => number;
  /** A number in [0, 1); used only to seed the engine's own saved generator. */
  random: () => number;
}

/** What the player can do. */
export type PlayerInput =
  | { type: 'choose'; choice: string }
  | { type: 'flag'; message: string; sign?: WarningSign }
  | { type: 'protect'; action: ProtectiveAction };

/** A message to show, in order, after `delayMs` of the sender typing. */
export interface MessageEvent {
  type: 'message';
  /** Line id of the text; also the message id used for flagging. */
  id: string;
  /** Contact or group id of the conversation. */
  chat: string;
  /** Contact id, 'player' or 'narrator'. */
  from: string;
  /** Suggested typing time before the message appears, at normal speed. */
  delayMs: number;
  /** Line id of an illustrated image description, if any. */
  image?: string;
  /** Values for i18next interpolation (`count` for plurals). */
  values?: Record<string, VariableValue>;
}

export interface ChoiceOption {
  /** Line id of the choice text; also what `choose` takes. */
  id: string;
  /** False when its condition fails but the author asked to show it locked. */
  enabled: boolean;
}

export interface ChoicesEvent {
  type: 'choices';
  options: ChoiceOption[];
  /** Protective actions available here (hidden ones are left out). */
  protective: ProtectiveAction[];
}

/** The player's own choice, shown as their bubble (unless `says: false`). */
export interface PlayerChoiceEvent {
  type: 'player-choice';
  id: string;
  chat: string;
  says: boolean;
}

export interface FeedbackEvent {
  type: 'feedback';
  /** Line id of the feedback text. */
  id: string;
  rating: SafetyRating;
}

export interface FlagResultEvent {
  type: 'flag-result';
  message: string;
  /** True when the message shows a warning sign. */
  correct: boolean;
  /** The sign the player named, if any. */
  sign?: WarningSign;
  /** When a sign was named: whether it is one the message shows. */
  signMatched?: boolean;
  /** True when this message had already been flagged (nothing new is recorded). */
  repeated: boolean;
  /** The signs the message actually shows. */
  signs: WarningSign[];
  /** Line id of author-written feedback for this message, if any. */
  feedback?: string;
}

/**
 * A protective action taken (its button, or a story choice that `counts:` as
 * one). Kept in the history, so a resumed game redraws the note and the chat
 * state that follows it (a blocked contact stays blocked).
 */
export interface ProtectiveEvent {
  type: 'protective';
  action: ProtectiveAction;
  /** The conversation open when it was taken. */
  chat: string;
  /**
   * For block and report: the contact it is about (the outcome's `target:`,
   * else the stranger in the open chat). Absent when there is none.
   */
  target?: string;
}

export interface EndingEvent {
  type: 'ending';
  node: string;
  kind: EndingKind;
  title: string;
  debrief: string[];
  lessons: string[];
}

export type EngineEvent =
  | MessageEvent
  | ChoicesEvent
  | PlayerChoiceEvent
  | FeedbackEvent
  | FlagResultEvent
  | ProtectiveEvent
  | EndingEvent;

/**
 * The transcript and its records are inferred from the one schema in
 * transcript-schema.ts (which the store's result record is built from), so
 * their shape is written only there.
 */
/** One choice made, as the teacher summaries see it. */
export type ChoiceRecord = z.infer<typeof ChoiceRecordSchema>;
export type FlagRecord = z.infer<typeof FlagRecordSchema>;
export type ProtectiveRecord = z.infer<typeof ProtectiveRecordSchema>;
/** Everything the progress store saves and the teacher summaries aggregate. */
export type Transcript = z.infer<typeof TranscriptSchema>;

/** A line of the visible conversation, kept so a resumed game can redraw it. */
export type HistoryItem = MessageEvent | PlayerChoiceEvent | ProtectiveEvent;

export interface EngineState {
  stateVersion: number;
  scenarioId: string;
  scenarioVersion: number;
  status: 'playing' | 'ended';
  node: string;
  chat: string;
  vars: Record<string, VariableValue>;
  /** Ids of once-only choices already taken. */
  usedChoices: string[];
  /** Seed of the engine's own random generator (mulberry32), advanced each use. */
  rng: number;
  history: HistoryItem[];
  transcript: Transcript;
}

/** The result of every engine call: the new state and what to show. */
export interface Step {
  state: EngineState;
  events: EngineEvent[];
}

/**
 * Why an input (or the start) was refused; the given state is unchanged.
 * - `ended`: the story is over (flags are still taken after the ending).
 * - `unknown-node`: the state's node is not in this story (a state from another story or version).
 * - `unknown-input`: the input is not a choose, flag or protect.
 * - `unknown-choice`: no such choice at this node.
 * - `choice-used`: a once-only choice already taken.
 * - `choice-locked`: its condition does not hold yet.
 * - `unknown-message`: a flag for a message the player has not been shown (or their own).
 * - `action-hidden`: that protective action is not open at this node.
 * - `auto-step-limit`: following `next:` links passed MAX_AUTO_STEPS nodes without a choice.
 */
export type EngineInputErrorCode =
  | 'ended'
  | 'unknown-node'
  | 'unknown-input'
  | 'unknown-choice'
  | 'choice-used'
  | 'choice-locked'
  | 'unknown-message'
  | 'action-hidden'
  | 'auto-step-limit';

export class EngineInputError extends Error {
  constructor(
    readonly code: EngineInputErrorCode,
    message: string,
  ) {
    super(message);
    this.name = 'EngineInputError';
  }
}

export type RestoreResult =
  | { ok: true; step: Step }
  | {
      ok: false;
      /** Why the saved game could not continue; the game shows this to the player. */
      reason: 'malformed' | 'other-scenario' | 'state-version' | 'node-missing';
      detail: string;
      /** A fresh start of the same scenario. */
      step: Step;
    };
