/**
 * Hostile text, as an attacker or an accident makes it, for every file the
 * app reads (backups, hand-ins, story packs, translations). Each file kind
 * starts from a real file of its own and applies one to three of these
 * mutations: cut short, a character changed, a piece spliced in (random
 * text or a known-nasty snippet: lone surrogates, markup, prototype keys,
 * nesting 10,000 levels deep, a huge string), or, for JSON files, a value
 * anywhere replaced by one of the wrong type or a prototype key added to
 * any object, then "signed" again where the format has a checksum (a
 * checksum is no signature). Shared by the unit tests and `npm run bench:fuzz`.
 */
import fc from 'fast-check';

export const DEEP_LEVELS = 10_000;
const deepJson = `${'['.repeat(DEEP_LEVELS)}${']'.repeat(DEEP_LEVELS)}`;
const deepObject = `${'{"a":'.repeat(DEEP_LEVELS)}1${'}'.repeat(DEEP_LEVELS)}`;
const deepXml = `${'<g>'.repeat(DEEP_LEVELS)}x${'</g>'.repeat(DEEP_LEVELS)}`;
/** Big enough to matter, small enough that 10,000 cases finish. */
const hugeString = 'x'.repeat(200_000);

/** Pieces of text that have broken readers elsewhere; spliced in anywhere, in any file kind. */
export const nastySnippet: fc.Arbitrary<string> = fc.constantFrom(
  '\ud800',
  '\udfff',
  '"\\ud800"',
  '\u0000',
  '\\u0000',
  '\ufeff',
  '"__proto__"',
  '"__proto__":{"polluted":true},',
  '{"__proto__":{"polluted":true}}',
  '"constructor":{"prototype":{"polluted":true}},',
  '"\\u005f_proto__":{"polluted":true},',
  '<script>alert(1)</script>',
  '<img src=x onerror=alert(1)>',
  '<![CDATA[x]]>',
  '<!DOCTYPE x [<!ENTITY e SYSTEM "file:///etc/passwd">]>',
  '&e;',
  '&amp;&lt;&#0;',
  '"\nmsgid "x"\nmsgstr "y"\n',
  '#, fuzzy\n',
  '{{__proto__}}',
  '1e999',
  '-0',
  deepJson,
  deepObject,
  deepXml,
  hugeString,
  `"${hugeString}"`,
);

/** JSON values of every type, and some that only look harmless. */
export const hostileValue: fc.Arbitrary<unknown> = fc.oneof(
  fc.jsonValue({ maxDepth: 3 }),
  fc.constantFrom(
    '\ud800',
    '',
    'a/b',
    '../..',
    'x'.repeat(65),
    '__proto__',
    'constructor',
    '<b>7A</b>',
    hugeString,
    -1,
    1e308,
    Number.MAX_SAFE_INTEGER + 2,
    0.5,
    true,
    null,
    [],
    {},
  ),
  fc.constant({ __proto__: { polluted: 1 } }),
  fc.constant(JSON.parse(deepJson) as unknown),
);

export type TextMutation =
  | { kind: 'cut'; at: number }
  | { kind: 'flip'; at: number; char: string }
  | { kind: 'splice'; at: number; remove: number; insert: string };

export type JsonMutation =
  | { kind: 'edit'; pick: number; value: unknown; resign: boolean }
  | { kind: 'proto-key'; pick: number; key: string; resign: boolean };

export type Mutation = TextMutation | JsonMutation;

const textMutation: fc.Arbitrary<TextMutation> = fc.oneof(
  fc.record({ kind: fc.constant('cut' as const), at: fc.nat() }),
  fc.record({
    kind: fc.constant('flip' as const),
    at: fc.nat(),
    char: fc.string({ minLength: 1, maxLength: 1 }),
  }),
  fc.record({
    kind: fc.constant('splice' as const),
    at: fc.nat(),
    remove: fc.nat({ max: 40 }),
    insert: fc.oneof(fc.string({ maxLength: 20 }), nastySnippet),
  }),
);

