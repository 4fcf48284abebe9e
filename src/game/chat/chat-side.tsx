/**
 * Beside the phone on a wide screen (a laptop, a projector): who the chat is
 * with, the warning signs the player has spotted so far, and a reminder of
 * what always helps. Phones do not show it (game.css); nothing here is needed
 * to play, so it holds no control and is skipped by the focus order.
 */
import type { App } from '../app';
import { Avatar } from '../ui/avatar-view';
import type { WarningSign } from '../../format/taxonomy';
import { signName } from './signs';
import type { ChatLook } from './session/story-data';

export interface ChatSideProps {
  app: App;
  look: ChatLook;
  /** The chat's name, already resolved (a contact's or a group's). */
  name: string;
  status: string;
  spotted: readonly WarningSign[];
  childWords: boolean;
}

export function ChatSide({ app, look, name, status, spotted, childWords }: ChatSideProps) {
  return (
    <aside class="chat-side" aria-label={app.t('chat.side.label')} data-testid="chat-side">
      <section class="side-card side-contact">
        <Avatar avatar={look.avatar} size={72} />
        <div>
          <p class="side-name">{name}</p>
          <p class="side-app">{app.t(`app.${look.app}`)}</p>
          {status && <p class="side-status">{status}</p>}
        </div>
      </section>
      <section class="side-card" data-testid="chat-side-spotted">
        <h2>{app.t('chat.side.spottedTitle')}</h2>
        {spotted.length === 0 ? (
          <p>{app.t('chat.side.spottedNone')}</p>
        ) : (
          <ul class="side-signs">
            {spotted.map((sign) => (
              <li key={sign}>
                <span aria-hidden="true">⚑</span> {signName(app, sign, childWords)}
              </li>
            ))}
          </ul>
        )}
      </section>
      <section class="side-card side-remember">
        <h2>{app.t('chat.side.rememberTitle')}</h2>
        <p>{app.t('chat.side.remember')}</p>
      </section>
    </aside>
  );
}
