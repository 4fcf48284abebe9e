/**
 * What a nickname may be. Children are asked for a made-up name, never their
 * real one; we cannot tell a real first name from a pseudonym, but we can
 * refuse what is plainly contact data (an email, a phone number, a web
 * address) and anything long enough to be a sentence about the child.
 */

export const NICKNAME_MAX = 20;
export const CLASS_CODE_PATTERN = /^[A-Za-z0-9][A-Za-z0-9-]{0,15}$/;

/** Reason codes the game translates (see assets/locales/<lang>/store.json). */
export const NICKNAME_PROBLEMS = [
  'nickname-empty',
  'nickname-too-long',
  'nickname-characters',
  'nickname-contact',
] as const;
export type NicknameProblem = (typeof NICKNAME_PROBLEMS)[number];

export function nicknameProblem(value: string): NicknameProblem | undefined {
  const trimmed = value.trim();
  if (trimmed.length === 0) return 'nickname-empty';
  if ([...trimmed].length > NICKNAME_MAX) return 'nickname-too-long';
  if (trimmed !== value || /[\p{C}]/u.test(value)) return 'nickname-characters';
  // Letters, marks (accents), digits, spaces and a few joiners; no symbols that build addresses.
  if (!/^[\p{L}\p{M}\p{N} ._'-]+$/u.test(value)) return 'nickname-characters';
  const digits = value.replace(/\D/gu, '').length;
  if (digits >= 5) return 'nickname-contact';
  if (/(^|[^\p{L}])(www|https?)([^\p{L}]|$)|\.(com|net|org|br|es|mx|ar|co)$/iu.test(value))
    return 'nickname-contact';
  return undefined;
}
