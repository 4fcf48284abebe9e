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
      const msg = `node "${id}" has no way forward: no choices, no next, and no protective action leads anywhere; add a choice or a next, or make it an ending`;
      report.add(file, 'error', 'dead-end', msg, ['nodes', id], 'key');
      continue;
    }
    const available = PROTECTIVE_ACTIONS.filter((a) => {
      const { outcome } = protectiveAt(scenario, id, a);
      return outcome !== undefined && outcome !== 'hidden';
    });
    if (available.length === 0) {
      const msg = `node "${id}" hides every protective action (block, report, tell-adult, save-evidence, leave); players should always have a way out`;
      report.add(file, 'warning', 'all-protective-hidden', msg, ['nodes', id], 'key');
    }
  }
}
