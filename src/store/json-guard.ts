/**
 * Reading untrusted JSON (backup files) safely: a size limit before parsing,
 * a nesting limit checked by a cheap scan before `JSON.parse` (deep nesting
 * can exhaust the stack), and a copy into fresh objects that refuses keys
 * which could reach an object's prototype when merged into live objects (the
 * format's guard, the same one scenarios and packs go through).
 */
import { guardValue, type GuardProblem } from '../format/check/guard.js';

export interface JsonLimits {
  maxChars: number;
  maxDepth: number;
}

export type GuardFailure = 'too-large' | 'too-deep' | 'not-json' | 'forbidden-key';

/** The deepest nesting of arrays/objects in a JSON text, ignoring brackets inside strings. */
export function jsonDepth(text: string, stopAt: number): number {
  let depth = 0;
  let max = 0;
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (inString) {
      if (c === 0x5c)
        i++; // backslash: skip the escaped character
      else if (c === 0x22) inString = false;
    } else if (c === 0x22) inString = true;
    else if (c === 0x7b || c === 0x5b) {
      depth++;
      if (depth > max) {
        max = depth;
        if (max > stopAt) return max;
      }
    } else if (c === 0x7d || c === 0x5d) depth--;
  }
  return max;
}

export type GuardedJson = { ok: true; value: unknown } | { ok: false; failure: GuardFailure; detail: string };

export function parseGuardedJson(text: string, limits: JsonLimits): GuardedJson {
  if (text.length > limits.maxChars) {
    return {
      ok: false,
      failure: 'too-large',
      detail: `${text.length} characters; the limit is ${limits.maxChars}`,
    };
  }
  const depth = jsonDepth(text, limits.maxDepth);
  if (depth > limits.maxDepth) {
    return { ok: false, failure: 'too-deep', detail: `nested deeper than ${limits.maxDepth} levels` };
  }
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch (error) {
    return { ok: false, failure: 'not-json', detail: error instanceof Error ? error.message : 'not JSON' };
  }
  // The depth scan above already bounds nesting; the guard's own limit is
  // set to the same figure so both agree on what "too deep" means.
  const problems: GuardProblem[] = [];
  const value = guardValue(parsed, problems, limits.maxDepth);
  const problem = problems[0];
  if (!problem) return { ok: true, value };
  const where = problem.path.slice(0, -1);
  return problem.kind === 'forbidden-key'
    ? { ok: false, failure: 'forbidden-key', detail: `key "${problem.key}" at ${pathText(where)}` }
    : { ok: false, failure: 'too-deep', detail: `nested deeper than ${limits.maxDepth} levels` };
}

/** `['data', 0, 'x']` -> `.data[0].x`; the empty path is the top level. */
function pathText(path: readonly (string | number)[]): string {
  if (path.length === 0) return 'top level';
  return path.map((seg) => (typeof seg === 'number' ? `[${seg}]` : `.${seg}`)).join('');
}

/** JSON with object keys sorted, so the same data always gives the same text (and checksum). */
export function canonicalJson(value: unknown): string {
  if (value === null || typeof value !== 'object') return JSON.stringify(value) ?? 'null';
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  const record = value as Record<string, unknown>;
  const keys = Object.keys(record)
    .filter((k) => record[k] !== undefined)
    .sort();
  return `{${keys.map((k) => `${JSON.stringify(k)}:${canonicalJson(record[k])}`).join(',')}}`;
}
