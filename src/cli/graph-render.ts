/**
 * Drawing a scenario as a graph for authors: Mermaid (renders on GitHub and
 * in many editors) or Graphviz DOT. Nodes are labelled with their id, endings
 * are shaped and coloured by kind, choice edges carry the choice id and its
 * rating, protective edges are dashed. The scenario-wide protective actions
 * are drawn once, from an "any node" box, instead of from every node.
 */
import type { ScenarioT } from '../format/schema.js';
import { PROTECTIVE_ACTIONS } from '../format/taxonomy.js';

interface GraphEdge {
  from: string;
  to: string;
  label: string;
  dashed: boolean;
}

const ANY = '(any node)';
const ENDING_COLOURS = { safe: '#c8e6c9', helped: '#bbdefb', supported: '#ffe0b2' } as const;

function edgesOf(scenario: ScenarioT): GraphEdge[] {
  const edges: GraphEdge[] = [];
  for (const action of PROTECTIVE_ACTIONS) {
    const o = scenario.protective[action];
    if (o && o !== 'hidden') edges.push({ from: ANY, to: o.goto, label: action, dashed: true });
  }
  for (const [id, node] of Object.entries(scenario.nodes)) {
    for (const c of node.choices) {
      const label = `${c.id} (${c.rating}${c.if ? ', if ' + c.if : ''})`;
      edges.push({ from: id, to: c.goto, label, dashed: false });
    }
    if (node.next !== undefined) edges.push({ from: id, to: node.next, label: 'next', dashed: false });
    for (const action of PROTECTIVE_ACTIONS) {
      const o = node.protective?.[action];
      if (o && o !== 'hidden') edges.push({ from: id, to: o.goto, label: action, dashed: true });
    }
  }
  return edges;
}

/** Mermaid flowchart. Node ids are numbered, so any node name is safe. */
export function toMermaid(scenario: ScenarioT): string {
  const edges = edgesOf(scenario);
  const names = [ANY, ...Object.keys(scenario.nodes)];
  for (const e of edges) if (!names.includes(e.to)) names.push(e.to);
  const ids = new Map(names.map((n, i) => [n, `n${i}`]));
  const text = (s: string): string => s.replace(/"/g, '#quot;').replace(/</g, '#lt;').replace(/>/g, '#gt;');
  const lines = ['flowchart TD'];
  for (const name of names) {
    const id = ids.get(name)!;
    const node = Object.hasOwn(scenario.nodes, name) ? scenario.nodes[name] : undefined;
    if (name === ANY) lines.push(`  ${id}{{"${ANY}"}}:::any`);
    else if (!node) lines.push(`  ${id}["${text(name)} (missing)"]:::missing`);
    else if (node.ending)
      lines.push(`  ${id}(["${text(name)}: ${node.ending.kind} ending"]):::${node.ending.kind}`);
    else lines.push(`  ${id}["${text(name)}${name === scenario.start ? ' (start)' : ''}"]`);
  }
  for (const e of edges) {
    const arrow = e.dashed ? '-.->' : '-->';
    lines.push(`  ${ids.get(e.from)} ${arrow}|"${text(e.label)}"| ${ids.get(e.to)}`);
  }
  for (const [kind, colour] of Object.entries(ENDING_COLOURS))
    lines.push(`  classDef ${kind} fill:${colour}`);
  lines.push(
    '  classDef missing fill:#ffcdd2,stroke:#b71c1c',
    '  classDef any fill:#eeeeee,stroke-dasharray:4',
  );
  return lines.join('\n') + '\n';
}

/** Graphviz DOT. */
export function toDot(scenario: ScenarioT): string {
  const q = (s: string): string => `"${s.replace(/\\/g, '\\\\').replace(/"/g, '\\"').replace(/\n/g, '\\n')}"`;
  const lines = [`digraph ${q(scenario.id)} {`, '  node [shape=box, fontname="sans-serif"];'];
  const edges = edgesOf(scenario);
  lines.push(`  ${q(ANY)} [shape=hexagon, style=dashed];`);
  for (const [name, node] of Object.entries(scenario.nodes)) {
    if (node.ending) {
      const colour = ENDING_COLOURS[node.ending.kind];
      lines.push(
        `  ${q(name)} [shape=doubleoctagon, style=filled, fillcolor=${q(colour)}, label=${q(`${name}\n${node.ending.kind} ending`)}];`,
      );
    } else if (name === scenario.start)
      lines.push(`  ${q(name)} [penwidth=2, label=${q(`${name}\n(start)`)}];`);
    else lines.push(`  ${q(name)};`);
  }
  for (const e of edges) {
    if (!Object.hasOwn(scenario.nodes, e.to)) lines.push(`  ${q(e.to)} [style=filled, fillcolor="#ffcdd2"];`);
    lines.push(`  ${q(e.from)} -> ${q(e.to)} [label=${q(e.label)}${e.dashed ? ', style=dashed' : ''}];`);
  }
  lines.push('}');
  return lines.join('\n') + '\n';
}
