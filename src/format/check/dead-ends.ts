/**
 * Every node that is not an ending needs a way forward. Protective actions
 * count: a node whose only exit is "tell an adult" is fine, and is exactly
 * the kind of node the safeguarding principles ask for. A node where every
 * protective action is hidden gets a warning even if it has choices, because
 * the player should always have a way out.
 */
import { PROTECTIVE_ACTIONS } from '../taxonomy.js';
import { edgesOf, protectiveAt, type CheckContext } from './context.js';

export function checkDeadEnds(ctx: CheckContext): void {
  const { scenario, scenarioFile: file, report } = ctx;
  for (const [id, node] of Object.entries(scenario.nodes)) {
    if (node.ending) continue;
    const edges = edgesOf(scenario, id, node);
    if (edges.length === 0) {
      report.add(file, 'error', 'dead-end', { params: { node: id } }, ['nodes', id], 'key');
      continue;
    }
    const available = PROTECTIVE_ACTIONS.filter((a) => {
      const { outcome } = protectiveAt(scenario, id, a);
      return outcome !== undefined && outcome !== 'hidden';
    });
    if (available.length === 0) {
      const words = { params: { node: id, actions: PROTECTIVE_ACTIONS.join(', ') } };
      report.add(file, 'warning', 'all-protective-hidden', words, ['nodes', id], 'key');
    }
  }
}
