/**
 * Picking the player's language: the one they chose before (remembered in
 * localStorage under `escudo.lang`), else the first of the browser's languages
 * the game has, else English. Shared by the title screen and the game.
 */
export const LANGUAGE_KEY = 'escudo.lang';

/** Best available language for a list of wanted BCP-47 tags. */
export function matchLanguage(
  wanted: readonly string[],
  available: readonly string[],
  fallback = 'en',
): string {
  const lower = available.map((a) => a.toLowerCase());
  for (const tag of wanted) {
    const t = tag.toLowerCase();
    const exact = lower.indexOf(t);
    if (exact >= 0) return available[exact]!;
    const base = t.split('-')[0]!;
    // es-EC → es; pt-PT → pt-BR when only a regional variant exists.
    const baseIdx = lower.indexOf(base);
    if (baseIdx >= 0) return available[baseIdx]!;
    const sameBase = lower.findIndex((a) => a.split('-')[0] === base);
    if (sameBase >= 0) return available[sameBase]!;
  }
  return available.includes(fallback) ? fallback : (available[0] ?? fallback);
}

function readStored(): string | null {
  try {
    return localStorage.getItem(LANGUAGE_KEY);
  } catch {
    return null; // storage blocked: just don't remember
  }
}

export function rememberLanguage(code: string): void {
  try {
    localStorage.setItem(LANGUAGE_KEY, code);
  } catch {
    // storage blocked: the choice lasts for this visit only
  }
}

export function initialLanguage(available: readonly string[]): string {
  const stored = readStored();
  if (stored && available.includes(stored)) return stored;
  return matchLanguage(navigator.languages ?? [navigator.language], available);
}
