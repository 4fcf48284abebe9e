import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { placeAt } from '../../../src/studio/editor/yaml-path';
import { nodeIds, suggest, type JsonSchema } from '../../../src/studio/editor/schema-complete';

const schema = JSON.parse(readFileSync('scenarios/scenario.schema.json', 'utf8')) as JsonSchema;

/** The text with `|` as the cursor. */
const at = (withCursor: string) => [withCursor.replace('|', ''), withCursor.indexOf('|')] as const;

const STORY = `id: s
nodes:
  start:
    chat: sam
    messages:
      - id: m.1
        from: sam
        signs: [flattery, |]
    choices:
      - id: c.yes
        rating: sa|
  other:
    ending:
      kind: safe
`;

describe('where the cursor is', () => {
  it('inside a list item of a node, at a key being typed', () => {
    const [text, offset] = at('nodes:\n  start:\n    choices:\n      - id: c.yes\n        go|');
    expect(placeAt(text, offset)).toEqual({
      path: ['nodes', 'start', 'choices', '[]'],
      at: 'key',
      prefix: 'go',
    });
  });

  it('after a key, in its value; a list written at the parent key’s own column', () => {
    const [text, offset] = at('nodes:\n  a:\n    choices:\n    - id: x\n      rating: r|');
    expect(placeAt(text, offset)).toEqual({
      path: ['nodes', 'a', 'choices', '[]'],
      at: 'value',
      key: 'rating',
      prefix: 'r',
    });
  });
});

describe('suggestions from the JSON Schema', () => {
  it('offers the fields of a choice, with their descriptions', () => {
    const [text, offset] = at('nodes:\n  start:\n    choices:\n      - id: c.yes\n        |');
    const labels = suggest(schema, text, offset).list.map((s) => s.label);
    expect(labels).toEqual(expect.arrayContaining(['goto', 'rating', 'feedback', 'once', 'says', 'counts']));
    expect(labels).not.toContain('messages');
  });

  it('offers the safety ratings that match what is typed, replacing the typed part', () => {
    const [text, offset] = at(STORY.replace('signs: [flattery, |]', 'signs: [flattery]'));
    const { from, list } = suggest(schema, text, offset);
    expect(list.map((s) => s.label)).toEqual(['safe']);
    expect(text.slice(from, offset)).toBe('sa');
  });

  it('offers warning signs inside a flow list', () => {
    const [text, offset] = at(STORY.replace('rating: sa|', 'rating: safe'));
    const labels = suggest(schema, text, offset).list.map((s) => s.label);
    expect(labels).toEqual(expect.arrayContaining(['secrecy', 'info-probing', 'platform-shift']));
  });

  it('offers the story’s own node ids after goto:', () => {
    const [text, offset] = at(STORY.replace('rating: sa|', 'goto: |').replace('[flattery, |]', '[flattery]'));
    expect(suggest(schema, text, offset).list.map((s) => s.label)).toEqual(['start', 'other']);
    expect(nodeIds(text)).toEqual(['start', 'other']);
  });

  it('offers the top-level fields at the start of a line', () => {
    const [text, offset] = at('id: s\nage|');
    expect(suggest(schema, text, offset).list.map((s) => s.label)).toEqual(['ageBands']);
  });
});
