/**
 * Avatars drawn in code as small SVGs: friendly, simple faces, never photos.
 * Each avatar is a background disc, a head and a few features. The looks are
 * data; the `Avatar` component (avatar-view.tsx) draws them.
 */
import type { Avatar } from '../../format/taxonomy';

export type Shape = [
  tag: 'circle' | 'ellipse' | 'path' | 'rect' | 'polygon',
  attrs: Record<string, string | number>,
];

export interface Look {
  bg: string;
  shapes: Shape[];
}

const EYE = '#1d2140';
const eyes = (y = 34, dx = 7, r = 2.6): Shape[] => [
  ['circle', { cx: 32 - dx, cy: y, r, fill: EYE }],
  ['circle', { cx: 32 + dx, cy: y, r, fill: EYE }],
];
const smile = (y = 41, w = 6): Shape => [
  'path',
  {
    d: `M${32 - w} ${y} Q32 ${y + 5} ${32 + w} ${y}`,
    stroke: EYE,
    'stroke-width': 2.2,
    fill: 'none',
    'stroke-linecap': 'round',
  },
];
const head = (fill: string, r = 17, cy = 36): Shape => ['circle', { cx: 32, cy, r, fill }];

function animal(bg: string, face: string, ears: Shape[], extra: Shape[] = []): Look {
  return { bg, shapes: [...ears, head(face), ...extra, ...eyes(), smile()] };
}

function person(bg: string, skin: string, hair: string, hairShapes: (hair: string) => Shape[], r = 15): Look {
  return {
    bg,
    shapes: [
      ['ellipse', { cx: 32, cy: 62, rx: 20, ry: 12, fill: hair === '#f4d35e' ? '#5b6bd6' : '#4f8a8b' }],
      ...hairShapes(hair).filter((_, i) => i === 0),
      head(skin, r, 34),
      ...hairShapes(hair).slice(1),
      ...eyes(34, 6, 2.2),
      smile(40, 5),
    ],
  };
}

