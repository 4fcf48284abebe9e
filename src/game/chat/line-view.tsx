/**
 * One line of the session's conversation, translated and drawn: a bubble,
 * a note or the ending card.
 */
import { PLAYER, type AgeBand } from '../../format/taxonomy';
import { pictureOf } from '../ui/pictures';
import { EndingCard, NoteItem, ContactBubble, PlayerBubble } from './bubbles';
import type { ChatLine, ProtectiveLine } from './session/lines';
import { chatLook, contactOf, type StoryData } from './session/story-data';

/**
 * What lines need of the app: its words and, for the flag button's wording,
 * the player's age band. The game's App and classroom mode's teacher app
 * both fit.
 */
export interface LineApp {
  t(key: string, options?: Record<string, unknown>): string;
  readonly profile?: { ageBand: AgeBand } | null | undefined;
}

/** What every line needs: the app (for text), the story, and the flag and read-aloud handlers. */
export interface LineContext {
  app: LineApp;
  story: StoryData;
  /** Scenario text: `app.st` for this story. */
  st: (key: string, values?: Record<string, unknown>) => string;
  flagged: ReadonlySet<string>;
  onFlag: (messageId: string, text: string) => void;
  /** Present when read-aloud is on and the browser can speak. */
  onRead?: ((text: string) => void) | undefined;
}

/** The name shown for a chat: its name line, or its id when the story does not list it. */
export function chatName(ctx: Pick<LineContext, 'story' | 'st'>, chatId: string): string {
  const look = chatLook(ctx.story, chatId);
  return look.nameLine ? ctx.st(look.nameLine) : chatId;
}

function senderName(ctx: LineContext, from: string): string {
  if (from === PLAYER) return ctx.app.t('chat.you');
  const contact = contactOf(ctx.story, from);
  return contact ? ctx.st(contact.nameLine) : from;
}

/**
 * The note for a protective action. It names whom a block or report was about
 * (not whoever's chat is open), and in a friend-helper story it says what
 * happened rather than "you blocked", since the player helped a friend do it.
 */
export function protectiveText(ctx: Pick<LineContext, 'app' | 'story' | 'st'>, line: ProtectiveLine): string {
  const name = chatName(ctx, line.target ?? line.chat);
  const helper = ctx.story.player.role === 'friend-helper' && line.target !== undefined;
  return ctx.app.t(`protective.${helper ? 'helped' : 'done'}.${line.action}`, { name });
}

export function LineView({ ctx, line }: { ctx: LineContext; line: ChatLine }) {
  const { app, st } = ctx;
  switch (line.kind) {
    case 'contact': {
      const text = st(line.id, line.values);
      const image = line.image ? st(line.image) : undefined;
      const look = chatLook(ctx.story, line.chat);
      const group = look.group;
      const young = app.profile?.ageBand === '7-11';
      const onRead = ctx.onRead;
      return (
        <ContactBubble
          id={line.id}
          b={{
            text,
            time: line.time,
            sender: senderName(ctx, line.from),
            showSender: group,
            avatar: group ? contactOf(ctx.story, line.from)?.avatar : undefined,
            image,
            picture: line.image ? pictureOf(ctx.story, line.id, line.image) : undefined,
            app: look.app,
          }}
          actions={{
            flagLabel: app.t(young ? 'flag.buttonYoung' : 'flag.button'),
            flagged: ctx.flagged.has(line.id),
            onFlag: () => ctx.onFlag(line.id, text),
            // Read aloud with the picture's description first, as it is seen first.
            ...(onRead
              ? {
                  readLabel: app.t('chat.readAloud'),
                  onRead: () => onRead(image ? `${image} ${text}` : text),
                }
              : {}),
          }}
        />
      );
    }
    case 'player':
      return (
        <PlayerBubble
          id={line.id}
          b={{
            text: st(line.id, line.values),
            time: line.time,
            sender: app.t('chat.you'),
            showSender: false,
            image: line.image ? st(line.image) : undefined,
            picture: line.image ? pictureOf(ctx.story, line.id, line.image) : undefined,
            app: chatLook(ctx.story, line.chat).app,
          }}
        />
      );
    case 'narrator':
      return <NoteItem kind="narrator" text={st(line.id, line.values)} line={line.id} />;
    case 'action':
      return <NoteItem kind="action" text={st(line.id)} line={line.id} />;
    case 'feedback':
      return <NoteItem kind={`feedback-${line.rating}`} text={st(line.id)} line={line.id} />;
    case 'protective':
      return <NoteItem kind="protective" text={protectiveText(ctx, line)} />;
    case 'switch':
      return <NoteItem kind="switch" text={app.t('chat.nowWith', { name: chatName(ctx, line.chat) })} />;
    case 'restore':
      return <NoteItem kind="restore" text={app.t(`restore.${line.reason}`)} />;
    case 'ending':
      return (
        <EndingCard
          node={line.ending.node}
          kicker={app.t('chat.endReached')}
          title={st(line.ending.title)}
          line={line.ending.title}
        />
      );
  }
}
