/**
 * The example story's branches, read from its scenario.yaml, so the test can
 * steer a second play-through towards a different ending than the first.
 */
import { readFileSync } from 'node:fs';
import { parse } from 'yaml';

interface RawNode {
  choices?: { id: string; goto: string }[];
  next?: string;
  ending?: unknown;
}

export class StoryGraph {
  private readonly nodes: Record<string, RawNode>;
  private readonly gotoOf = new Map<string, string>();

  constructor(id: string) {
    const doc = parse(readFileSync(`scenarios/${id}/scenario.yaml`, 'utf8')) as {
      nodes: Record<string, RawNode>;
    };
    this.nodes = doc.nodes;
    for (const node of Object.values(this.nodes))
      for (const c of node.choices ?? []) this.gotoOf.set(c.id, c.goto);
  }

  /** Steps from `start` to the closest ending that is not in `avoid` (Infinity if none). */
  distanceToOtherEnding(start: string, avoid: ReadonlySet<string>): number {
    const seen = new Set([start]);
    let frontier = [start];
    for (let d = 0; frontier.length; d++) {
      const next: string[] = [];
      for (const id of frontier) {
        const node = this.nodes[id];
        if (!node) continue;
        if (node.ending && !avoid.has(id)) return d;
        for (const to of [...(node.choices ?? []).map((c) => c.goto), ...(node.next ? [node.next] : [])]) {
          if (!seen.has(to)) {
            seen.add(to);
            next.push(to);
          }
        }
      }
      frontier = next;
    }
    return Infinity;
  }

  /** Of the offered choices, the one leading most directly to an ending not yet found. */
  choiceToward(choiceIds: string[], avoid: ReadonlySet<string>): string | undefined {
    let best: string | undefined;
    let bestDistance = Infinity;
    for (const id of choiceIds) {
      const to = this.gotoOf.get(id);
      const d = to === undefined ? Infinity : this.distanceToOtherEnding(to, avoid);
      if (d < bestDistance) {
        best = id;
        bestDistance = d;
      }
    }
    return best ?? choiceIds[0];
  }
}
