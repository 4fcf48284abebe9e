/**
 * What the chat does outside its own view while a story plays: sounds,
 * reading messages aloud, announcing flag feedback, the backdrop's
 * celebration, and handing the finished story to the debrief. Attached
 * before the session begins, so the very first message is heard too.
 */
import type { App } from '../app';
import { feedbackText } from './feedback-text';
import type { ChatSession } from './session/chat-session';
import { childWords } from './signs';

export function attachChatEffects(app: App, session: ChatSession): void {
  const st = (key: string, values?: Record<string, unknown>) => app.st(session.scenarioId, key, values);
  const sound = app.services.sound;
  session.subscribe((state) => {
    // The debrief reads the result from the app, also for a finished story reopened from a save.
    if (state.ending && app.result?.transcript !== state.ending.transcript) {
      app.result = {
        scenarioId: session.scenarioId,
        transcript: state.ending.transcript,
        ending: state.ending.event,
      };
    }
  });
  session.onCue((cue) => {
    switch (cue.type) {
      case 'line': {
        const line = cue.line;
        if (line.kind === 'player') sound.play('message-sent');
        else if (line.kind === 'protective' && line.action === 'block') sound.play('block');
        else if (line.kind === 'contact') {
          sound.play('message-received');
          if (app.settings.readAloud && app.settings.autoReadAloud && sound.speechAvailable) {
            // A picture's description is read too, before the words, as it is seen first.
            const words = st(line.id, line.values);
            sound.speak(line.image ? `${st(line.image)} ${words}` : words, app.services.i18n.language());
          }
        }
        break;
      }
      case 'flag': {
        const { message, details } = feedbackText(
          app,
          st,
          cue.feedback,
          childWords(app, session.story.ageBands),
        );
        app.announce([message, ...details].join(' '));
        sound.play('flag');
        if (cue.feedback.celebrate) app.backdrop?.celebrate();
        break;
      }
      case 'ended':
        sound.play('debrief');
        break;
    }
  });
}
