/**
 * The play-test's story: the compiled pack with a different beginning. To
 * play from a middle node, the story starts there, in the conversation the
 * player would be in on the way (the last `chat:` on the shortest path from
 * the real start), with the variables the author set. Only the copy changes;
 * the engine then plays it exactly as the game would.
 */
import type { PackT, StoryT } from '../../format/pack/schema';

export type VariableValues = Record<string, number | boolean | string>;

/** The conversation in effect on arrival at `target`, by the shortest path from the start. */
export function chatOnArrival(story: StoryT, target: string): string {
  const seen = new Map<string, string>([[story.start, story.nodes[story.start]?.chat ?? story.firstChat]]);
  const queue = [story.start];
  while (queue.length > 0) {
    const id = queue.shift()!;
    const chat = seen.get(id)!;
    if (id === target) return chat;
    const node = story.nodes[id];
    if (!node) continue;
    const next = [
      ...node.choices.map((c) => c.goto),
      ...(node.next ? [node.next] : []),
      ...Object.values(node.protective).map((o) => o.goto),
    ];
    for (const to of next) {
      if (seen.has(to)) continue;
      seen.set(to, story.nodes[to]?.chat ?? chat);
      queue.push(to);
    }
  }
  return story.nodes[target]?.chat ?? story.firstChat;
}

/** A copy of the pack that starts at `node` with `values` (unknown names and wrong types are ignored). */
export function playFrom(pack: PackT, node: string | undefined, values: VariableValues = {}): PackT {
  const story = pack.scenario;
  const start = node !== undefined && story.nodes[node] ? node : story.start;
  const variables: StoryT['variables'] = {};
  for (const [name, v] of Object.entries(story.variables)) {
    const value = values[name];
    variables[name] = { type: v.type, default: typeof value === v.type ? value! : v.default };
  }
  return {
    ...pack,
    scenario: { ...story, start, firstChat: chatOnArrival(story, start), variables },
  };
}
