/**
 * The answer to a flag, shown between the conversation and the choices until
 * the player presses OK. Green when the message really shows a warning sign,
 * a calm blue when it looks normal.
 */
import type { App } from '../app';
import { feedbackText } from './feedback-text';
import type { FlagFeedback } from './session/flag-feedback';

export function FeedbackPanel({
  app,
  st,
  feedback,
  childWords,
  onClose,
}: {
  app: App;
  st: (key: string) => string;
  feedback: FlagFeedback | null;
  childWords: boolean;
  onClose: (feedback: FlagFeedback) => void;
}) {
  if (!feedback) return <div class="flag-feedback" data-testid="flag-feedback" hidden />;
  const { message, details } = feedbackText(app, st, feedback, childWords);
  return (
    <div
      class={`flag-feedback ${feedback.correct ? 'is-correct' : 'is-neutral'}`}
      data-testid="flag-feedback"
      data-outcome={feedback.outcome}
    >
      <div class="flag-feedback-text">
        <p class="flag-feedback-headline">{message}</p>
        {details.map((text, i) => (
          <p key={i}>{text}</p>
        ))}
      </div>
      <button type="button" class="btn btn-secondary" data-testid="flag-ok" onClick={() => onClose(feedback)}>
        {app.t('flag.ok')}
      </button>
    </div>
  );
}
