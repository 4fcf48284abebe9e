/**
 * A defensive copy of untrusted parsed data before validation. Keys that could
 * reach an object's prototype (`__proto__`, `constructor`, `prototype`) are
 * dropped and reported, and nesting deeper than any scenario needs is cut off,
 * so nothing later can be tricked into walking or merging them.
 *
 * The project's one guard against such keys: scenarios and packs (here),
 * backups (src/store/json-guard.ts) and locale tables (src/i18n/flatten.ts)
 * all use it, so a key added here is refused everywhere.
 */
import type { Path } from './locate.js';

export const FORBIDDEN_KEYS: ReadonlySet<string> = new Set(['__proto__', 'constructor', 'prototype']);
/** A scenario is at most ~8 levels deep; 40 leaves room and stops stack games. */
export const MAX_DEPTH = 40;

/** True for a key that could reach an object's prototype when copied or merged. */
export function isForbiddenKey(key: string): boolean {
  return FORBIDDEN_KEYS.has(key);
}

export interface GuardProblem {
  kind: 'forbidden-key' | 'too-deep';
  path: Path;
  key?: string;
}

/**
 * Returns a plain copy of `value` (fresh objects and arrays) without forbidden
 * keys or parts nested `maxDepth` levels or deeper, each reported in `problems`.
 */
export function guardValue(value: unknown, problems: GuardProblem[], maxDepth = MAX_DEPTH): unknown {
  return copy(value, [], problems, maxDepth);
}

function copy(
  value: unknown,
  path: (string | number)[],
  problems: GuardProblem[],
  maxDepth: number,
): unknown {
  if (value === null || typeof value !== 'object') return value;
  if (path.length >= maxDepth) {
    problems.push({ kind: 'too-deep', path: [...path] });
    return undefined;
  }
  if (Array.isArray(value)) {
    return value.map((item, i) => copy(item, [...path, i], problems, maxDepth));
  }
  const out: Record<string, unknown> = {};
  for (const key of Object.keys(value)) {
    if (isForbiddenKey(key)) {
      problems.push({ kind: 'forbidden-key', path: [...path, key], key });
      continue;
    }
    out[key] = copy((value as Record<string, unknown>)[key], [...path, key], problems, maxDepth);
  }
  return out;
}

/** The words of a guard problem's finding (its templates are `finding.forbidden-key` and `finding.too-deep`). */
export function guardWords(problem: GuardProblem): { params: Record<string, string | number> } {
  return problem.kind === 'forbidden-key'
    ? { params: { key: problem.key ?? '' } }
    : { params: { depth: MAX_DEPTH } };
}
