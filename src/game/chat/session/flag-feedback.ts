/**
 * What the game says when the player flags a message. Four outcomes:
 * a warning sign spotted (and, when named, the right one), a real warning
 * sign but another one than the player picked, a message that shows none,
 * and a message flagged before. Returns translation keys, never text.
 */
import type { FlagResultEvent } from '../../../engine/types';
import type { WarningSign } from '../../../format/taxonomy';

export type FlagOutcome = 'correct' | 'other-sign' | 'false-flag' | 'repeated';

/** The sentence for each outcome (ui namespace); `{{signs}}` takes the sign names. */
export const FLAG_OUTCOME_KEY: Record<FlagOutcome, string> = {
  correct: 'flag.correct',
  'other-sign': 'flag.otherSign',
  'false-flag': 'flag.noSign',
  repeated: 'flag.repeated',
};

export interface FlagFeedback {
  /** The flagged message's id. */
  message: string;
  outcome: FlagOutcome;
  /** The key of the sentence to show (see FLAG_OUTCOME_KEY). */
  textKey: string;
  /** The signs the message really shows, for `{{signs}}`. */
  signs: WarningSign[];
  /** Line id of the author's note on this message, shown after the sentence. */
  authorLine?: string;
  /** The message shows a warning sign (also when it was flagged before). */
  correct: boolean;
  /** A new correct flag: worth a small celebration. */
  celebrate: boolean;
}

export function flagOutcome(result: FlagResultEvent): FlagOutcome {
  if (result.repeated) return 'repeated';
  if (!result.correct) return 'false-flag';
  if (result.sign && result.signMatched === false) return 'other-sign';
  return 'correct';
}

export function flagFeedback(result: FlagResultEvent): FlagFeedback {
  const outcome = flagOutcome(result);
  return {
    message: result.message,
    outcome,
    textKey: FLAG_OUTCOME_KEY[outcome],
    signs: result.signs,
    ...(result.feedback ? { authorLine: result.feedback } : {}),
    correct: result.correct,
    celebrate: result.correct && !result.repeated,
  };
}

/** The youngest band flags without naming a sign ("this feels wrong"). */
export function asksWhichSign(ageBand: string | undefined): boolean {
  return ageBand !== '7-11';
}
