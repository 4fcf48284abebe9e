/**
 * Writing imported lines into a text table's YAML, keeping the author's
 * comments and order: lines already there are replaced in place, new ones
 * are added at the end. Quotes follow docs/scenario-format.md (single).
 */
import { isMap, isScalar, parseDocument, Scalar, visit, type Document, type Pair } from 'yaml';
import type { TextTableT } from '../schema.js';

const HEADER = '# yaml-language-server: $schema=../../text.schema.json\n';

function singleQuoted(doc: Document, value: unknown) {
  const node = doc.createNode(value);
  visit(node, {
    Scalar(key, scalar) {
      if (key !== 'key' && typeof scalar.value === 'string') scalar.type = Scalar.QUOTE_SINGLE;
    },
  });
  return node;
}

/**
 * `existing` is the table's current YAML (undefined for a new table);
 * `lines` the entries to write. Returns the new YAML text, or throws when
 * `existing` is not a table (callers read it through the checker first).
 */
export function writeTableLines(existing: string | undefined, lines: TextTableT): string {
  const doc: Document = parseDocument(existing ?? HEADER);
  if (doc.errors.length > 0) throw new Error(doc.errors[0]!.message);
  if (doc.contents === null) doc.contents = doc.createNode({});
  const root = doc.contents;
  if (!isMap(root)) throw new Error('the table is not a list of line-id: text pairs');
  for (const [id, entry] of Object.entries(lines)) {
    const at = (root.items as Pair[]).find((pair) => isScalar(pair.key) && pair.key.value === id);
    if (at) at.value = singleQuoted(doc, entry);
    else doc.set(id, singleQuoted(doc, entry));
  }
  return String(doc);
}
