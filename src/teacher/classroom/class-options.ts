/**
 * What the class can decide at a choice, lettered A, B, C… for the
 * projector and the keyboard: the story's choices that are open (a locked
 * one is left out: the class cannot pick it), then the protective actions
 * the story offers there, as in the child's game.
 */
import type { ChoicesEvent } from '../../engine/types';
import type { ProtectiveAction } from '../../format/taxonomy';

export const PROTECT_PREFIX = 'protect:';

export type ClassOption =
  | { id: string; letter: string; kind: 'choice'; line: string }
  | { id: string; letter: string; kind: 'protect'; action: ProtectiveAction };

/** A, B, … Z: more options than letters never happens in a chat (the checker keeps choices few). */
export const letterOf = (index: number): string => String.fromCharCode(65 + index);

export function classOptions(
  offered: { options: ChoicesEvent['options']; protective: readonly ProtectiveAction[] } | null,
): ClassOption[] {
  if (!offered) return [];
  const choices = offered.options
    .filter((o) => o.enabled)
    .map((o) => ({ kind: 'choice' as const, id: o.id, line: o.id }));
  const actions = offered.protective.map((action) => ({
    kind: 'protect' as const,
    id: `${PROTECT_PREFIX}${action}`,
    action,
  }));
  return [...choices, ...actions].slice(0, 26).map((o, i) => ({ ...o, letter: letterOf(i) }));
}

/** The option a letter key names, if any ("a" and "A" alike). */
export function optionForLetter(options: readonly ClassOption[], key: string): ClassOption | undefined {
  if (key.length !== 1) return undefined;
  return options.find((o) => o.letter === key.toUpperCase());
}
