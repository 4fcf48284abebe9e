/**
 * A defensive copy of untrusted parsed data before validation. Keys that could
 * reach an object's prototype (`__proto__`, `constructor`, `prototype`) are
 * dropped and reported, and nesting deeper than any scenario needs is cut off,
 * so nothing later can be tricked into walking or merging them.
 */
import type { Path } from './locate.js';

export const FORBIDDEN_KEYS: ReadonlySet<string> = new Set(['__proto__', 'constructor', 'prototype']);
/** A scenario is at most ~8 levels deep; 40 leaves room and stops stack games. */
export const MAX_DEPTH = 40;

export interface GuardProblem {
  kind: 'forbidden-key' | 'too-deep';
  path: Path;
  key?: string;
}

/** Returns a plain copy of `value` without forbidden keys or over-deep parts. */
export function guardValue(value: unknown, problems: GuardProblem[]): unknown {
  return copy(value, [], problems);
}

function copy(value: unknown, path: (string | number)[], problems: GuardProblem[]): unknown {
  if (value === null || typeof value !== 'object') return value;
  if (path.length >= MAX_DEPTH) {
    problems.push({ kind: 'too-deep', path: [...path] });
    return undefined;
  }
  if (Array.isArray(value)) {
    return value.map((item, i) => copy(item, [...path, i], problems));
  }
  const out: Record<string, unknown> = {};
  for (const key of Object.keys(value)) {
    if (FORBIDDEN_KEYS.has(key)) {
      problems.push({ kind: 'forbidden-key', path: [...path, key], key });
      continue;
    }
    out[key] = copy((value as Record<string, unknown>)[key], [...path, key], problems);
  }
  return out;
}

/** The message for a guard problem, in plain words. */
export function guardMessage(problem: GuardProblem): string {
  return problem.kind === 'forbidden-key'
    ? `"${problem.key}" cannot be used as a name or key (it is reserved); rename it`
    : `this is nested more than ${MAX_DEPTH} levels deep; a scenario never needs that`;
}
