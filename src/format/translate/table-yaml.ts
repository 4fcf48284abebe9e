/**
 * Writing imported lines into a text table's YAML, keeping the author's
 * comments and order: lines already there are replaced in place, new ones
 * are added at the end. Quotes follow docs/scenario-format.md (single).
 */
import { isMap, isScalar, parseDocument, Scalar, visit, type Document, type Pair } from 'yaml';
import type { TextTableT } from '../schema.js';

const HEADER = '# yaml-language-server: $schema=../../text.schema.json\n';

/**
 * How a table is written back: long sentences stay on one line (the `yaml`
 * package folds at 80 columns by default, which would rewrap every line of
 * the file when one changes).
 */
export const TABLE_TEXT_OPTIONS = { lineWidth: 0 } as const;

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
  return doc.toString(TABLE_TEXT_OPTIONS);
}

/**
 * `existing` without the lines `ids` (a translation emptied in the studio is
 * not translated any more). Everything else, comments included, is kept.
 * Throws when `existing` is not a table, like writeTableLines.
 */
export function removeTableLines(existing: string, ids: readonly string[]): string {
  const doc: Document = parseDocument(existing);
  if (doc.errors.length > 0) throw new Error(doc.errors[0]!.message);
  const root = doc.contents;
  if (root === null) return existing;
  if (!isMap(root)) throw new Error('the table is not a list of line-id: text pairs');
  const gone = new Set(ids);
  const kept: Pair[] = [];
  // A comment above a removed line usually heads a section: it moves to the next line kept.
  let heading: string | undefined;
  for (const pair of root.items as Pair[]) {
    const key = pair.key;
    if (isScalar(key) && gone.has(String(key.value))) {
      if (key.commentBefore) heading = heading ? `${heading}\n${key.commentBefore}` : key.commentBefore;
      continue;
    }
    if (heading && isScalar(key)) {
      key.commentBefore = key.commentBefore ? `${heading}\n${key.commentBefore}` : heading;
      heading = undefined;
    }
    kept.push(pair);
  }
  root.items = kept;
  return doc.toString(TABLE_TEXT_OPTIONS);
}
