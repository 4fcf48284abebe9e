/**
 * Validating a logic file again after an edit, for the studio's remembering
 * checker: a node whose data is the same as at the last clean reading keeps
 * its validated object, and only the nodes that changed are validated.
 * A 1,000-node story then validates in a fraction of the time, and the
 * analyses that remember their work by node (node-memo.ts) find the
 * unchanged nodes as the same objects. Top-level fields the edit did not
 * touch keep theirs too.
 *
 * Exactness: a node's validation reads only that node, so the same data
 * gives the same result. Anything unusual (the outline or a changed node
 * does not validate) returns undefined, and the caller validates the whole
 * file as a fresh check does, so its findings are word for word the same.
 */
import { z } from 'zod';
import { Name, Node, Scenario, type NodeT, type ScenarioT } from '../schema.js';
import { sameData } from './same-data.js';
import { parseForWords } from './schema-words.js';

/** The scenario with its nodes left unvalidated (their ids still are). */
const ScenarioOutline = Scenario.extend({ nodes: z.record(Name, z.unknown()) });

type Plain = Record<string, unknown>;
const isPlain = (v: unknown): v is Plain => v !== null && typeof v === 'object' && !Array.isArray(v);

/**
 * `clean` is the guarded copy of `raw` (with no guard problems), `before`
 * the last clean reading of the same file: its data as read and its
 * validated scenario.
 */
export function revalidate(
  clean: unknown,
  raw: unknown,
  before: { value: unknown; scenario: ScenarioT },
): ScenarioT | undefined {
  if (!isPlain(clean) || !isPlain(raw) || !isPlain(before.value) || !isPlain(raw.nodes)) return undefined;
  const outline = parseForWords(ScenarioOutline, clean);
  if (!outline.success) return undefined;
  const oldRaw = isPlain(before.value.nodes) ? before.value.nodes : {};
  const nodes: Record<string, NodeT> = {};
  for (const [id, data] of Object.entries(outline.data.nodes)) {
    const same =
      Object.hasOwn(oldRaw, id) &&
      Object.hasOwn(before.scenario.nodes, id) &&
      sameData(raw.nodes[id], oldRaw[id]);
    if (same) {
      nodes[id] = before.scenario.nodes[id]!;
      continue;
    }
    const node = parseForWords(Node, data);
    if (!node.success) return undefined;
    nodes[id] = node.data;
  }
  const scenario: Plain = { ...outline.data, nodes };
  const old = before.scenario as unknown as Plain;
  for (const key of Object.keys(scenario))
    if (key !== 'nodes' && Object.hasOwn(old, key) && sameData(raw[key], before.value[key]))
      scenario[key] = old[key];
  return scenario as unknown as ScenarioT;
}
