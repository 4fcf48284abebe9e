import { parseDocument, isMap, isScalar, LineCounter } from 'yaml';
import { describe, expect, it } from 'vitest';
import { nodeAtLine, nodeLine, topKeyLine } from '../../../src/studio/model/line-lookup';
import { fileText } from './helpers';

/** Where the `yaml` library (which reads the data) says each key of a map starts. */
function keyLines(text: string, path: string[]): Map<string, number> {
  const lines = new LineCounter();
  const doc = parseDocument(text, { lineCounter: lines });
  let node: unknown = doc.contents;
  for (const seg of path) node = isMap(node) ? node.get(seg, true) : null;
  const out = new Map<string, number>();
  if (isMap(node))
    for (const pair of node.items)
      if (isScalar(pair.key) && pair.key.range)
        out.set(String(pair.key.value), lines.linePos(pair.key.range[0]).line);
  return out;
}

describe('line lookup', () => {
  it('finds every node of a shipped story on the line the YAML parser puts it', () => {
    const text = fileText('scenarios/first-tournament/scenario.yaml');
    const expected = keyLines(text, ['nodes']);
    expect(expected.size).toBeGreaterThan(10);
    for (const [id, line] of expected) {
      expect(nodeLine(text, id), id).toBe(line);
      expect(nodeAtLine(text, line + 1), `line after ${id}`).toBe(id);
    }
    expect(nodeLine(text, 'no-such-node')).toBe(0);
  });

  it('finds every line id of a translated table, quoted or not', () => {
    const text = fileText('scenarios/first-tournament/text/pt-BR.yaml');
    for (const [id, line] of keyLines(text, [])) expect(topKeyLine(text, id), id).toBe(line);
    expect(topKeyLine('a: 1\n\'b.c\': 2\n"d": 3\n', 'b.c')).toBe(2);
    expect(topKeyLine('a: 1\n\'b.c\': 2\n"d": 3\n', 'd')).toBe(3);
  });

  it('does not take a nested key, a longer key or a value for a line id', () => {
    const text = 'meta.title:\n  text: x\n  source: y\nmeta.titles: z\nother: meta.title\n';
    expect(topKeyLine(text, 'meta.title')).toBe(1);
    expect(topKeyLine(text, 'source')).toBe(0);
    expect(topKeyLine(text, 'meta.titles')).toBe(4);
  });

  it('a node named like a field further down is not confused with it', () => {
    const text = 'nodes:\n  a:\n    messages: []\n    next: b\n  b:\n    ending: {}\nstart: a\n';
    expect(nodeLine(text, 'b')).toBe(5);
    expect(nodeLine(text, 'messages')).toBe(0);
    expect(nodeLine(text, 'start')).toBe(0);
    expect(nodeAtLine(text, 4)).toBe('a');
    expect(nodeAtLine(text, 7)).toBeUndefined();
  });
});
