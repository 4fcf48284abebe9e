/**
 * A gentle guess at whether a typed nickname looks like a real name
 * ("Lucía García", "Maria"), so the profile form can suggest a made-up one.
 * It only ever leads to a hint, never to a refusal: a guess is wrong
 * sometimes, and a child is never stopped from playing over it.
 *
 * The heuristic (docs/screens.md, "First steps"):
 * - two or three words, each a capital letter followed by small letters
 *   only (no digits, no other capitals), as names are written; or
 * - a first word that is one of a few very common first names of the game's
 *   language (`profile.commonNames` in the locale: a short list of generic
 *   names, not anybody's data).
 * Names built from the game's own nickname words ("Tigre Valiente") are never
 * flagged: they are what "make one up for me" produces.
 */

/** Lower case without accents, so "Lucia" matches "lucía". */
function fold(word: string): string {
  return word.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
}

const NAME_WORD = /^\p{Lu}\p{Ll}+$/u;

export interface NameLists {
  /** Comma-separated very common first names of the language. */
  commonNames: string;
  /** The nickname generator's own words (`nick.first`, `nick.second`), never flagged. */
  nicknameWords: string;
}

function set(list: string): Set<string> {
  return new Set(
    list
      .split(',')
      .map((w) => fold(w.trim()))
      .filter(Boolean),
  );
}

export function looksLikeRealName(nickname: string, lists: NameLists): boolean {
  const words = nickname.trim().split(/\s+/).filter(Boolean);
  if (words.length === 0) return false;
  const own = set(lists.nicknameWords);
  if (words.every((w) => own.has(fold(w)))) return false;
  if (set(lists.commonNames).has(fold(words[0] ?? ''))) return true;
  return words.length >= 2 && words.length <= 3 && words.every((w) => NAME_WORD.test(w));
}
