import { describe, expect, it } from 'vitest';
import { clockAt } from '../../../src/game/chat/clock';
import { MAX_WAIT_MS, scaledDelay } from '../../../src/game/chat/pacing';
import { makeNickname, words } from '../../../src/game/nickname';
import { nicknameProblem } from '../../../src/store/index';
import { replacePhaserFlags } from '../../../src/vite/phaser-core';

describe('message pacing', () => {
  it('scales the typing time by the speed setting', () => {
    expect(scaledDelay(1000, 1)).toBe(1000);
    expect(scaledDelay(1000, 0.45)).toBe(450);
  });
  it('shows messages at once at speed 0 ("at once")', () => {
    expect(scaledDelay(1000, 0)).toBe(0);
  });
  it('never keeps a child waiting longer than the cap', () => {
    expect(scaledDelay(20000, 1.6)).toBe(MAX_WAIT_MS);
  });
});

describe('fictional clock', () => {
  it('starts at 18:02 and moves a minute every two lines', () => {
    expect([0, 1, 2, 3, 4].map((i) => clockAt(i))).toEqual(['18:02', '18:02', '18:03', '18:03', '18:04']);
  });
  it('wraps past midnight', () => {
    expect(clockAt(2 * 400)).toBe('00:42');
  });
});

describe('nickname generator', () => {
  const lists = { first: 'Brave, Quick', second: 'Comet,Falcon', pattern: '{{first}} {{second}} {{n}}' };
  it('splits word lists', () => {
    expect(words(' a, b ,,c')).toEqual(['a', 'b', 'c']);
  });
  it('follows the language pattern', () => {
    let i = 0;
    const seq = [0, 0.99, 0.5];
    expect(makeNickname(lists, () => seq[i++ % 3]!)).toBe('Brave Falcon 55');
    expect(makeNickname({ ...lists, pattern: '{{second}} {{first}}' }, () => 0)).toBe('Comet Brave');
  });
  it('makes nicknames the store accepts, in every language', async () => {
    for (const lang of ['en', 'es', 'pt-BR']) {
      const ui = (await import(`../../../assets/locales/${lang}/ui.json`)).default as Record<string, string>;
      const l = { first: ui['nick.first']!, second: ui['nick.second']!, pattern: ui['nick.pattern']! };
      for (let k = 0; k < 200; k++) {
        const nick = makeNickname(l);
        expect(nicknameProblem(nick), `${lang}: ${nick}`).toBeUndefined();
      }
    }
  });
});

describe('Phaser core build flags', () => {
  it('turns feature checks into constants', () => {
    const out = replacePhaserFlags(
      'if (typeof WEBGL_RENDERER) a(); if (typeof CANVAS_RENDERER) b(); if (typeof FEATURE_SOUND) c();',
    );
    expect(out).toBe('if (true) a(); if (false) b(); if (false) c();');
  });
  it('leaves other typeof checks alone', () => {
    expect(replacePhaserFlags('typeof window')).toBe('typeof window');
  });
});
