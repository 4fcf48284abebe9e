/** The teacher area's and the hand-in's small pure parts: addresses, class codes, this device's results, QR runs. */
import { describe, expect, it } from 'vitest';
import { handInFileName, stepIndex } from '../../../src/game/hand-in/hand-in-text.js';
import { snappedQrSize } from '../../../src/game/ui/qr-code.js';
import { qrRuns } from '../../../src/game/ui/qr-rects.js';
import type { Attempt, Profile } from '../../../src/store/index.js';
import { isTeacherHash, parseTeacherHash, teacherHash } from '../../../src/teacher/routes.js';
import { cleanClassName } from '../../../src/teacher/screens/class-name.js';
import { deviceAttemptsOf, devicePlayersOf } from '../../../src/teacher/screens/this-device.js';
import {
  newClassCode,
  sameClass,
  spokenGroups,
  type ClassCodeTools,
} from '../../../src/teacher/ui/class-code-seam.js';
import { countdown } from '../../../src/teacher/ui/text.js';
import { classAttempt } from './helpers.js';

describe('teacher addresses', () => {
  it('reads the page and its params, and only inside #/teacher', () => {
    expect(parseTeacherHash('#/teacher')).toEqual({ page: 'home', params: {} });
    expect(parseTeacherHash('#/teacher/')).toEqual({ page: 'home', params: {} });
    expect(parseTeacherHash('#/teacher/class?code=KP7M3X')).toEqual({
      page: 'class',
      params: { code: 'KP7M3X' },
    });
    expect(parseTeacherHash('#/teacher/../../x')?.page).toBe('not-found');
    expect(parseTeacherHash('#/teachers')).toBeNull();
    expect(parseTeacherHash('')).toBeNull();
    expect(isTeacherHash('#/teacher?x=1')).toBe(true);
  });

  it('round-trips what it writes, names with accents and spaces included', () => {
    const hash = teacherHash('classes', { deleted: '6º B — mañana', none: undefined });
    expect(parseTeacherHash(hash)).toEqual({ page: 'classes', params: { deleted: '6º B — mañana' } });
    expect(teacherHash('home')).toBe('#/teacher');
  });

  it('never puts a prototype key on the params', () => {
    const route = parseTeacherHash('#/teacher/class?__proto__=x&code=A');
    expect(route?.params).toEqual({ code: 'A' });
    expect(({} as Record<string, unknown>).x).toBeUndefined();
  });
});

const tools = (codes: string[]): ClassCodeTools => {
  let i = 0;
  return {
    generate: () => codes[i++ % codes.length]!,
    normalise: (c) => c.toUpperCase().replace(/[^A-Z0-9]/g, ''),
  };
};

describe('class codes through the seam', () => {
  it('skips a code already taken (as children would type it) and one the profile form would refuse', () => {
    expect(newClassCode(tools(['kp7-m3x', 'BAD CODE', 'RT4WQ9']), ['KP7M3X'])).toBe('RT4WQ9');
  });

  it('gives up rather than loop for ever', () => {
    expect(() => newClassCode(tools(['KP7M3X']), ['KP7M3X'])).toThrow(/not taken/);
  });

  it('matches what a child typed, however written', () => {
    expect(sameClass(tools([]), 'kp7-m3x', 'KP7M3X')).toBe(true);
    expect(sameClass(tools([]), undefined, 'KP7M3X')).toBe(false);
    expect(sameClass(tools([]), 'KP7M3Y', 'KP7M3X')).toBe(false);
  });

  it('reads aloud in groups of three', () => {
    expect(spokenGroups('KP7M3X')).toEqual(['KP7', 'M3X']);
    expect(spokenGroups('AB-CDEFG')).toEqual(['ABC', 'DEF', 'G']);
  });
});

