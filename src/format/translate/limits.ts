/** Limits on a translator's file, which is untrusted input like any file sent by someone. */

/** 2 MB of text: a 1,000-line story in XLIFF is about 400 kB. */
export const MAX_TRANSLATION_FILE_CHARS = 2_000_000;
/** More units than this is not one story's language. */
export const MAX_TRANSLATION_UNITS = 20_000;

/** Why a file's size refuses it, or null. */
export function sizeProblem(text: string): string | null {
  return text.length > MAX_TRANSLATION_FILE_CHARS
    ? `the file is too big (${Math.round(text.length / 1000)} kB; a story's language is at most ${MAX_TRANSLATION_FILE_CHARS / 1000} kB)`
    : null;
}
