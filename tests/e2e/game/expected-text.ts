/**
 * What the example scenario says, read straight from its text tables, so the
 * tests can check that each message and choice on screen (and in the
 * accessibility tree) is the authored line.
 */
import { readFileSync } from 'node:fs';
import { parse } from 'yaml';

export type Lines = Record<string, string>;

export function scenarioLines(id: string, lang: string): Lines {
  const table = parse(readFileSync(`scenarios/${id}/text/${lang}.yaml`, 'utf8')) as Record<string, unknown>;
  const out: Lines = {};
  for (const [key, value] of Object.entries(table)) {
    const text =
      value && typeof value === 'object' && 'text' in value ? (value as { text: unknown }).text : value;
    if (typeof text === 'string') out[key] = text;
    else if (text && typeof text === 'object' && typeof (text as { other?: unknown }).other === 'string')
      out[key] = (text as { other: string }).other;
  }
  return out;
}

/**
 * A piece of a line safe to look for in an accessibility snapshot: the
 * longest stretch of the text between placeholders, quotes and emoji (which
 * the snapshot may write differently), at most 30 characters. Empty only
 * when the line has no such stretch, which the tests count as missing.
 */
export function fragment(text: string, nickname: string): string {
  const filled = text.replace(/\{\{player\}\}/g, nickname);
  const pieces = filled
    .split(/\{\{[^}]*\}\}|["'“”‘’\\]|\p{Extended_Pictographic}/u)
    .map((piece) => piece.replace(/\s+/g, ' ').trim());
  const longest = pieces.reduce((best, piece) => (piece.length > best.length ? piece : best), '');
  return longest.slice(0, 30).trim();
}

/** One of the game's own locale tables (assets/locales/<lang>/<ns>.json), to compare what the screen says. */
export function gameText(lang: string, ns: 'ui' | 'endings' | 'store' | 'signs'): Lines {
  return JSON.parse(readFileSync(`assets/locales/${lang}/${ns}.json`, 'utf8')) as Lines;
}
