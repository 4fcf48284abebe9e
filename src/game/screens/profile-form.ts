/** What the new-profile form makes of what was typed, before the store checks it. */
import type { AgeBand, PlayerAvatar } from '../../format/taxonomy';

/** Spaces trimmed and runs of spaces made one, as the nickname is shown. */
export function cleanNickname(typed: string): string {
  return typed.trim().replace(/\s+/g, ' ');
}

/** A class code as a teacher writes it on the board: capitals, digits and dashes only. */
export function cleanClassCode(typed: string): string {
  return typed
    .trim()
    .toUpperCase()
    .replace(/[^A-Z0-9-]/g, '');
}

/**
 * The age buttons of the profile form. A child knows their age, not their
 * "age band", and the bands themselves overlap at 11 and 14 (7-11, 11-14,
 * 14-18), so each button is a range of ages that do not overlap, mapped to
 * one band. `label` is the locale key of the button.
 */
export const AGE_CHOICES = [
  { label: 'profile.age.upTo10', band: '7-11' },
  { label: 'profile.age.11to13', band: '11-14' },
  { label: 'profile.age.14to17', band: '14-18' },
] as const satisfies readonly { label: string; band: AgeBand }[];

/** The band for a child's age in years: 10 or under, 11 to 13, 14 and over. */
export function bandForAge(age: number): AgeBand {
  if (age <= 10) return '7-11';
  if (age <= 13) return '11-14';
  return '14-18';
}

/**
 * A random avatar for a new player, never one a story's stranger wears (a
 * child should not find their own face on the person the story warns about).
 * If every avatar were taken by some stranger, any avatar will do.
 */
export function randomPlayerAvatar(
  avatars: readonly PlayerAvatar[],
  strangers: Iterable<string>,
  random: () => number = Math.random,
): PlayerAvatar {
  const taken = new Set(strangers);
  const free = avatars.filter((a) => !taken.has(a));
  const from = free.length > 0 ? free : avatars;
  return from[Math.floor(random() * from.length)] ?? from[0]!;
}