describe('results played on this device', () => {
  const profile = (id: string, nickname: string, classCode?: string): Profile => ({
    id,
    nickname,
    avatar: 'fox',
    ageBand: '11-14',
    createdAt: 1,
    ...(classCode ? { classCode } : {}),
  });
  const attempt = (id: string, profileId: string): Attempt => {
    const a = classAttempt(id, 'X');
    return {
      id,
      profileId,
      scenarioId: a.scenarioId,
      scenarioVersion: 1,
      startedAt: a.startedAt,
      endedAt: a.endedAt,
      durationMs: a.durationMs,
      transcript: a.transcript,
    };
  };
  const profiles = [
    profile('p1', 'Zorro', 'kp7-m3x'),
    profile('p2', 'Águila', 'KP7M3X'),
    profile('p3', 'Otro', 'RT4WQ9'),
    profile('p4', 'Sin'),
  ];
  const attempts = [attempt('a1', 'p1'), attempt('a2', 'p1'), attempt('a3', 'p3'), attempt('a4', 'p2')];

  it('lists the players whose code names the class, with their result counts', () => {
    expect(
      devicePlayersOf('KP7M3X', profiles, attempts, tools([])).map((p) => [p.nickname, p.results]),
    ).toEqual([
      ['Águila', 1],
      ['Zorro', 2],
    ]);
  });

  it("gives the class their results as the teacher area keeps them, marked 'this-device'", () => {
    const got = deviceAttemptsOf('KP7M3X', profiles, attempts, tools([]), 99);
    expect(got.map((a) => [a.id, a.childKey, a.nickname, a.classCode, a.source, a.importedAt])).toEqual([
      ['a1', 'p1', 'Zorro', 'KP7M3X', 'this-device', 99],
      ['a2', 'p1', 'Zorro', 'KP7M3X', 'this-device', 99],
      ['a4', 'p2', 'Águila', 'KP7M3X', 'this-device', 99],
    ]);
  });
});

describe('small words and numbers', () => {
  it('counts a wait down in minutes and seconds, rounding up', () => {
    expect([30_000, 29_001, 60_000, 299_500, 0].map(countdown)).toEqual([
      '0:30',
      '0:30',
      '1:00',
      '5:00',
      '0:00',
    ]);
  });

  it('cleans a class name as typed', () => {
    expect(cleanClassName('  6º B\n  mañana ')).toBe('6º B mañana');
    expect(cleanClassName('x'.repeat(80))).toHaveLength(60);
    expect(cleanClassName(' \t ')).toBe('');
  });

  it('names the hand-in file by class and date only', () => {
    expect(handInFileName('KP7M3X', Date.UTC(2026, 11, 1, 15))).toBe('escudo-hand-in-KP7M3X-2026-12-01.json');
  });

  it('steps through a QR sequence round and round', () => {
    expect([stepIndex(0, 3, 1), stepIndex(2, 3, 1), stepIndex(0, 3, -1), stepIndex(0, 1, 1)]).toEqual([
      1, 0, 2, 0,
    ]);
  });
});

describe('QR runs', () => {
  it('draws each run of dark modules in a row as one rectangle, and nothing for light ones', () => {
    const T = true;
    const F = false;
    expect(
      qrRuns([
        [T, T, F, T],
        [F, F, F, F],
        [T, T, T, T],
      ]),
    ).toEqual([
      { x: 0, y: 0, width: 2 },
      { x: 3, y: 0, width: 1 },
      { x: 0, y: 2, width: 4 },
    ]);
  });

  it('covers exactly the dark modules of a real code', async () => {
    const { encode } = await import('uqr');
    const matrix = encode('ESC1:1/3:abc:hello teacher', { border: 0 }).data;
    const drawn = new Set(
      qrRuns(matrix).flatMap((r) => Array.from({ length: r.width }, (_, i) => `${r.x + i},${r.y}`)),
    );
    const dark = matrix.flatMap((row, y) => row.flatMap((v, x) => (v ? [`${x},${y}`] : [])));
    expect(drawn.size).toBe(dark.length);
    for (const d of dark) expect(drawn.has(d)).toBe(true);
  });
});

describe('QR size', () => {
  it('is the largest that fits with every module a whole number of device pixels', () => {
    // 93 modules in 416 CSS px at 1x: 4 px each (372 px), not 4.47 (modules 4 or 5 px wide at random).
    expect(snappedQrSize(416, 93, 1)).toBe(372);
    // At 2x the same box gives 8 device pixels per module: 93 * 8 / 2 = 372 CSS px; at 3x, 13 per module.
    expect(snappedQrSize(416, 93, 2)).toBe(372);
    expect(snappedQrSize(416, 93, 3)).toBeCloseTo((13 * 93) / 3);
    for (const [room, modules, dpr] of [
      [300, 41, 1],
      [512, 101, 2.625],
      [250, 77, 1.5],
    ] as const) {
      const size = snappedQrSize(room, modules, dpr);
      expect(size).toBeLessThanOrEqual(room);
      expect(Number.isInteger(Math.round(((size * dpr) / modules) * 1e9) / 1e9)).toBe(true);
    }
  });

  it('keeps a box too small for one pixel per module as it is', () => {
    expect(snappedQrSize(60, 93, 1)).toBe(60);
  });
});
