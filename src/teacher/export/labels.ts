/**
 * The words in an export come from the screens, in the teacher's language:
 * column headers (`headers`, one per column key, so a missing translation
 * is a type error) and the names of codes (`label`). Without `label`, codes
 * are written as they are (`safe`, `the-password`), which is stable but not
 * meant for reading.
 */
import type { ClassAttempt } from '../model.js';

/** The kinds of code an export may name. */
export type LabelKind =
  | 'story'
  | 'ending'
  | 'ending-kind'
  | 'action'
  | 'source'
  | 'yes-no'
  | 'topic'
  | 'sign'
  | 'scope'
  | 'age-band';

/**
 * The display text of a code, or undefined to write the code itself.
 * `scenarioId` is given for `ending` (an ending's node id belongs to a story).
 */
export type Labeller = (kind: LabelKind, code: string, scenarioId?: string) => string | undefined;

export interface ExportNames {
  /**
   * Replaces nicknames with "Child 1", "Child 2"… (the screens' words) and
   * profile keys with the number: for an export that leaves the room.
   * Numbers follow class code, then profile key, so they reveal nothing.
   */
  pseudonym?: (n: number) => string;
}

/** The number each child gets in an anonymous export (see `ExportNames.pseudonym`). */
export function childNumbers(
  attempts: readonly Pick<ClassAttempt, 'classCode' | 'childKey'>[],
): Map<string, number> {
  const keys = [...new Set(attempts.map((a) => a.childKey))];
  const classOf = new Map<string, string>();
  for (const a of attempts) if (!classOf.has(a.childKey)) classOf.set(a.childKey, a.classCode);
  keys.sort((a, b) => {
    const ca = classOf.get(a)!;
    const cb = classOf.get(b)!;
    return ca < cb ? -1 : ca > cb ? 1 : a < b ? -1 : a > b ? 1 : 0;
  });
  return new Map(keys.map((k, i) => [k, i + 1]));
}
