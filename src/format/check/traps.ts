/**
 * Loops with no way out: groups of nodes that lead only to each other, so a
 * player who enters them can never reach an ending. Found as the strongly
 * connected components of the nodes that cannot reach an ending; only the
 * "bottom" ones (no edge leaving the group) are reported, since fixing those
 * frees everything that leads into them. This looks at links only; the
 * state explorer (play-states.ts) finds the traps that conditions make.
 */
import type { ScenarioT } from '../schema.js';
import { graphOf, type CheckContext } from './context.js';

export function checkTraps(ctx: CheckContext): void {
  const { scenario, scenarioFile: file, report } = ctx;
  const graph = graphOf(scenario);
  const canEnd = nodesThatCanEnd(scenario);

  const doomed = [...graph.keys()].filter((id) => !canEnd.has(id));
  const order = new Map([...graph.keys()].map((id, i) => [id, i]));
  for (const component of components(doomed, graph)) {
    const members = new Set(component);
    const edges = component.flatMap((id) => graph.get(id) ?? []);
    const isLoop = component.length > 1 || edges.some((e) => e.to === component[0]);
    const closed = edges.every((e) => members.has(e.to));
    if (!isLoop || !closed) continue;
    // Nodes that all go on by `next` loop for ever: reported as next-loop.
    if (component.every((id) => scenario.nodes[id]?.next !== undefined)) continue;
    component.sort((a, b) => order.get(a)! - order.get(b)!);
    const first = component[0]!;
    const words = { params: { nodes: component.map((c) => `"${c}"`).join(', ') } };
    report.add(file, 'error', 'no-way-out', words, ['nodes', first], 'key');
  }
}

/** Nodes from which some ending can be reached over the story's links, ignoring conditions. */
export function nodesThatCanEnd(scenario: ScenarioT): Set<string> {
  const graph = graphOf(scenario);
  // Walking edges backwards from the endings.
  const incoming = new Map<string, string[]>();
  for (const [from, edges] of graph) {
    for (const e of edges) {
      const list = incoming.get(e.to);
      if (list) list.push(from);
      else incoming.set(e.to, [from]);
    }
  }
  const canEnd = new Set<string>();
  const queue = Object.entries(scenario.nodes)
    .filter(([, n]) => n.ending)
    .map(([id]) => id);
  for (const id of queue) {
    if (canEnd.has(id)) continue;
    canEnd.add(id);
    queue.push(...(incoming.get(id) ?? []));
  }
  return canEnd;
}

/** Tarjan's strongly connected components of `nodes`, iteratively (no deep recursion on big graphs). */
export function components(nodes: string[], graph: Map<string, { to: string }[]>): string[][] {
  const inSet = new Set(nodes);
  const adjacent = new Map(nodes.map((id) => [id, (graph.get(id) ?? []).filter((e) => inSet.has(e.to))]));
  const index = new Map<string, number>();
  const low = new Map<string, number>();
  const onStack = new Set<string>();
  const stack: string[] = [];
  const result: string[][] = [];
  let counter = 0;
  for (const root of nodes) {
    if (index.has(root)) continue;
    const work: { id: string; next: number }[] = [{ id: root, next: 0 }];
    index.set(root, counter);
    low.set(root, counter++);
    stack.push(root);
    onStack.add(root);
    while (work.length > 0) {
      const frame = work[work.length - 1]!;
      const edges = adjacent.get(frame.id)!;
      if (frame.next < edges.length) {
        const to = edges[frame.next++]!.to;
        if (!index.has(to)) {
          index.set(to, counter);
          low.set(to, counter++);
          stack.push(to);
          onStack.add(to);
          work.push({ id: to, next: 0 });
        } else if (onStack.has(to)) {
          low.set(frame.id, Math.min(low.get(frame.id)!, index.get(to)!));
        }
        continue;
      }
      work.pop();
      const parent = work[work.length - 1];
      if (parent) low.set(parent.id, Math.min(low.get(parent.id)!, low.get(frame.id)!));
      if (low.get(frame.id) === index.get(frame.id)) {
        const component: string[] = [];
        let member: string;
        do {
          member = stack.pop()!;
          onStack.delete(member);
          component.push(member);
        } while (member !== frame.id);
        result.push(component);
      }
    }
  }
  return result;
}
