/**
 * Untrusted JSON for the bulk path: a teacher imports 1,400 hand-ins at
 * once, so this does in one pass, without copying, what the store's
 * `parseGuardedJson` does with a text scan and a full copy (both costly at
 * that size; see docs/teacher-data.md for the measurements):
 *
 * - a size limit before parsing (V8's JSON.parse does not recurse, so deep
 *   nesting cannot exhaust the stack while parsing);
 * - one walk over the parsed value that refuses nesting deeper than the
 *   limit and any key that could reach a prototype (the project's one list,
 *   `isForbiddenKey`), and collects every key for the canonical text.
 *
 * The parsed value is never merged into live objects; the hand-in that
 * leaves `decodeHandIn` is zod's fresh copy, which holds known keys only.
 */
import { isForbiddenKey } from '../../format/check/guard.js';

export type UntrustedJson =
  | { ok: true; value: unknown; keys: string[] }
  | { ok: false; failure: 'too-large' | 'not-json' | 'too-deep' | 'forbidden-key'; detail: string };

type WalkProblem = { failure: 'too-deep' | 'forbidden-key'; detail: string } | null;

function walk(value: unknown, depth: number, maxDepth: number, keys: Set<string>): WalkProblem {
  if (value === null || typeof value !== 'object') return null;
  if (depth >= maxDepth) return { failure: 'too-deep', detail: `nested deeper than ${maxDepth} levels` };
  if (Array.isArray(value)) {
    for (const item of value) {
      const problem = walk(item, depth + 1, maxDepth, keys);
      if (problem) return problem;
    }
    return null;
  }
  const record = value as Record<string, unknown>;
  for (const key of Object.keys(record)) {
    if (isForbiddenKey(key)) return { failure: 'forbidden-key', detail: `key "${key}"` };
    keys.add(key);
    const problem = walk(record[key], depth + 1, maxDepth, keys);
    if (problem) return problem;
  }
  return null;
}

/** Every key used anywhere in a value (already-checked data, e.g. what we are about to write). */
export function keysOf(value: unknown): string[] {
  const keys = new Set<string>();
  walk(value, 0, Infinity, keys);
  return [...keys];
}

export function parseUntrustedJson(
  text: string,
  limits: { maxChars: number; maxDepth: number },
): UntrustedJson {
  if (text.length > limits.maxChars) {
    return {
      ok: false,
      failure: 'too-large',
      detail: `${text.length} characters; the limit is ${limits.maxChars}`,
    };
  }
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    return { ok: false, failure: 'not-json', detail: error instanceof Error ? error.message : 'not JSON' };
  }
  const keys = new Set<string>();
  const problem = walk(value, 0, limits.maxDepth, keys);
  return problem ? { ok: false, ...problem } : { ok: true, value, keys: [...keys] };
}

/**
 * The canonical JSON text of a value (what `canonicalJson` in the store
 * makes: object keys sorted by code unit, no white space, undefined left
 * out), at native speed: JSON.stringify with a replacer array writes each
 * object's listed keys in the array's order. `keys` must hold every key the
 * value uses (`keysOf`, or what `parseUntrustedJson` collected).
 */
export function canonicalText(value: unknown, keys: readonly string[]): string {
  return JSON.stringify(value, [...keys].sort()) ?? 'null';
}
