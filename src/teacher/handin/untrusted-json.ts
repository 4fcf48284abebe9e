/**
 * Untrusted JSON for the bulk path: a teacher imports 1,400 hand-ins at
 * once, and the store's `parseGuardedJson` (a text scan for depth, then a
 * full copy that drops prototype keys) costs about four times a bare
 * `JSON.parse` at that size (measurements in docs/teacher-data.md). Here:
 *
 * - a size limit before parsing; V8's JSON.parse does not recurse, so deep
 *   nesting cannot exhaust the stack while parsing;
 * - keys that could reach a prototype (the project's one list,
 *   `FORBIDDEN_KEYS`) are refused: a cheap search of the text says whether
 *   one can be there at all (as `"__proto__"`, or spelled with a \u escape),
 *   and only then is the parsed value walked to find it;
 * - nesting is bounded wherever the value is walked (`collectKeys`, the
 *   slow path of the checksum). Nothing else descends into the raw value:
 *   zod only follows the hand-in's own, finite shape.
 *
 * The parsed value is never merged into live objects; the hand-in that
 * leaves `decodeHandIn` is zod's fresh copy, which holds known keys only.
 */
import { FORBIDDEN_KEYS } from '../../format/check/guard.js';

export type UntrustedJson =
  | { ok: true; value: unknown }
  | { ok: false; failure: 'too-large' | 'not-json' | 'too-deep' | 'forbidden-key'; detail: string };

type WalkProblem = { failure: 'too-deep' | 'forbidden-key'; detail: string } | null;

function walk(value: unknown, depth: number, maxDepth: number, keys: Set<string> | null): WalkProblem {
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
    if (FORBIDDEN_KEYS.has(key)) return { failure: 'forbidden-key', detail: `key "${key}"` };
    keys?.add(key);
    const problem = walk(record[key], depth + 1, maxDepth, keys);
    if (problem) return problem;
  }
  return null;
}

/** A forbidden key written plainly, or a \u escape (which can spell anything); one pass over the text. */
const MAY_HOLD_FORBIDDEN_KEY = new RegExp(
  [...[...FORBIDDEN_KEYS].map((k) => `"${k.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}"`), '\\\\u'].join('|'),
);

function mayHoldForbiddenKey(text: string): boolean {
  return MAY_HOLD_FORBIDDEN_KEY.test(text);
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
  if (mayHoldForbiddenKey(text)) {
    const problem = walk(value, 0, limits.maxDepth, null);
    if (problem) return { ok: false, ...problem };
  }
  return { ok: true, value };
}

/** Every key used anywhere in a value, or a problem when it nests deeper than `maxDepth` or holds a forbidden key. */
export function collectKeys(
  value: unknown,
  maxDepth: number,
): { ok: true; keys: string[] } | { ok: false; failure: 'too-deep' | 'forbidden-key'; detail: string } {
  const keys = new Set<string>();
  const problem = walk(value, 0, maxDepth, keys);
  return problem ? { ok: false, ...problem } : { ok: true, keys: [...keys] };
}

/** Every key of a value we made ourselves (already validated, so of bounded depth). */
export function keysOf(value: unknown): string[] {
  const keys = new Set<string>();
  walk(value, 0, Infinity, keys);
  return [...keys];
}

/**
 * The canonical JSON text of a value (what `canonicalJson` in the store
 * makes: object keys sorted by code unit, no white space, undefined left
 * out), at native speed: JSON.stringify with a replacer array writes each
 * object's listed keys in the array's order. `keys` must hold every key the
 * value uses (`keysOf`, `collectKeys`).
 */
export function canonicalText(value: unknown, keys: readonly string[]): string {
  return JSON.stringify(value, [...keys].sort()) ?? 'null';
}
