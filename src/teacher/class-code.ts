/**
 * Class codes: short, read aloud by a teacher and typed by children aged 8
 * and up on a phone or a shared tablet. So the alphabet leaves out every
 * character that looks or sounds like another in Spanish, Portuguese or
 * English:
 * - shapes: 0/O/Q/D, 1/I/L, 5/S, 2/Z, 8/B, 6/G, U/V;
 * - names: B/V (both "be" in Latin American Spanish), M/N ("eme"/"ene").
 * What is left is 7 digits and 14 letters: 21^6 ≈ 86 million codes of six
 * characters, shown in two groups of three ("KXR-479").
 *
 * Children type codes any way they like ("kxr 479", "KXR479"), so codes are
 * compared through `normaliseClassCode`. Every code made here satisfies the
 * progress store's CLASS_CODE_PATTERN (the field a child fills in).
 */
import { CLASS_CODE_PATTERN } from '../store/nickname.js';

/** The characters a class code is made of (see above for what is left out, and why). */
export const CLASS_CODE_ALPHABET = '2346789ACEFHJKMPRTWXY';
export const CLASS_CODE_LENGTH = 6;

export interface ClassCodeOptions {
  /** Characters, not counting dashes (default 6; 2 to 16). */
  length?: number;
  /** Insert a dash every three characters for reading aloud (default true). */
  group?: boolean;
  /** Codes already in use on this device: a new code never equals one of them (after normalising). */
  avoid?: Iterable<string>;
}

/**
 * A new class code. `random` returns numbers in [0, 1), like Math.random;
 * it is injected so tests are repeatable (the screens pass a crypto-backed one).
 */
export function makeClassCode(random: () => number, options: ClassCodeOptions = {}): string {
  const length = Math.min(16, Math.max(2, Math.floor(options.length ?? CLASS_CODE_LENGTH)));
  const group = options.group ?? true;
  const taken = new Set([...(options.avoid ?? [])].map(normaliseClassCode));
  // With 86 million codes a clash is rare; a bounded loop still ends if the
  // random source is broken (always 0), by returning the last try.
  let code = '';
  for (let attempt = 0; attempt < 100; attempt++) {
    let raw = '';
    for (let i = 0; i < length; i++) {
      const r = random();
      const index = Math.min(
        CLASS_CODE_ALPHABET.length - 1,
        Math.max(0, Math.floor(r * CLASS_CODE_ALPHABET.length)),
      );
      raw += CLASS_CODE_ALPHABET[index]!;
    }
    code = group ? groupCode(raw) : raw;
    if (!taken.has(raw)) break;
  }
  return code;
}

/** "KXR479" -> "KXR-479"; groups of three, a short last group joins the one before. */
function groupCode(raw: string): string {
  const groups: string[] = [];
  for (let i = 0; i < raw.length; i += 3) groups.push(raw.slice(i, i + 3));
  const last = groups[groups.length - 1];
  if (groups.length > 1 && last !== undefined && last.length === 1) {
    groups.pop();
    groups[groups.length - 1] += last;
  }
  return groups.join('-');
}

/**
 * The form two codes are compared in: upper case, without spaces, dashes,
 * dots or underscores, with full-width characters (some phone keyboards)
 * folded to plain ones. "kxr 479", "KXR-479" and "ｋｘｒ４７９" are all "KXR479".
 */
export function normaliseClassCode(code: string): string {
  return (
    code
      .normalize('NFKC')
      .toUpperCase()
      // Spaces, dashes of every kind (hyphen, en/em dash, minus), dots, underscores.
      .replace(/[\s\-_.\u2010-\u2015\u2212]/gu, '')
  );
}

/** Whether two codes name the same class. An empty code matches nothing. */
export function sameClassCode(a: string, b: string): boolean {
  const na = normaliseClassCode(a);
  return na.length > 0 && na === normaliseClassCode(b);
}

/** Whether the text is a code the progress store accepts on a profile. */
export function isStorableClassCode(code: string): boolean {
  return CLASS_CODE_PATTERN.test(code);
}
