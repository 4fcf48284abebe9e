/**
 * The words of a flag's feedback: the game's headline (naming the signs the
 * message really shows), the explanation of those signs when the player did
 * not name one of them, then the author's note on that message, if any.
 */
import type { FlagFeedback } from './session/flag-feedback';
import { signDescription, signName, type SignWords } from './signs';

export interface FeedbackWords {
  message: string;
  /** One paragraph each: sign explanations, then the author's note. */
  details: string[];
}

export function feedbackText(
  app: SignWords & { t(key: string, options?: Record<string, unknown>): string },
  st: (key: string) => string,
  feedback: FlagFeedback,
  childWords = false,
): FeedbackWords {
  const signs = feedback.signs.map((s) => signName(app, s, childWords)).join(', ');
  const explained = feedback.explain.map((s) =>
    app.t('flag.signExplained', { sign: signName(app, s, childWords), description: signDescription(app, s) }),
  );
  return {
    message: app.t(feedback.textKey, { signs }),
    details: [...explained, ...(feedback.authorLine ? [st(feedback.authorLine)] : [])],
  };
}
