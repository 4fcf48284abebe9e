/**
 * Friendly nickname generator. Word lists and word order come from the
 * locale file (`nick.first`, `nick.second`: comma-separated; `nick.pattern`
 * e.g. "{{first}} {{second}} {{n}}"), so each language reads naturally and an
 * NGO can change them without code. Nicknames never look like real names.
 */
export function words(list: string): string[] {
  return list
    .split(',')
    .map((w) => w.trim())
    .filter(Boolean);
}

export function makeNickname(
  lists: { first: string; second: string; pattern: string },
  random: () => number = Math.random,
): string {
  const pick = (arr: string[]) => arr[Math.floor(random() * arr.length)] ?? '';
  const first = pick(words(lists.first));
  const second = pick(words(lists.second));
  const n = String(10 + Math.floor(random() * 90));
  return lists.pattern
    .replace('{{first}}', first)
    .replace('{{second}}', second)
    .replace('{{n}}', n)
    .replace(/\s+/g, ' ')
    .trim()
    .slice(0, 20)
    .trim();
}
