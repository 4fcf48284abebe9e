/**
 * `next:` is followed without asking the player, straight after the node's
 * messages. So:
 * - a chain of `next` links that comes back on itself never stops: the game
 *   would show the same lines again and again with nothing to press.
 *   Conditions cannot break such a loop (`next` has none), so it is found
 *   from the links alone, once per loop (`next-loop`, an error);
 * - choices written on a node that also has `next` are never offered
 *   (`next-with-choices`, a warning).
 */
import { has, type CheckContext } from './context.js';

export function checkNextLinks(ctx: CheckContext): void {
  const { scenario, scenarioFile: file, report } = ctx;
  for (const [id, node] of Object.entries(scenario.nodes)) {
    if (node.next === undefined || node.ending || node.choices.length === 0) continue;
    const words = { params: { node: id, next: node.next } };
    report.add(file, 'warning', 'next-with-choices', words, ['nodes', id, 'choices'], 'key');
  }
  const done = new Set<string>();
  for (const first of Object.keys(scenario.nodes)) {
    const chain: string[] = [];
    const onChain = new Set<string>();
    let id: string | undefined = first;
    while (id !== undefined && !done.has(id) && has(scenario.nodes, id)) {
      if (onChain.has(id)) {
        const loop = chain.slice(chain.indexOf(id));
        const shown = [...loop, id].map((n) => `"${n}"`).join(' → ');
        report.add(file, 'error', 'next-loop', { params: { nodes: shown } }, ['nodes', id, 'next']);
        break;
      }
      chain.push(id);
      onChain.add(id);
      id = scenario.nodes[id]!.next;
    }
    for (const seen of chain) done.add(seen);
  }
}
