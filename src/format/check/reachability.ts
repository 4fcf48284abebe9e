/**
 * Nodes and endings no path from the start leads to. Only warnings: players
 * are not harmed, but the author probably forgot a link.
 */
import { graphOf, has, type CheckContext } from './context.js';

/** Node ids reachable from the start (choices, next and protective actions all count). */
export function reachableFrom(
  start: string,
  graph: Map<string, { to: string }[]>,
  /** Nodes not to enter (nor go on from). */
  avoid: { has(id: string): boolean } = new Set(),
): Set<string> {
  const seen = new Set<string>();
  const queue = graph.has(start) && !avoid.has(start) ? [start] : [];
  for (const id of queue) {
    if (seen.has(id) || avoid.has(id)) continue;
    seen.add(id);
    for (const e of graph.get(id) ?? []) if (!seen.has(e.to)) queue.push(e.to);
  }
  return seen;
}

export function checkReachability(ctx: CheckContext): void {
  const { scenario, scenarioFile: file, report } = ctx;
  // An unknown start is reported by the references check; nothing to add here.
  if (!has(scenario.nodes, scenario.start)) return;
  const reached = reachableFrom(scenario.start, graphOf(scenario));
  for (const [id, node] of Object.entries(scenario.nodes)) {
    if (reached.has(id)) continue;
    if (node.ending) {
      const words = { variant: 'no-link', params: { node: id } };
      report.add(file, 'warning', 'unreachable-ending', words, ['nodes', id], 'key');
    } else {
      const words = { variant: 'no-link', params: { node: id } };
      report.add(file, 'warning', 'unreachable-node', words, ['nodes', id], 'key');
    }
  }
}
