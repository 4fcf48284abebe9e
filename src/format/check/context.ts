/**
 * What every analysis receives: the validated scenario and tables, where
 * their files are, and a reporter. The same analyses run on YAML folders
 * (with positions) and on packs (without).
 */
import type { ScenarioT, TextTableT, NodeT, ProtectiveOutcomeT } from '../schema.js';
import { PROTECTIVE_ACTIONS, type ProtectiveAction } from '../taxonomy.js';
import type { FileLocator, Reporter } from './locate.js';

export interface CheckContext {
  /** The folder name the scenario id must match; undefined for packs. */
  folder?: string;
  scenario: ScenarioT;
  scenarioFile: FileLocator;
  texts: Record<string, TextTableT>;
  textFiles: Record<string, FileLocator>;
  /** Line ids present in a table but invalid (already reported), by language. */
  invalidLines?: Record<string, Set<string>>;
  report: Reporter;
}

export type Analysis = (ctx: CheckContext) => void;

/** A step from one node to another, with where in the file it is written. */
export interface Edge {
  from: string;
  to: string;
  kind: 'choice' | 'next' | 'protective';
  /** Choice id or protective action. */
  label: string;
  /** Path of the `goto`/`next` value, for pointing at it. */
  path: (string | number)[];
}

/** Own-property lookup: node names come from authors and could be "toString". */
export function has<T>(record: Record<string, T>, key: string): boolean {
  return Object.hasOwn(record, key);
}

/** Where a protective action leads at a node: the node's override, else the scenario's. */
export function protectiveAt(
  scenario: ScenarioT,
  nodeId: string,
  action: ProtectiveAction,
): { outcome: ProtectiveOutcomeT | undefined; path: (string | number)[] } {
  const node = scenario.nodes[nodeId];
  const own = node?.protective?.[action];
  if (own !== undefined) return { outcome: own, path: ['nodes', nodeId, 'protective', action] };
  return { outcome: scenario.protective[action], path: ['protective', action] };
}

/** Every way out of a node: choices, `next`, and protective actions that are not hidden. */
export function edgesOf(scenario: ScenarioT, nodeId: string, node: NodeT): Edge[] {
  const edges: Edge[] = [];
  if (node.ending) return edges;
  node.choices.forEach((c, i) =>
    edges.push({
      from: nodeId,
      to: c.goto,
      kind: 'choice',
      label: c.id,
      path: ['nodes', nodeId, 'choices', i, 'goto'],
    }),
  );
  if (node.next !== undefined) {
    edges.push({ from: nodeId, to: node.next, kind: 'next', label: 'next', path: ['nodes', nodeId, 'next'] });
  }
  for (const action of PROTECTIVE_ACTIONS) {
    const { outcome, path } = protectiveAt(scenario, nodeId, action);
    if (outcome && outcome !== 'hidden') {
      edges.push({
        from: nodeId,
        to: outcome.goto,
        kind: 'protective',
        label: action,
        path: [...path, 'goto'],
      });
    }
  }
  return edges;
}

const graphs = new WeakMap<ScenarioT, Map<string, Edge[]>>();

/** All edges of the scenario, leaving out those that point at unknown nodes (computed once per scenario). */
export function graphOf(scenario: ScenarioT): Map<string, Edge[]> {
  const cached = graphs.get(scenario);
  if (cached) return cached;
  const graph = new Map<string, Edge[]>();
  graphs.set(scenario, graph);
  for (const [id, node] of Object.entries(scenario.nodes)) {
    graph.set(
      id,
      edgesOf(scenario, id, node).filter((e) => has(scenario.nodes, e.to)),
    );
  }
  return graph;
}
