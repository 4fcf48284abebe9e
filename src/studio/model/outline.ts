/**
 * The shape of a story as the studio's graph, node list and play-test need
 * it, read from the logic file's data even when the checker finds errors
 * (a half-written story is still worth drawing). Defensive: any field of the
 * wrong shape is skipped, never trusted.
 */
import { ENDING_KINDS, PROTECTIVE_ACTIONS, type EndingKind } from '../../format/taxonomy';

export type LinkKind = 'choice' | 'next' | 'protective';

export interface OutlineNode {
  id: string;
  ending?: EndingKind;
  links: { to: string; kind: LinkKind; label: string }[];
}

export interface OutlineVariable {
  name: string;
  type: 'number' | 'boolean' | 'string';
  default: number | boolean | string;
}

export interface StoryOutline {
  start?: string;
  nodes: OutlineNode[];
  /** Story-wide protective actions and where each leads (drawn once, from "any node"). */
  everywhere: { action: string; to: string }[];
  variables: OutlineVariable[];
  sourceLanguage?: string;
}

const record = (v: unknown): Record<string, unknown> | undefined =>
  v && typeof v === 'object' && !Array.isArray(v) ? (v as Record<string, unknown>) : undefined;
const list = (v: unknown): unknown[] => (Array.isArray(v) ? v : []);
const str = (v: unknown): string | undefined => (typeof v === 'string' ? v : undefined);

function protectiveLinks(value: unknown): { action: string; to: string }[] {
  const out: { action: string; to: string }[] = [];
  const p = record(value);
  if (!p) return out;
  for (const action of PROTECTIVE_ACTIONS) {
    const to = str(record(p[action])?.goto);
    if (to) out.push({ action, to });
  }
  return out;
}

export function outlineOf(data: unknown): StoryOutline {
  const s = record(data) ?? {};
  const nodes: OutlineNode[] = [];
  for (const [id, raw] of Object.entries(record(s.nodes) ?? {})) {
    const n = record(raw) ?? {};
    const links: OutlineNode['links'] = [];
    for (const c of list(n.choices)) {
      const choice = record(c);
      const to = str(choice?.goto);
      if (to) links.push({ to, kind: 'choice', label: str(choice?.id) ?? '' });
    }
    const next = str(n.next);
    if (next) links.push({ to: next, kind: 'next', label: 'next' });
    for (const p of protectiveLinks(n.protective))
      links.push({ to: p.to, kind: 'protective', label: p.action });
    const kind = str(record(n.ending)?.kind);
    const ending = (ENDING_KINDS as readonly string[]).includes(kind ?? '')
      ? (kind as EndingKind)
      : undefined;
    nodes.push({ id, links, ...(ending ? { ending } : {}) });
  }
  const variables: OutlineVariable[] = [];
  for (const [name, raw] of Object.entries(record(s.variables) ?? {})) {
    const v = record(raw);
    const type = v?.type;
    const value = v?.default;
    if ((type === 'number' || type === 'boolean' || type === 'string') && typeof value === type)
      variables.push({ name, type, default: value as OutlineVariable['default'] });
  }
  const start = str(s.start);
  const sourceLanguage = str(s.sourceLanguage);
  return {
    ...(start ? { start } : {}),
    nodes,
    everywhere: protectiveLinks(s.protective),
    variables,
    ...(sourceLanguage ? { sourceLanguage } : {}),
  };
}
