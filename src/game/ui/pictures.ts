/**
 * The pictures in chat messages, drawn in code as small SVGs (like the
 * avatars): a few simple drawings, never photos. A message's `picture` code
 * picks one (src/format/taxonomy.ts, PICTURES); its `image` line stays the
 * description, which is the picture's accessible name and is read aloud.
 * The drawings are 48 × 36 and illustrate, never show anything private.
 */
import type { Picture } from '../../format/taxonomy';
import type { Shape } from './avatar';

const INK = '#1d2140';
const FRAME: Shape = [
  'rect',
  { x: 1, y: 1, width: 46, height: 34, rx: 4, fill: '#e9ecff', stroke: '#8a93d6' },
];
const line = (x1: number, y: number, x2: number, stroke = '#8a93d6', width = 2): Shape => [
  'path',
  { d: `M${x1} ${y} H${x2}`, stroke, 'stroke-width': width, 'stroke-linecap': 'round', fill: 'none' },
];

const LOOKS: Record<Picture, Shape[]> = {
  // A child's drawing on a sheet: sun, house, grass.
  drawing: [
    ['rect', { x: 6, y: 3, width: 36, height: 30, rx: 2, fill: '#ffffff', stroke: '#8a93d6' }],
    ['circle', { cx: 34, cy: 10, r: 4, fill: '#ffd35c' }],
    ['polygon', { points: '12,20 19,13 26,20', fill: '#ff8a65' }],
    ['rect', { x: 13, y: 20, width: 12, height: 9, fill: '#f2b84b' }],
    ['rect', { x: 17, y: 23, width: 4, height: 6, fill: '#5b6bd6' }],
    line(8, 30, 40, '#6cc36b', 2.5),
  ],
  // A friendly dog's face.
  pet: [
    FRAME,
    ['ellipse', { cx: 15, cy: 15, rx: 4.5, ry: 8, fill: '#8d5a3b' }],
    ['ellipse', { cx: 33, cy: 15, rx: 4.5, ry: 8, fill: '#8d5a3b' }],
    ['circle', { cx: 24, cy: 19, r: 10, fill: '#c98b5b' }],
    ['circle', { cx: 20, cy: 17, r: 1.6, fill: INK }],
    ['circle', { cx: 28, cy: 17, r: 1.6, fill: INK }],
    ['ellipse', { cx: 24, cy: 22, rx: 2.6, ry: 1.8, fill: INK }],
    ['path', { d: 'M21 25 Q24 28 27 25', stroke: INK, 'stroke-width': 1.4, fill: 'none' }],
  ],
  // A photo of a person, drawn as a plain outline with no face.
  'selfie-placeholder': [
    FRAME,
    ['circle', { cx: 24, cy: 14, r: 6, fill: '#9d8fd9' }],
    ['path', { d: 'M12 33 Q12 22 24 22 Q36 22 36 33 Z', fill: '#9d8fd9' }],
  ],
  // A phone screen with chat bubbles.
  screenshot: [
    ['rect', { x: 14, y: 1, width: 20, height: 34, rx: 3, fill: '#2b2f77' }],
    ['rect', { x: 16, y: 4, width: 16, height: 27, rx: 1, fill: '#ffffff' }],
    ['rect', { x: 17, y: 6, width: 10, height: 4, rx: 2, fill: '#e6e9ff' }],
    ['rect', { x: 21, y: 12, width: 10, height: 4, rx: 2, fill: '#3b47c4' }],
    ['rect', { x: 17, y: 18, width: 12, height: 4, rx: 2, fill: '#e6e9ff' }],
    ['rect', { x: 17, y: 24, width: 8, height: 4, rx: 2, fill: '#e6e9ff' }],
    ['circle', { cx: 24, cy: 33, r: 1, fill: '#ffffff' }],
  ],
  // A school badge: a shield with a star.
  'school-badge': [
    FRAME,
    ['path', { d: 'M24 4 L35 8 V18 Q35 28 24 32 Q13 28 13 18 V8 Z', fill: '#5b6bd6' }],
    ['polygon', { points: '24,10 26,16 32,16 27,20 29,26 24,22 19,26 21,20 16,16 22,16', fill: '#ffd35c' }],
  ],
  // A pin on a simple map.
  'map-pin': [
    ['rect', { x: 1, y: 1, width: 46, height: 34, rx: 4, fill: '#e4f6f2', stroke: '#4f8a8b' }],
    ['path', { d: 'M1 24 Q16 18 30 24 T47 20', stroke: '#9fd3c7', 'stroke-width': 4, fill: 'none' }],
    ['path', { d: 'M14 1 V35 M34 1 V35', stroke: '#ffffff', 'stroke-width': 2 }],
    ['path', { d: 'M24 30 Q16 20 16 14 A8 8 0 0 1 32 14 Q32 20 24 30 Z', fill: '#e0483e' }],
    ['circle', { cx: 24, cy: 14, r: 3, fill: '#ffffff' }],
  ],
  // A ticket with a torn-off stub.
  ticket: [
    ['path', { d: 'M3 8 H45 V14 A4 4 0 0 0 45 22 V28 H3 V22 A4 4 0 0 0 3 14 Z', fill: '#ffcf4a' }],
    ['path', { d: 'M33 9 V27', stroke: '#8a5a00', 'stroke-width': 1.2, 'stroke-dasharray': '2 2' }],
    line(9, 14, 27, '#8a5a00'),
    line(9, 19, 23, '#8a5a00'),
    line(9, 24, 25, '#8a5a00'),
  ],
  // A page with a folded corner and lines of text.
  document: [
    ['path', { d: 'M12 2 H30 L37 9 V34 H12 Z', fill: '#ffffff', stroke: '#8a93d6' }],
    ['path', { d: 'M30 2 V9 H37', fill: '#e9ecff', stroke: '#8a93d6' }],
    line(16, 14, 33),
    line(16, 19, 33),
    line(16, 24, 30),
    line(16, 29, 26),
  ],
};

/** A plain picture frame (a landscape), for an image with no `picture` code. */
const PLAIN: Shape[] = [
  FRAME,
  ['circle', { cx: 14, cy: 11, r: 5, fill: '#ffd35c' }],
  ['path', { d: 'M4 32 L18 18 L27 26 L33 21 L44 32 Z', fill: '#7cc7a4' }],
];

/** The shapes of a picture; an unknown or missing code draws the plain frame. */
export function pictureShapes(picture: string | undefined): Shape[] {
  return (
    (picture !== undefined && Object.hasOwn(LOOKS, picture) ? LOOKS[picture as Picture] : undefined) ?? PLAIN
  );
}

/**
 * The picture code of a message's image, looked up in the story (the engine's
 * events carry the image line, not the code). The first message with this id
 * and image decides; undefined when none has a code.
 */
export function pictureOf(
  story: { nodes: Record<string, { messages: readonly { id: string; image?: string; picture?: string }[] }> },
  messageId: string,
  image: string,
): string | undefined {
  for (const node of Object.values(story.nodes))
    for (const m of node.messages) if (m.id === messageId && m.image === image && m.picture) return m.picture;
  return undefined;
}
