/** The graph drawings show every edge with its label and style. */
import { describe, expect, it } from 'vitest';
import { toDot, toMermaid } from '../../../src/cli/graph-render.js';
import { loadScenario } from '../../../src/format/load.js';
import { fixture } from './fixtures.js';

const scenario = loadScenario(fixture('valid', 'valid')).loaded!.scenario;

describe('scenario graphs', () => {
  it('draws Mermaid with choice labels, ending styles and dashed protective edges', () => {
    const lines = toMermaid(scenario).split('\n');
    expect(lines[0]).toBe('flowchart TD');
    expect(lines).toContain('  n1["hello (start)"]');
    expect(lines).toContain('  n3(["blocked: safe ending"]):::safe');
    expect(lines).toContain('  n1 -->|"hello.reply (neutral)"| n2');
    expect(lines).toContain('  n2 -->|"secret.tell (safe, if trust #gt;= 1)"| n4');
    expect(lines).toContain('  n0 -.->|"block"| n3');
  });

  it('draws DOT with the same edges', () => {
    const dot = toDot(scenario);
    expect(dot).toContain('"hello" -> "secret" [label="hello.reply (neutral)"];');
    expect(dot).toContain('"(any node)" -> "told" [label="tell-adult", style=dashed];');
    expect(dot).toContain(
      '"told" [shape=doubleoctagon, style=filled, fillcolor="#bbdefb", label="told\\nhelped ending"];',
    );
  });
});
