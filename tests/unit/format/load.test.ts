/** The loader: valid input loads with defaults; every kind of bad input is a finding, never a throw. */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { checkScenario } from '../../../src/format/check/index.js';
import { loadScenario, type Finding } from '../../../src/format/load.js';
import { fixture, inline } from './fixtures.js';

const BASE = readFileSync('tests/fixtures/valid/valid/scenario.yaml', 'utf8');
const EN = readFileSync('tests/fixtures/valid/valid/text/en.yaml', 'utf8');

/** Findings as `line:column code message`, compact enough to compare whole. */
function summary(scenario: string, texts: Record<string, string> = { en: EN }): string[] {
  const { findings } = loadScenario(inline(scenario, texts));
  return findings.map(
    (f: Finding) => `${f.file.replace('inline/', '')}:${f.line}:${f.column} ${f.code} ${f.message}`,
  );
}

function edit(from: string, to: string): string {
  if (!BASE.includes(from)) throw new Error(`the base fixture has no ${from}`);
  return BASE.replace(from, to);
}

describe('loadScenario', () => {
  it('loads the valid fixture with defaults filled in, as fresh objects', () => {
    const { loaded, findings } = loadScenario(fixture('valid', 'valid'));
    expect(findings).toEqual([]);
    expect(loaded?.scenario.player).toEqual({ role: 'self' });
    expect(loaded?.scenario.nodes.hello?.choices[1]).toEqual({
      id: 'hello.ignore',
      goto: 'blocked',
      rating: 'safe',
      showLocked: false,
      effects: [],
      once: false,
      says: true,
    });
    expect(loaded?.scenario.contacts.sam?.role).toBe('stranger');
    expect(Object.keys(loaded!.texts).sort()).toEqual(['en', 'es']);
    expect(loaded?.texts.es?.['sam.name']).toEqual({ text: 'Sam', source: '3fa7357c' });
  });

  it('names a missing top-level field', () => {
    expect(summary(edit('start: hello\n', ''))).toEqual([
      'scenario.yaml:4:1 schema "start" is missing; it should be text',
    ]);
  });

  it('points a missing nested field at its parent', () => {
    expect(summary(edit('      title: told.title\n', ''))).toEqual([
      'scenario.yaml:64:5 schema nodes.told.ending: "title" is missing; it should be text',
    ]);
  });

  it('explains a protective outcome that is neither "hidden" nor {goto}', () => {
    expect(summary(edit('block: { goto: blocked }', 'block: hid'))).toEqual([
      'scenario.yaml:27:10 schema protective.block: "hid" is not allowed; use a set of fields (name: value) or "hidden"',
    ]);
  });

  it('explains the object form of a protective outcome when the author meant it', () => {
    expect(summary(edit('block: { goto: blocked }', 'block: { got: blocked }'))).toEqual([
      'scenario.yaml:27:3 schema protective.block: "goto" is missing; it should be text',
      'scenario.yaml:27:12 schema protective.block: "got" is not a known field; did you mean "goto"?',
    ]);
  });

  it('lists allowed fields when a field is unknown and nothing is close', () => {
    expect(summary(edit('minutes: 3\n', 'minutes: 3\ncolour: red\n'))).toEqual([
      'scenario.yaml:10:1 schema "colour" is not a known field; allowed here: $schema, id, version, topics, ageBands, sourceLanguage, minutes, title, summary, playerNote, teacherNotes, player, contacts, groups, variables, start, protective, nodes',
    ]);
  });

  it('words wrong types, ranges and names for authors', () => {
    expect(summary(edit('topics: [grooming]', 'topics: grooming'))).toEqual([
      'scenario.yaml:6:9 schema topics: should be a list (lines starting with "- "), but it is "grooming"',
    ]);
    expect(summary(edit('minutes: 3', 'minutes: -1'))).toEqual([
      'scenario.yaml:9:10 schema minutes: -1 is too small; it must be more than 0',
    ]);
    expect(summary(edit('  sam:\n    name: sam.name', '  "sam pal":\n    name: sam.name'))).toEqual([
      'scenario.yaml:17:3 schema contacts["sam pal"]: the name "sam pal" is not allowed: start with a letter; use letters, digits, dashes and underscores only',
    ]);
  });

  it('turns YAML syntax errors into findings with a position', () => {
    expect(summary(edit("if: 'trust >= 1'", "if: 'trust >= 1"))).toEqual([
      'scenario.yaml:71:1 yaml-syntax a closing quote or bracket is missing',
    ]);
  });

  it('reports an empty file or a file of the wrong shape', () => {
    expect(summary('')).toEqual([
      'scenario.yaml:1:1 schema the file is empty; it should be a set of fields (name: value)',
    ]);
    expect(summary('- a\n- b\n')).toEqual([
      'scenario.yaml:1:1 schema the file: should be a set of fields (name: value), but it is a list',
    ]);
  });

  it('refuses oversized files, alias bombs and absurd nesting without throwing', () => {
    expect(summary(`a: "${'x'.repeat(1_000_001)}"`, {})).toEqual([
      'scenario.yaml:1:1 file-too-large this file is 1000006 characters long; the limit is 1000000',
    ]);
    const bomb = ['a: &a [x,x,x,x,x,x,x,x,x,x]', 'b: &b [*a,*a,*a,*a,*a,*a,*a,*a,*a,*a]'];
    for (const name of ['c', 'd', 'e']) {
      const prev = String.fromCharCode(name.charCodeAt(0) - 1);
      bomb.push(`${name}: &${name} [${Array(10).fill(`*${prev}`).join(',')}]`);
    }
    expect(summary(bomb.join('\n'), {})).toEqual([
      'scenario.yaml:1:1 too-many-aliases this file uses aliases (*name) too many times; the limit is 100',
    ]);
    const deep = summary(`a: ${'['.repeat(20000)}${']'.repeat(20000)}`, {});
    expect(deep.length).toBeGreaterThan(0);
    expect(deep.length).toBeLessThanOrEqual(5);
  });

  it('validates text tables line by line, in the form the author meant', () => {
    const en = EN.replace('sam.name: Sam', 'Sam.Name: Sam\nsam.name: { text: Sam }\nextra: [1, 2]');
    const { loaded, findings } = loadScenario(inline(BASE, { en }));
    expect(loaded).toBeUndefined();
    expect(findings.map((f) => `${f.line}:${f.column} ${f.message}`)).toEqual([
      '7:1 "Sam.Name" is not a valid line id: use lower-case letters, digits, dots, dashes and underscores only',
      '8:1 line sam.name: "source" is missing; it should be text',
      '9:8 line extra: a list is not allowed; use text or a set of fields (name: value)',
    ]);
  });

  it('requires text files to be named by language tag', () => {
    expect(summary(BASE, { en: EN, english: EN })).toEqual([
      'text/english.yaml:2:1 bad-language-file the file name "english" is not a language tag; name text files like es.yaml, pt-BR.yaml or en.yaml',
    ]);
  });

  it('drops and reports keys that could reach a prototype, anywhere', () => {
    const text = edit(
      '  sam:\n',
      '  constructor:\n    name: x\n    avatar: fox\n    app: game-chat\n  sam:\n',
    );
    expect(summary(text)).toEqual([
      'scenario.yaml:17:3 forbidden-key "constructor" cannot be used as a name or key (it is reserved); rename it',
    ]);
    expect(loadScenario(inline(text, { en: EN })).loaded).toBeUndefined();
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });
});

describe('checker on partly broken tables', () => {
  it('does not repeat a broken source table as one missing line per id', () => {
    const findings = checkScenario(inline(BASE, { en: 'title: "unclosed\n' }, 'valid'));
    expect(findings.map((f) => f.code)).toEqual(['yaml-syntax']);
  });

  it('does not call an invalid translated line "not translated"', () => {
    const es = readFileSync('tests/fixtures/valid/valid/text/es.yaml', 'utf8').replace(
      "sam.name:\n  source: '3fa7357c'\n  text: 'Sam'",
      "sam.name:\n  source: '3fa7357c'\n  txt: 'Sam'",
    );
    const findings = checkScenario(inline(BASE, { en: EN, es }, 'valid'));
    expect(findings.map((f) => `${f.code} ${f.message}`)).toEqual([
      'schema line sam.name: "text" is missing; it should be text or a set of fields (name: value)',
      'schema line sam.name: "txt" is not a known field; did you mean "text"?',
    ]);
  });
});