const jsonMutation: fc.Arbitrary<JsonMutation> = fc.oneof(
  fc.record({
    kind: fc.constant('edit' as const),
    pick: fc.nat(),
    value: hostileValue,
    resign: fc.boolean(),
  }),
  fc.record({
    kind: fc.constant('proto-key' as const),
    pick: fc.nat(),
    key: fc.constantFrom('__proto__', 'constructor', 'prototype'),
    resign: fc.boolean(),
  }),
);

/** One to three mutations; `json` adds the structural edits of JSON files. */
export function mutations(options: { json: boolean }): fc.Arbitrary<Mutation[]> {
  const one: fc.Arbitrary<Mutation> = options.json ? fc.oneof(textMutation, jsonMutation) : textMutation;
  return fc.array(one, { minLength: 1, maxLength: 3 });
}

function applyText(text: string, m: TextMutation): string {
  const at = m.at % Math.max(1, text.length);
  switch (m.kind) {
    case 'cut':
      return text.slice(0, at);
    case 'flip':
      return text.slice(0, at) + m.char + text.slice(at + 1);
    case 'splice':
      return text.slice(0, at) + m.insert + text.slice(at + m.remove);
  }
}

type Path = (string | number)[];

/** Every path to a value inside `value`. */
function paths(value: unknown, at: Path = []): Path[] {
  const out = [at];
  if (Array.isArray(value)) value.forEach((v, i) => out.push(...paths(v, [...at, i])));
  else if (value && typeof value === 'object')
    for (const [k, v] of Object.entries(value)) out.push(...paths(v, [...at, k]));
  return out;
}

function valueAt(root: unknown, path: Path): unknown {
  let node = root;
  for (const key of path) node = (node as Record<string | number, unknown>)[key];
  return node;
}

function setAt(root: unknown, path: Path, value: unknown): void {
  if (path.length === 0) return;
  const parent = valueAt(root, path.slice(0, -1)) as Record<string | number, unknown>;
  parent[path.at(-1)!] = value;
}

/**
 * How a JSON file kind writes itself back after an edit: `body` is where
 * edits land (the data under the checksum), `write` turns the edited file
 * into text, signed again when asked.
 */
export interface JsonFileKind {
  body: Path;
  write(file: Record<string, unknown>, resign: boolean): Promise<string> | string;
}

async function applyJson(text: string, m: JsonMutation, kind: JsonFileKind): Promise<string> {
  const file = JSON.parse(text) as Record<string, unknown>;
  const all = paths(valueAt(file, kind.body), kind.body);
  if (m.kind === 'edit') {
    setAt(file, all[m.pick % all.length]!, m.value);
    return kind.write(file, m.resign);
  }
  // A prototype key is written as text: an object literal would not keep it as an own key.
  const objects = all.filter((p) => {
    const node = valueAt(file, p);
    return node !== null && typeof node === 'object' && !Array.isArray(node);
  });
  if (objects.length === 0) return text;
  const marker = '"__fuzz_marker__":1';
  setAt(file, [...objects[m.pick % objects.length]!, '__fuzz_marker__'], 1);
  const written = await kind.write(file, m.resign);
  return written.replace(marker, `"${m.key}":{"polluted":true},${marker}`);
}

/** A real file with `list` applied in turn; a JSON edit of a text that no longer parses is skipped. */
export async function mutate(text: string, list: readonly Mutation[], kind?: JsonFileKind): Promise<string> {
  let out = text;
  for (const m of list) {
    if (m.kind === 'cut' || m.kind === 'flip' || m.kind === 'splice') out = applyText(out, m);
    else if (kind) {
      try {
        out = await applyJson(out, m, kind);
      } catch {
        // An earlier mutation left text that is not JSON: a JSON-level edit is not possible.
      }
    }
  }
  return out;
}
