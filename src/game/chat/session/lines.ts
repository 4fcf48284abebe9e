/**
 * The lines of a conversation as the session hands them to a view: ids and
 * keys only, never text, so any view (the chat, classroom mode, the
 * studio's play-test) translates them its own way.
 */
import type { EndingEvent, RestoreResult, VariableValue } from '../../../engine/types';
import type { ProtectiveAction, SafetyRating } from '../../../format/taxonomy';

interface LineBase {
  /** Position in the conversation: a stable key for list rendering. */
  key: number;
}

/** A chat bubble: `id` is its line id and the message id flags name. */
interface Bubble extends LineBase {
  id: string;
  /** The fictional time shown on it (see clock.ts). */
  time: string;
  values?: Record<string, VariableValue>;
  /** Line id of an illustrated image description. */
  image?: string;
}

export interface ContactLine extends Bubble {
  kind: 'contact';
  /** The conversation it belongs to (group chats show the sender). */
  chat: string;
  /** The contact who wrote it. */
  from: string;
}

export interface PlayerLine extends Bubble {
  kind: 'player';
  /** The conversation it was said in, so it keeps that app's look. */
  chat: string;
}

/** The narrator setting the scene. */
export interface NarratorLine extends LineBase {
  kind: 'narrator';
  id: string;
  values?: Record<string, VariableValue>;
}

/** Something the player did rather than said (a choice with `says: false`). */
export interface ActionLine extends LineBase {
  kind: 'action';
  id: string;
}

/** The story's comment on a choice. */
export interface FeedbackLine extends LineBase {
  kind: 'feedback';
  id: string;
  rating: SafetyRating;
}

/** A protective action taken, in the conversation it was taken in. */
export interface ProtectiveLine extends LineBase {
  kind: 'protective';
  action: ProtectiveAction;
  chat: string;
  /** For block and report: the contact it was about. */
  target?: string;
}

/** The story moved to another conversation. */
export interface SwitchLine extends LineBase {
  kind: 'switch';
  chat: string;
}

/** A saved game could not continue and the story started again. */
export interface RestoreLine extends LineBase {
  kind: 'restore';
  reason: Extract<RestoreResult, { ok: false }>['reason'];
}

export interface EndingLine extends LineBase {
  kind: 'ending';
  ending: EndingEvent;
}

export type ChatLine =
  | ContactLine
  | PlayerLine
  | NarratorLine
  | ActionLine
  | FeedbackLine
  | ProtectiveLine
  | SwitchLine
  | RestoreLine
  | EndingLine;

/** A line without its key, as the session builds it before appending. */
export type NewLine = ChatLine extends infer L ? (L extends ChatLine ? Omit<L, 'key'> : never) : never;
