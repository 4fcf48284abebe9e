/**
 * The locale fallback chain: es-EC → es → en. A regional variant falls back
 * to its base language, then to any other variant of that base the game has
 * (pt-PT → pt-BR), then to English. Pure, so it is unit-tested.
 */
export function fallbackChain(code: string, available: readonly string[], last = 'en'): string[] {
  const chain: string[] = [];
  const add = (c: string | undefined) => {
    if (c && !chain.includes(c)) chain.push(c);
  };
  const parts = code.split('-');
  for (let i = parts.length - 1; i >= 1; i--) {
    const tag = parts.slice(0, i).join('-');
    add(available.find((a) => a.toLowerCase() === tag.toLowerCase()));
  }
  const base = (parts[0] ?? '').toLowerCase();
  add(
    available.find((a) => a.toLowerCase() !== code.toLowerCase() && a.toLowerCase().split('-')[0] === base),
  );
  if (code !== last) add(last);
  return chain.filter((c) => c !== code);
}
