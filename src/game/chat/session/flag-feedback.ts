/**
 * What the game says when the player flags a message. Returns translation
 * keys and sign codes, never text. The outcomes (the same words are used in
 * docs/warning-signs.md and docs/progress-data.md):
 * - `matched`: the message shows a warning sign and the player named it;
 * - `other-sign`: it shows a warning sign, but not the one the player named —
 *   still a real catch, and the game says which sign is there;
 * - `unsure`: it shows a warning sign and the player said "I'm not sure, it
 *   just feels wrong" — a real catch too;
 * - `false-flag`: it shows no warning sign ("this one looks normal");
 * - `repeated`: it was flagged before; nothing new is recorded.
 */
import type { FlagResultEvent } from '../../../engine/types';
import type { WarningSign } from '../../../format/taxonomy';

export type FlagOutcome = 'matched' | 'other-sign' | 'unsure' | 'false-flag' | 'repeated';

/** The headline for each outcome (ui namespace); `{{signs}}` takes the names of the signs really there. */
export const FLAG_OUTCOME_KEY: Record<FlagOutcome, string> = {
  matched: 'flag.matched',
  'other-sign': 'flag.otherSign',
  unsure: 'flag.unsureResult',
  'false-flag': 'flag.noSign',
  repeated: 'flag.repeated',
};

export interface FlagFeedback {
  /** The flagged message's id. */
  message: string;
  outcome: FlagOutcome;
  /** The key of the headline to show (see FLAG_OUTCOME_KEY). */
  textKey: string;
  /** The signs the message really shows, for `{{signs}}`. */
  signs: WarningSign[];
  /** The sign the player named, if they named one. */
  picked?: WarningSign;
  /**
   * Signs whose explanation (signs.json) follows the headline: the ones really
   * there, when the player named none of them. Empty otherwise, since the
   * author's note or the headline already says it.
   */
  explain: WarningSign[];
  /** Line id of the author's note on this message, shown after the explanation. */
  authorLine?: string;
  /** The message shows a warning sign (also when it was flagged before): it stays marked. */
  correct: boolean;
  /** A new flag on a real warning sign: worth a small celebration. */
  celebrate: boolean;
}

export function flagOutcome(result: FlagResultEvent): FlagOutcome {
  if (result.repeated) return 'repeated';
  if (!result.correct) return 'false-flag';
  if (result.sign === undefined) return 'unsure';
  return result.signMatched === false ? 'other-sign' : 'matched';
}

export function flagFeedback(result: FlagResultEvent): FlagFeedback {
  const outcome = flagOutcome(result);
  const explain =
    outcome === 'other-sign' || outcome === 'unsure' || (outcome === 'matched' && !result.feedback)
      ? [...result.signs]
      : [];
  // The author's note belongs to the first answer; a repeat only says it was flagged.
  const authorLine = outcome === 'repeated' ? undefined : result.feedback;
  return {
    message: result.message,
    outcome,
    textKey: FLAG_OUTCOME_KEY[outcome],
    signs: result.signs,
    ...(result.sign !== undefined ? { picked: result.sign } : {}),
    explain,
    ...(authorLine ? { authorLine } : {}),
    correct: result.correct,
    celebrate: result.correct && !result.repeated,
  };
}
