/**
 * Reading untrusted JSON (backup files) safely: a size limit before parsing,
 * a nesting limit checked by a cheap scan before `JSON.parse` (deep nesting
 * can exhaust the stack), and a copy into fresh objects that refuses keys
 * which could reach an object's prototype when merged into live objects.
 */

export interface JsonLimits {
  maxChars: number;
  maxDepth: number;
}

export type GuardFailure = 'too-large' | 'too-deep' | 'not-json' | 'forbidden-key';

const FORBIDDEN_KEYS = new Set(['__proto__', 'constructor', 'prototype']);

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
  const copied = freshCopy(parsed, '');
  return copied.ok ? { ok: true, value: copied.value } : copied;
}

/** Rebuilds parsed JSON from plain objects, refusing prototype-reaching keys. */
function freshCopy(value: unknown, path: string): GuardedJson {
  if (value === null || typeof value !== 'object') return { ok: true, value };
  if (Array.isArray(value)) {
    const out: unknown[] = [];
    for (let i = 0; i < value.length; i++) {
      const item = freshCopy(value[i], `${path}[${i}]`);
      if (!item.ok) return item;
      out.push(item.value);
    }
    return { ok: true, value: out };
  }
  const out: Record<string, unknown> = {};
  for (const key of Object.keys(value)) {
    if (FORBIDDEN_KEYS.has(key)) {
      return { ok: false, failure: 'forbidden-key', detail: `key "${key}" at ${path || 'top level'}` };
    }
    const item = freshCopy((value as Record<string, unknown>)[key], `${path}.${key}`);
    if (!item.ok) return item;
    out[key] = item.value;
  }
  return { ok: true, value: out };
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
