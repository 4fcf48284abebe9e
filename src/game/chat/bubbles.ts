/**
 * The pieces of the transcript: contact and player bubbles, illustrated image
 * cards, system notes (narrator, protective actions, feedback), and the
 * per-message flag and read-aloud buttons. All text via textContent.
 */
import { h, nextId } from '../ui/dom';
import { avatarSvg } from '../ui/avatar';

export interface BubbleText {
  text: string;
  time: string;
  sender: string;
  /** Show the sender's name visibly (group chats); otherwise it is for screen readers only. */
  showSender: boolean;
  avatar?: string;
  image?: string;
  imageLabel?: string;
}

export function contactBubble(
  messageId: string,
  b: BubbleText,
  actions: { flagLabel: string; onFlag: () => void; readLabel?: string; onRead?: () => void },
): HTMLLIElement {
  const textId = nextId('msg');
  const bubble = h('div', { class: 'bubble', attrs: { id: textId } });
  bubble.append(h('span', { class: b.showSender ? 'sender' : 'visually-hidden', text: `${b.sender}: ` }));
  if (b.image) bubble.append(imageCard(b.imageLabel ?? '', b.image));
  bubble.append(h('span', { class: 'text', text: b.text }), h('time', { class: 'time', text: b.time }));
  const buttons = h('div', { class: 'msg-actions' });
  const flag = h('button', {
    class: 'icon-btn flag-btn',
    attrs: {
      type: 'button',
      'aria-label': actions.flagLabel,
      'aria-describedby': textId,
      title: actions.flagLabel,
    },
    testid: 'flag',
  });
  flag.append(flagIcon());
  flag.addEventListener('click', actions.onFlag);
  buttons.append(flag);
  if (actions.onRead && actions.readLabel) {
    const read = h('button', {
      class: 'icon-btn read-btn',
      attrs: {
        type: 'button',
        'aria-label': actions.readLabel,
        'aria-describedby': textId,
        title: actions.readLabel,
      },
    });
    read.append(speakerIcon());
    read.addEventListener('click', actions.onRead);
    buttons.append(read);
  }
  const row = h('li', { class: 'msg msg-contact', testid: 'message' });
  row.dataset.message = messageId;
  if (b.avatar) row.append(avatarSvg(b.avatar, 36));
  row.append(bubble, buttons);
  return row;
}

export function playerBubble(messageId: string, b: BubbleText): HTMLLIElement {
  const bubble = h('div', { class: 'bubble' });
  bubble.append(h('span', { class: 'visually-hidden', text: `${b.sender}: ` }));
  if (b.image) bubble.append(imageCard(b.imageLabel ?? '', b.image));
  bubble.append(h('span', { class: 'text', text: b.text }), h('time', { class: 'time', text: b.time }));
  const row = h('li', { class: 'msg msg-player', testid: 'message' }, bubble);
  row.dataset.message = messageId;
  return row;
}

export function noteItem(text: string, kind: string): HTMLLIElement {
  return h('li', { class: `msg msg-note note-${kind}`, testid: 'note' }, h('p', { text }));
}

function imageCard(label: string, description: string): HTMLElement {
  const card = h('figure', { class: 'image-card' });
  const svg = document.createElementNS('http://www.w3.org/2000/svg', 'svg');
  svg.setAttribute('viewBox', '0 0 48 36');
  svg.setAttribute('aria-hidden', 'true');
  svg.classList.add('image-art');
  const parts: [string, Record<string, string>][] = [
    ['rect', { x: '1', y: '1', width: '46', height: '34', rx: '4', fill: '#e9ecff', stroke: '#8a93d6' }],
    ['circle', { cx: '14', cy: '11', r: '5', fill: '#ffd35c' }],
    ['path', { d: 'M4 32 L18 18 L27 26 L33 21 L44 32 Z', fill: '#7cc7a4' }],
  ];
  for (const [tag, attrs] of parts) {
    const el = document.createElementNS('http://www.w3.org/2000/svg', tag);
    for (const [k, v] of Object.entries(attrs)) el.setAttribute(k, v);
    svg.append(el);
  }
  card.append(
    svg,
    h(
      'figcaption',
      {},
      h('span', { class: 'image-label', text: `${label} ` }),
      h('span', { text: description }),
    ),
  );
  return card;
}

function icon(paths: string[]): SVGSVGElement {
  const svg = document.createElementNS('http://www.w3.org/2000/svg', 'svg');
  svg.setAttribute('viewBox', '0 0 24 24');
  svg.setAttribute('aria-hidden', 'true');
  svg.setAttribute('focusable', 'false');
  for (const d of paths) {
    const p = document.createElementNS('http://www.w3.org/2000/svg', 'path');
    p.setAttribute('d', d);
    svg.append(p);
  }
  return svg;
}

export const flagIcon = () => icon(['M5 3 V21 H7 V14 H17 L15 9 L17 4 H7 V3 Z']);
export const speakerIcon = () =>
  icon(['M4 9 H8 L13 5 V19 L8 15 H4 Z', 'M16 8 Q19 12 16 16 L17.5 17 Q21.5 12 17.5 7 Z']);
