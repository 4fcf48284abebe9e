/**
 * Marking translations as reviewed: a translator (or reviewer) who has
 * checked a line against the current source text records that by writing
 * the source text's fingerprint into the line (`source:`), instead of
 * copying fingerprints from the checker's messages by hand.
 *
 * Works on the table's YAML text with `yaml`'s document model, so the
 * author's comments, quotes and order are kept; only the marked lines change.
 * Pure: the CLI (`npm run scenarios:review`) and the studio both call it.
 */
import { isMap, isScalar, parseDocument, Scalar, YAMLMap, type Pair } from 'yaml';
import type { TextTableT } from '../schema.js';
import { TABLE_TEXT_OPTIONS } from './table-yaml.js';
import { entryText, sourceFingerprint } from '../text.js';

export interface ReviewResult {
  /** The table's new text; absent when the table could not be read (see `problems`). */
  text?: string;
  /** The lines whose fingerprint was written, in table order. */
  marked: string[];
  /** Lines asked for that could not be marked, each with the reason. */
  problems: string[];
}

function fingerprintNode(value: string): Scalar {
  const node = new Scalar(value);
  node.type = Scalar.QUOTE_SINGLE;
  return node;
}

/**
 * Writes the current source fingerprint into the translation table
 * `tableText` for `ids` (every translated line when omitted). A bare text
 * becomes `{ text, source }`; a line that already has `source` gets the new
 * value. Lines not in the table (not translated yet) or not in the source
 * table are reported and left alone.
 */
export function markReviewed(tableText: string, source: TextTableT, ids?: readonly string[]): ReviewResult {
  const problems: string[] = [];
  const doc = parseDocument(tableText, { uniqueKeys: true, prettyErrors: false });
  if (doc.errors.length > 0) {
    return { marked: [], problems: [`the table is not valid YAML: ${doc.errors[0]!.message}`] };
  }
  const root = doc.contents;
  if (root !== null && !isMap(root)) {
    return { marked: [], problems: ['the table should be a list of `line-id: text` pairs'] };
  }
  const pairs = (root?.items ?? []) as Pair[];
  const keyOf = (pair: Pair): string => (isScalar(pair.key) ? String(pair.key.value) : '');
  const present = new Set(pairs.map(keyOf));
  const wanted = ids ? new Set(ids) : undefined;
  for (const id of wanted ?? []) {
    if (!Object.hasOwn(source, id)) problems.push(`line "${id}" is not in the source table`);
    else if (!present.has(id)) problems.push(`line "${id}" is not translated yet; translate it first`);
  }

  const marked: string[] = [];
  for (const pair of pairs) {
    const id = keyOf(pair);
    if ((wanted && !wanted.has(id)) || !Object.hasOwn(source, id)) continue;
    const fingerprint = sourceFingerprint(entryText(source[id]!));
    const value = pair.value;
    if (isMap(value) && value.has('text')) {
      if (value.get('source') === fingerprint) continue;
      value.set('source', fingerprintNode(fingerprint));
    } else if (isScalar(value) || isMap(value)) {
      // Bare text or bare plural forms: wrap them, keeping the node (and its comments).
      const wrapped = new YAMLMap<string, unknown>();
      wrapped.set('text', value);
      wrapped.set('source', fingerprintNode(fingerprint));
      pair.value = wrapped;
    } else {
      problems.push(`line "${id}" has no text to mark`);
      continue;
    }
    marked.push(id);
  }
  return { text: doc.toString(TABLE_TEXT_OPTIONS), marked, problems };
}
