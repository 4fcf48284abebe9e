/** The words of a flag's feedback: the game's sentence, then the author's note on that message, if any. */
import type { App } from '../app';
import type { FlagFeedback } from './session/flag-feedback';
import { signName } from './signs';

export function feedbackText(
  app: App,
  st: (key: string) => string,
  feedback: FlagFeedback,
): { message: string; extra: string } {
  const signs = feedback.signs.map((s) => signName(app, s)).join(', ');
  return {
    message: app.t(feedback.textKey, { signs }),
    extra: feedback.authorLine ? st(feedback.authorLine) : '',
  };
}
