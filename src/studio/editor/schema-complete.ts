/**
 * Autocomplete from the generated JSON Schemas (`npm run schemas`): field
 * names where a key is typed, allowed values (warning signs, ratings,
 * avatars…) where a value is, and the story's own node ids after `goto:`,
 * `next:` and `start:`. Pure apart from the schema it is given.
 */
import { placeAt } from './yaml-path';

export interface JsonSchema {
  type?: string | string[];
  description?: string;
  properties?: Record<string, JsonSchema>;
  additionalProperties?: boolean | JsonSchema;
  items?: JsonSchema;
  enum?: unknown[];
  anyOf?: JsonSchema[];
  oneOf?: JsonSchema[];
  allOf?: JsonSchema[];
}

export interface Suggestion {
  label: string;
  /** What is inserted. */
  apply: string;
  detail?: string;
  kind: 'property' | 'value' | 'node';
}

function options(s: JsonSchema): JsonSchema[] {
  return [s, ...(s.anyOf ?? []), ...(s.oneOf ?? []), ...(s.allOf ?? [])];
}

/** The schema of the value at `path` ('[]' = a list's item), or undefined when the schema says nothing. */
export function schemaAt(root: JsonSchema, path: readonly string[]): JsonSchema | undefined {
  let here: JsonSchema[] = [root];
  for (const seg of path) {
    const next: JsonSchema[] = [];
    for (const s of here.flatMap(options)) {
      if (seg === '[]') {
        if (s.items) next.push(s.items);
      } else if (s.properties?.[seg]) next.push(s.properties[seg]);
      else if (s.additionalProperties && typeof s.additionalProperties === 'object')
        next.push(s.additionalProperties);
    }
    if (next.length === 0) return undefined;
    here = next;
  }
  // Several schemas may apply (anyOf): merge what they offer.
  const merged: JsonSchema = {};
  for (const s of here.flatMap(options)) {
    if (s.properties) merged.properties = { ...merged.properties, ...s.properties };
    if (s.enum) merged.enum = [...(merged.enum ?? []), ...s.enum];
    if (s.items && !merged.items) merged.items = s.items;
    if (s.type && !merged.type) merged.type = s.type;
    if (s.description && !merged.description) merged.description = s.description;
  }
  return merged;
}

const NODE_KEYS = new Set(['goto', 'next', 'start']);

/** The ids under the top-level `nodes:` map (by indentation, like the rest). */
export function nodeIds(text: string): string[] {
  const ids: string[] = [];
  let inNodes = false;
  let indent = -1;
  for (const line of text.split('\n')) {
    if (line.trim() === '' || line.trimStart().startsWith('#')) continue;
    const own = line.length - line.trimStart().length;
    if (own === 0) {
      inNodes = /^nodes\s*:/.test(line);
      indent = -1;
      continue;
    }
    if (!inNodes) continue;
    if (indent < 0) indent = own;
    const m = own === indent ? /^\s*(['"]?)([^'":\s]+)\1\s*:/.exec(line) : null;
    if (m) ids.push(m[2]!);
  }
  return ids;
}

function enumValues(s: JsonSchema | undefined): string[] {
  if (!s) return [];
  if (s.enum) return s.enum.map(String);
  const t = Array.isArray(s.type) ? s.type : [s.type];
  if (t.includes('boolean')) return ['true', 'false'];
  return [];
}

/** What to offer at `offset` in `text`, and where the word being replaced starts. */
export function suggest(
  schema: JsonSchema,
  text: string,
  offset: number,
): { from: number; list: Suggestion[] } {
  const place = placeAt(text, offset);
  const from = offset - place.prefix.length;
  const starts = (label: string) => label.startsWith(place.prefix);
  if (place.at === 'key') {
    const s = schemaAt(schema, place.path);
    const props = Object.entries(s?.properties ?? {})
      .filter(([k]) => k !== '$schema' && starts(k))
      .map(([k, v]): Suggestion => ({
        label: k,
        apply: `${k}: `,
        kind: 'property',
        ...(v.description ? { detail: v.description } : {}),
      }));
    const values = enumValues(s)
      .filter(starts)
      .map((v): Suggestion => ({ label: v, apply: v, kind: 'value' }));
    return { from, list: [...props, ...values] };
  }
  const key = place.key!;
  if (NODE_KEYS.has(key)) {
    return {
      from,
      list: nodeIds(text)
        .filter(starts)
        .map((id) => ({ label: id, apply: id, kind: 'node' })),
    };
  }
  const s = schemaAt(schema, [...place.path, key]);
  const values = enumValues(s).length > 0 ? enumValues(s) : enumValues(s?.items);
  return { from, list: values.filter(starts).map((v) => ({ label: v, apply: v, kind: 'value' })) };
}
