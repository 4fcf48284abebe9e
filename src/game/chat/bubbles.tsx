/**
 * The pieces of the transcript: contact and player bubbles, illustrated image
 * cards, system notes (narrator, protective actions, feedback), the ending
 * card, and the per-message flag and read-aloud buttons. They take text
 * already translated; Preact sets it as text, never as markup.
 */
import { createElement } from 'preact';
import { useId } from 'preact/hooks';
import { Avatar } from '../ui/avatar-view';
import { pictureShapes } from '../ui/pictures';

export interface BubbleText {
  text: string;
  time: string;
  sender: string;
  /** Show the sender's name visibly (group chats); otherwise it is for screen readers only. */
  showSender: boolean;
  avatar?: string | undefined;
  /** The image's description: the picture's accessible name and its caption. */
  image?: string | undefined;
  /** Which drawing to show for the image (ui/pictures.ts); a plain frame without. */
  picture?: string | undefined;
  /** The app of the conversation it was written in: it keeps that look in any later chat. */
  app?: string | undefined;
}

/** The classes of a bubble's row: its side, its own app's look, and the flag mark. */
function rowClass(side: 'contact' | 'player', b: BubbleText, flagged = false): string {
  return ['msg', `msg-${side}`, b.app ? `look-${b.app}` : '', flagged ? 'flagged' : '']
    .filter(Boolean)
    .join(' ');
}

export interface BubbleActions {
  flagLabel: string;
  /** Marked once the player has flagged this message. */
  flagged: boolean;
  onFlag: () => void;
  readLabel?: string | undefined;
  onRead?: (() => void) | undefined;
}

export function ContactBubble({ id, b, actions }: { id: string; b: BubbleText; actions: BubbleActions }) {
  const textId = `msg-${useId()}`;
  return (
    <li
      class={rowClass('contact', b, actions.flagged)}
      data-testid="message"
      data-message={id}
      data-app={b.app}
    >
      {b.avatar && <Avatar avatar={b.avatar} size={36} />}
      <div class="bubble" id={textId}>
        <span class={b.showSender ? 'sender' : 'visually-hidden'}>{`${b.sender}: `}</span>
        {b.image && <ImageCard picture={b.picture} description={b.image} />}
        <span class="text">{b.text}</span>
        <time class="time">{b.time}</time>
      </div>
      <div class="msg-actions">
        <button
          type="button"
          class="icon-btn flag-btn"
          aria-label={actions.flagLabel}
          aria-describedby={textId}
          title={actions.flagLabel}
          data-testid="flag"
          onClick={actions.onFlag}
        >
          <FlagIcon />
        </button>
        {actions.onRead && actions.readLabel && (
          <button
            type="button"
            class="icon-btn read-btn"
            aria-label={actions.readLabel}
            aria-describedby={textId}
            title={actions.readLabel}
            onClick={actions.onRead}
          >
            <SpeakerIcon />
          </button>
        )}
      </div>
    </li>
  );
}

export function PlayerBubble({ id, b }: { id: string; b: BubbleText }) {
  return (
    <li class={rowClass('player', b)} data-testid="message" data-message={id} data-app={b.app}>
      <div class="bubble">
        <span class="visually-hidden">{`${b.sender}: `}</span>
        {b.image && <ImageCard picture={b.picture} description={b.image} />}
        <span class="text">{b.text}</span>
        <time class="time">{b.time}</time>
      </div>
    </li>
  );
}

/** `line`: the scenario line id the note shows, when it is one (the studio links it to its table). */
export function NoteItem({ text, kind, line }: { text: string; kind: string; line?: string }) {
  return (
    <li class={`msg msg-note note-${kind}`} data-testid="note" data-line={line}>
      <p>{text}</p>
    </li>
  );
}

export function EndingCard({
  node,
  kicker,
  title,
  line,
}: {
  node: string;
  kicker: string;
  title: string;
  line?: string;
}) {
  return (
    <li class="msg msg-note ending-card" data-testid="ending-card" data-ending={node} data-line={line}>
      <p class="ending-kicker">{kicker}</p>
      <p class="ending-title">{title}</p>
    </li>
  );
}

/**
 * A picture in the chat, drawn in code (never a photo). The drawing is the
 * image for assistive technology, named by the description; the caption
 * shows the same description to everyone else, so it is hidden from screen
 * readers to be heard once.
 */
function ImageCard({ picture, description }: { picture: string | undefined; description: string }) {
  return (
    <figure class="image-card" data-picture={picture ?? 'plain'}>
      <svg viewBox="0 0 48 36" role="img" aria-label={description} class="image-art" focusable="false">
        {pictureShapes(picture).map(([tag, attrs], i) => createElement(tag, { key: i, ...attrs }))}
      </svg>
      <figcaption aria-hidden="true">{description}</figcaption>
    </figure>
  );
}

function Icon({ paths }: { paths: string[] }) {
  return (
    <svg viewBox="0 0 24 24" aria-hidden="true" focusable="false">
      {paths.map((d) => (
        <path key={d} d={d} />
      ))}
    </svg>
  );
}

export const FlagIcon = () => <Icon paths={['M5 3 V21 H7 V14 H17 L15 9 L17 4 H7 V3 Z']} />;
export const SpeakerIcon = () => (
  <Icon paths={['M4 9 H8 L13 5 V19 L8 15 H4 Z', 'M16 8 Q19 12 16 16 L17.5 17 Q21.5 12 17.5 7 Z']} />
);
