/**
 * How long sentences and words may be for each age band, per language, and
 * the measuring that goes with it. The figures and why they were chosen are
 * in docs/safeguarding.md ("Reading level"); in short:
 * - sentences: 15 words for 7–11, 20 for 11–14, 25 for 14–18 in English;
 *   Spanish and Portuguese get a tenth more (articles and "de/que" make the
 *   same sentence a word or two longer);
 * - words: 11, 13 and 14 letters in English; 12, 14 and 15 in Spanish and
 *   Portuguese, whose everyday words run longer ("conversación",
 *   "compartilhar"), with a short allow-list of common longer words.
 * Over the limit is a warning; more than half as long again is an error,
 * since no reviewer would let that through for the age band.
 */
import type { AgeBand } from '../taxonomy.js';
import { ruleLanguage } from './wording-rules.js';

export interface ReadingLimits {
  /** Most words in one sentence. */
  sentenceWords: number;
  /** Most letters in one word (names, usernames and numbers are not counted). */
  wordLetters: number;
}

export const READING_LIMITS: Readonly<Record<string, Readonly<Record<AgeBand, ReadingLimits>>>> = {
  en: {
    '7-11': { sentenceWords: 15, wordLetters: 11 },
    '11-14': { sentenceWords: 20, wordLetters: 13 },
    '14-18': { sentenceWords: 25, wordLetters: 14 },
  },
  es: {
    '7-11': { sentenceWords: 16, wordLetters: 12 },
    '11-14': { sentenceWords: 22, wordLetters: 14 },
    '14-18': { sentenceWords: 27, wordLetters: 15 },
  },
  pt: {
    '7-11': { sentenceWords: 16, wordLetters: 12 },
    '11-14': { sentenceWords: 22, wordLetters: 14 },
    '14-18': { sentenceWords: 27, wordLetters: 15 },
  },
};

/**
 * Longer words children of every band meet every day, so they never count
 * as too long (lower case, as written). Add a word only when no shorter one
 * says the same to a child.
 */
export const LONG_WORDS_ALLOWED: Readonly<Record<string, ReadonlySet<string>>> = {
  en: new Set(['conversation', 'conversations', 'notification', 'notifications', 'grandparents']),
  es: new Set(['conversaciones', 'notificaciones', 'videollamadas']),
  pt: new Set(['notificações', 'videochamadas', 'compartilhando']),
};

/** How far over counts as clearly over: more than half as long again. */
export const CLEARLY_OVER = 1.5;

export function limitsFor(lang: string, band: AgeBand): ReadingLimits | undefined {
  return READING_LIMITS[ruleLanguage(lang)]?.[band];
}

/** Placeholders read as one word; web addresses are not prose. */
function prose(text: string): string {
  return text.replace(/\{\{[^{}]*\}\}/g, 'X').replace(/https?:\/\/\S+/g, ' ');
}

/**
 * The sentences of a text: they end at . ! ? … (followed by a space, a
 * closing quote or the end), at a line break, and at an emoji, which in a
 * chat message usually closes what was said.
 */
export function sentencesOf(text: string): string[] {
  return prose(text)
    .split(
      /(?<=[.!?…]+["'”’»)]*)\s+|\n+|\s*\p{Extended_Pictographic}[\p{Extended_Pictographic}\u{FE0F}\u{200D}\s]*/u,
    )
    .map((s) => s.trim())
    .filter((s) => /\p{L}/u.test(s));
}

/** The words of a sentence: runs without spaces that contain a letter. */
export function wordsOf(sentence: string): string[] {
  return sentence.split(/[\s/]+/u).filter((w) => LETTER.test(w));
}

const LETTER = /\p{L}/u;
const EDGE = /^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu;
const NOT_LETTER = /[^\p{L}]/gu;

/**
 * Whether a word's length is the author's to shorten: not a name written as
 * one word (CamelCase), a username (with _ . @ or digits) or an acronym.
 */
function measurable(word: string): boolean {
  if (/[\d_@.]/u.test(word)) return false;
  if (/\p{Ll}\p{Lu}/u.test(word)) return false;
  if (/^\p{Lu}{2,}$/u.test(word)) return false;
  return true;
}

export interface ReadingProblem {
  kind: 'sentence' | 'word';
  /** The sentence (its first words) or the word. */
  found: string;
  /** Words in the sentence, or letters in the word. */
  size: number;
  limit: number;
  clearlyOver: boolean;
}

/** The start of a long sentence, for a message that lets the author find it. */
function opening(sentence: string): string {
  const words = sentence.split(/\s+/);
  return words.length <= 8 ? sentence : `${words.slice(0, 8).join(' ')}…`;
}

/** Sentences and words over the band's limits in this language; none for a language without limits. */
export function readingProblems(text: string, lang: string, band: AgeBand): ReadingProblem[] {
  const limits = limitsFor(lang, band);
  if (!limits) return [];
  // Most texts are short: no more words in all than a sentence may have, and
  // no run of characters longer than a word may be, so nothing to measure.
  const runs = text.split(/\s+/);
  if (runs.length <= limits.sentenceWords && runs.every((r) => r.length <= limits.wordLetters)) return [];
  const allowed = LONG_WORDS_ALLOWED[ruleLanguage(lang)] ?? new Set<string>();
  const problems: ReadingProblem[] = [];
  const seenWords = new Set<string>();
  for (const sentence of sentencesOf(text)) {
    const words = wordsOf(sentence);
    if (words.length > limits.sentenceWords) {
      problems.push({
        kind: 'sentence',
        found: opening(sentence),
        size: words.length,
        limit: limits.sentenceWords,
        clearlyOver: words.length > limits.sentenceWords * CLEARLY_OVER,
      });
    }
    for (const word of words) {
      // A word no longer than the limit in UTF-16 units has no more letters than that.
      if (word.length <= limits.wordLetters) continue;
      for (const part of word.replace(EDGE, '').split(/[-‐‑]/u)) {
        if (part.length <= limits.wordLetters) continue;
        const letters = part.replace(NOT_LETTER, '').length;
        const key = part.toLowerCase();
        if (letters <= limits.wordLetters || !measurable(part) || allowed.has(key) || seenWords.has(key))
          continue;
        seenWords.add(key);
        problems.push({
          kind: 'word',
          found: part,
          size: letters,
          limit: limits.wordLetters,
          clearlyOver: letters > limits.wordLetters * CLEARLY_OVER,
        });
      }
    }
  }
  return problems;
}