const LOOKS: Record<Avatar, Look> = {
  fox: animal(
    '#ffe2c6',
    '#f08a3c',
    [
      ['polygon', { points: '17,30 20,12 31,24', fill: '#f08a3c' }],
      ['polygon', { points: '47,30 44,12 33,24', fill: '#f08a3c' }],
    ],
    [['ellipse', { cx: 32, cy: 43, rx: 9, ry: 7, fill: '#fff3e6' }]],
  ),
  cat: animal('#e6e2ff', '#9d8fd9', [
    ['polygon', { points: '17,30 19,14 30,24', fill: '#9d8fd9' }],
    ['polygon', { points: '47,30 45,14 34,24', fill: '#9d8fd9' }],
  ]),
  owl: animal(
    '#dff3e4',
    '#a0784f',
    [
      ['polygon', { points: '18,24 20,14 28,21', fill: '#a0784f' }],
      ['polygon', { points: '46,24 44,14 36,21', fill: '#a0784f' }],
    ],
    [
      ['circle', { cx: 25, cy: 34, r: 6, fill: '#fff' }],
      ['circle', { cx: 39, cy: 34, r: 6, fill: '#fff' }],
      ['polygon', { points: '29,40 35,40 32,45', fill: '#f4b942' }],
    ],
  ),
  bear: animal(
    '#f3e7da',
    '#a86b44',
    [
      ['circle', { cx: 19, cy: 22, r: 6, fill: '#a86b44' }],
      ['circle', { cx: 45, cy: 22, r: 6, fill: '#a86b44' }],
    ],
    [['ellipse', { cx: 32, cy: 42, rx: 7, ry: 5, fill: '#e7c9a6' }]],
  ),
  rabbit: animal('#ffe3ee', '#f1f1f4', [
    ['ellipse', { cx: 25, cy: 14, rx: 4, ry: 11, fill: '#f1f1f4' }],
    ['ellipse', { cx: 39, cy: 14, rx: 4, ry: 11, fill: '#f1f1f4' }],
  ]),
  panda: animal(
    '#e3f4ea',
    '#fafafa',
    [
      ['circle', { cx: 19, cy: 23, r: 6, fill: '#333' }],
      ['circle', { cx: 45, cy: 23, r: 6, fill: '#333' }],
    ],
    [
      ['ellipse', { cx: 25, cy: 34, rx: 5, ry: 4, fill: '#333' }],
      ['ellipse', { cx: 39, cy: 34, rx: 5, ry: 4, fill: '#333' }],
    ],
  ),
  frog: animal('#e6f7d6', '#6cc36b', [
    ['circle', { cx: 23, cy: 23, r: 7, fill: '#6cc36b' }],
    ['circle', { cx: 41, cy: 23, r: 7, fill: '#6cc36b' }],
  ]),
  lion: animal('#fff2cc', '#f2b84b', [['circle', { cx: 32, cy: 36, r: 24, fill: '#c8782c' }]]),
  robot: {
    bg: '#dde9ff',
    shapes: [
      ['rect', { x: 30, y: 8, width: 4, height: 10, fill: '#6a7bb5' }],
      ['circle', { cx: 32, cy: 8, r: 3.5, fill: '#ff7a7a' }],
      ['rect', { x: 15, y: 18, width: 34, height: 32, rx: 8, fill: '#9fb3e8' }],
      ['rect', { x: 21, y: 28, width: 8, height: 7, rx: 2, fill: EYE }],
      ['rect', { x: 35, y: 28, width: 8, height: 7, rx: 2, fill: EYE }],
      smile(41, 6),
    ],
  },
  star: {
    bg: '#fff1c7',
    shapes: [
      ['polygon', { points: '32,6 39,24 58,24 43,36 48,55 32,44 16,55 21,36 6,24 25,24', fill: '#f7c531' }],
      ...eyes(31, 5, 2.2),
      smile(37, 4),
    ],
  },
  'adult-woman': person('#e8e4ff', '#c98b62', '#4a2c1d', (c) => [
    ['path', { d: 'M14 40 Q14 14 32 14 Q50 14 50 40 L50 52 L14 52 Z', fill: c }],
    ['path', { d: 'M17 30 Q20 16 32 17 Q44 16 47 30 Q38 22 17 30 Z', fill: c }],
  ]),
  'adult-man': person('#dff1ff', '#e0ac85', '#2e2e3a', (c) => [
    ['path', { d: 'M17 30 Q17 16 32 16 Q47 16 47 30 Z', fill: c }],
    ['path', { d: 'M17 30 Q18 17 32 18 Q46 17 47 30 Q40 24 17 27 Z', fill: c }],
  ]),
  'teen-girl': person('#ffe6f0', '#8d5a3b', '#1f1a17', (c) => [
    [
      'path',
      {
        d: 'M16 36 Q16 15 32 15 Q48 15 48 36 Q52 44 54 48 L46 46 Q47 30 32 24 Q18 30 18 46 L12 48 Z',
        fill: c,
      },
    ],
    ['path', { d: 'M18 30 Q22 17 32 18 Q42 17 46 30 Q36 21 18 30 Z', fill: c }],
  ]),
  'teen-boy': person('#e2f5ec', '#f0c29b', '#7a4b1e', (c) => [
    ['path', { d: 'M17 32 Q16 15 32 15 Q48 15 47 32 Z', fill: c }],
    ['path', { d: 'M17 31 Q20 16 34 17 Q48 18 47 31 Q40 21 26 26 Z', fill: c }],
  ]),
  'kid-girl': person(
    '#fff0d9',
    '#d99c6c',
    '#6b3a1f',
    (c) => [
      ['circle', { cx: 16, cy: 30, r: 6, fill: c }],
      ['path', { d: 'M19 32 Q20 19 32 19 Q44 19 45 32 Q38 24 19 32 Z', fill: c }],
    ],
    14,
  ),
  'kid-boy': person(
    '#e0f0ff',
    '#b97a52',
    '#111',
    (c) => [
      ['path', { d: 'M19 30 Q19 19 32 19 Q45 19 45 30 Z', fill: c }],
      ['path', { d: 'M19 30 Q22 20 32 20 Q42 20 45 30 Q36 25 19 30 Z', fill: c }],
    ],
    14,
  ),
  shop: {
    bg: '#e4f6f2',
    shapes: [
      ['rect', { x: 12, y: 26, width: 40, height: 28, fill: '#fff', stroke: '#4f8a8b', 'stroke-width': 2 }],
      ['path', { d: 'M10 26 L14 14 H50 L54 26 Z', fill: '#ff8a65' }],
      ['rect', { x: 27, y: 36, width: 10, height: 18, fill: '#4f8a8b' }],
    ],
  },
  team: {
    bg: '#ece8ff',
    shapes: [
      ['circle', { cx: 18, cy: 30, r: 9, fill: '#f2b84b' }],
      ['circle', { cx: 46, cy: 30, r: 9, fill: '#6cc36b' }],
      ['circle', { cx: 32, cy: 38, r: 11, fill: '#5b6bd6' }],
      ['ellipse', { cx: 32, cy: 58, rx: 22, ry: 9, fill: '#9d8fd9' }],
    ],
  },
};

/** How an avatar is drawn; an unknown name draws the star. */
export function avatarLook(avatar: string): Look {
  return LOOKS[avatar as Avatar] ?? LOOKS.star;
}

// Declared with the other avatars in the format's taxonomy.
export { PLAYER_AVATARS } from '../../format/taxonomy';
