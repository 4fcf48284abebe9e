/**
 * What a teacher PIN may be: 4 to 8 digits (quick to type on a shared
 * tablet), or a passphrase of at least 8 characters of any kind. Typed text
 * is compared in Unicode NFC, so "ção" typed on two keyboards is the same.
 */
export const PIN_MAX_CHARS = 128;

export const PIN_PROBLEMS = ['empty', 'too-short', 'too-long', 'mismatch'] as const;
export type PinProblem = (typeof PIN_PROBLEMS)[number];

export function normalisePin(typed: string): string {
  return typed.normalize('NFC');
}

/** Why a new PIN (typed twice) cannot be used, or undefined when it can. */
export function newPinProblem(pin: string, again: string): PinProblem | undefined {
  const value = normalisePin(pin);
  const length = [...value].length;
  if (length === 0) return 'empty';
  if (length > PIN_MAX_CHARS) return 'too-long';
  const digitsOnly = /^\d+$/.test(value);
  // Digits: at least 4. Anything else is a passphrase: at least 8 characters.
  if (digitsOnly ? length < 4 : length < 8) return 'too-short';
  if (normalisePin(again) !== value) return 'mismatch';
  return undefined;
}
