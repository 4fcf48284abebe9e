/**
 * The story map's layout: dagre (a well-kept layered layout) places the
 * nodes top to bottom from the start, and routes the links. Pure (no DOM),
 * so it is measured and tested in Node. Story-wide protective actions are not
 * drawn from every node (that would be a thicket): the view lists them once.
 */
import { Graph, layout } from '@dagrejs/dagre';
import type { LinkKind, StoryOutline } from '../model/outline';
import type { EndingKind } from '../../format/taxonomy';

/** Larger stories get a list of nodes instead: a map that big is unreadable on a laptop. */
export const MAX_GRAPH_NODES = 120;

export interface PlacedNode {
  id: string;
  x: number;
  y: number;
  width: number;
  height: number;
  ending?: EndingKind;
  start: boolean;
}

export interface PlacedLink {
  from: string;
  to: string;
  kind: LinkKind;
  points: { x: number; y: number }[];
}

export interface StoryMap {
  width: number;
  height: number;
  nodes: PlacedNode[];
  links: PlacedLink[];
}

const NODE_HEIGHT = 34;
const widthOf = (id: string): number => Math.max(60, Math.round(id.length * 8.2 + 28));

export function layoutStory(outline: StoryOutline): StoryMap | null {
  if (outline.nodes.length === 0 || outline.nodes.length > MAX_GRAPH_NODES) return null;
  const g = new Graph();
  g.setGraph({ rankdir: 'TB', nodesep: 24, ranksep: 48, marginx: 12, marginy: 12 });
  g.setDefaultEdgeLabel(() => ({}));
  const ids = new Set(outline.nodes.map((n) => n.id));
  for (const n of outline.nodes) g.setNode(n.id, { width: widthOf(n.id), height: NODE_HEIGHT });
  // One arrow per pair of nodes, the strongest kind of link between them.
  const rank: Record<LinkKind, number> = { choice: 0, next: 1, protective: 2 };
  const kinds = new Map<string, { from: string; to: string; kind: LinkKind }>();
  for (const n of outline.nodes) {
    for (const l of n.links) {
      if (!ids.has(l.to)) continue; // a broken link: the checker reports it
      const key = `${n.id}\u0000${l.to}`;
      const known = kinds.get(key);
      if (!known || rank[l.kind] < rank[known.kind]) kinds.set(key, { from: n.id, to: l.to, kind: l.kind });
    }
  }
  for (const { from, to } of kinds.values()) g.setEdge(from, to);
  layout(g);
  const label = g.graph();
  const nodes = outline.nodes.map((n): PlacedNode => {
    const p = g.node(n.id);
    return {
      id: n.id,
      x: p.x,
      y: p.y,
      width: p.width,
      height: p.height,
      start: n.id === outline.start,
      ...(n.ending ? { ending: n.ending } : {}),
    };
  });
  const links = [...kinds.values()].map((k): PlacedLink => ({
    ...k,
    points: (g.edge(k.from, k.to)?.points ?? []).map((p: { x: number; y: number }) => ({ x: p.x, y: p.y })),
  }));
  return { width: label.width ?? 0, height: label.height ?? 0, nodes, links };
}
