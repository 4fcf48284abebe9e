/**
 * Classroom mode's keys and words: what each key means where, every
 * language's table against English, and the word for "the class" being a
 * nickname the teacher store accepts (the session's result carries it).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { nicknameProblem } from '../../../src/store/index.js';
import { classroomCommand } from '../../../src/teacher/classroom/classroom-keys.js';
import { classOptions, optionForLetter } from '../../../src/teacher/classroom/class-options.js';

const none = {};
const atChoice = { atChoice: true, letters: ['A', 'B', 'C', 'D'] };
const notAtChoice = { atChoice: false, letters: [] };

describe('classroom keys', () => {
  it('moves on with the clicker and the keyboard alike', () => {
    for (const key of ['PageDown', 'ArrowRight', 'Enter', ' '])
      expect(classroomCommand(key, none, notAtChoice)).toEqual({ type: 'next' });
    for (const key of ['PageUp', 'ArrowLeft'])
      expect(classroomCommand(key, none, notAtChoice)).toEqual({ type: 'back' });
    expect(classroomCommand('ArrowDown', none, atChoice)).toEqual({ type: 'move', by: 1 });
  });

  it('gives B to option B at a choice, and the black screen elsewhere; the full stop is always black', () => {
    expect(classroomCommand('b', none, atChoice)).toEqual({ type: 'pick', letter: 'B' });
    expect(classroomCommand('B', none, notAtChoice)).toEqual({ type: 'black' });
    expect(classroomCommand('.', none, atChoice)).toEqual({ type: 'black' });
    // Only the letters offered pick: with options A and C, B is still black.
    expect(classroomCommand('b', none, { atChoice: true, letters: ['A', 'C'] })).toEqual({ type: 'black' });
  });

  it('counts hands only at a choice, and leaves the browser its shortcuts', () => {
    expect(classroomCommand('7', none, atChoice)).toEqual({ type: 'digit', digit: 7 });
    expect(classroomCommand('7', none, notAtChoice)).toBeNull();
    expect(classroomCommand('Backspace', none, atChoice)).toEqual({ type: 'erase' });
    expect(classroomCommand('r', { ctrl: true }, notAtChoice)).toBeNull();
    expect(classroomCommand('r', none, notAtChoice)).toEqual({ type: 'rewind' });
    expect(classroomCommand('s', none, atChoice)).toEqual({ type: 'spot' });
    expect(classroomCommand('q', none, notAtChoice)).toEqual({ type: 'question' });
    expect(classroomCommand('x', none, notAtChoice)).toBeNull();
  });

  it('letters the open choices, then the protective actions; a locked choice is left out', () => {
    const options = classOptions({
      options: [
        { id: 'c.one', enabled: true },
        { id: 'c.locked', enabled: false },
        { id: 'c.two', enabled: true },
      ] as never,
      protective: ['block', 'tell-adult'],
    });
    expect(options.map((o) => [o.letter, o.id])).toEqual([
      ['A', 'c.one'],
      ['B', 'c.two'],
      ['C', 'protect:block'],
      ['D', 'protect:tell-adult'],
    ]);
    expect(optionForLetter(options, 'd')?.id).toBe('protect:tell-adult');
    expect(classOptions(null)).toEqual([]);
  });
});

const DIR = 'assets/locales';
const LANGS = readdirSync(DIR);
const table = (lang: string): Record<string, string> =>
  JSON.parse(readFileSync(`${DIR}/${lang}/classroom.json`, 'utf8'));
const base = (key: string) => key.replace(/_(zero|one|two|few|many|other)$/, '');
const placeholders = (s: string) => [...s.matchAll(/\{\{(\w+)\}\}/g)].map((m) => m[1]).sort();

describe('classroom words', () => {
  for (const lang of LANGS) {
    it(`${lang} has the English keys, none empty, with the same placeholders`, () => {
      const en = table('en');
      const mine = table(lang);
      const bases = (t: Record<string, string>) => [...new Set(Object.keys(t).map(base))].sort();
      expect(bases(mine)).toEqual(bases(en));
      for (const [key, text] of Object.entries(mine)) {
        expect(text.trim(), `${lang} ${key}`).not.toBe('');
        const ref = en[key] ?? en[`${base(key)}_other`]!;
        expect(placeholders(text), `${lang} ${key}`).toEqual(placeholders(ref));
      }
    });

    it(`${lang}: the word for the class is a nickname the store accepts`, () => {
      expect(nicknameProblem(table(lang)['teacher.classNickname']!)).toBeUndefined();
    });
  }
});
