/**
 * Files must be UTF-8. A table saved as Latin-1, Windows-1252 or UTF-16
 * still "reads", but every accented letter turns into "�" (the replacement
 * character), so each of its lines looks changed: without this check the
 * author would get dozens of misleading "stale translation" warnings instead
 * of one clear error. Decoding never fails silently, so "�" or NUL in the
 * text is the sign; the bytes, when the reader passes them, say exactly
 * where and how.
 */
import type { SourceFile } from '../load.js';
import type { Position } from './locate.js';
import { englishMessage } from './words/english.js';
import type { FindingWords } from './words/render.js';

export interface EncodingProblem {
  /** The `not-utf8` finding's words: one variant per way a file can be wrong. */
  words: FindingWords;
  /** The same in English. */
  message: string;
  at: Position;
}

const problem = (variant: string, at: Position, params: FindingWords['params'] = {}): EncodingProblem => {
  const words = { variant, params };
  return { words, message: englishMessage('not-utf8', words), at };
};

/** Why a file is not UTF-8 text, or null when it is. */
export function encodingProblem(file: SourceFile): EncodingProblem | null {
  const text = file.text;
  const replacement = text.indexOf('\ufffd');
  const nul = text.indexOf('\u0000');
  if (replacement < 0 && nul < 0) return null;
  const bytes = file.bytes;
  if (bytes && bytes.length >= 2) {
    const [a, b] = [bytes[0], bytes[1]];
    if ((a === 0xff && b === 0xfe) || (a === 0xfe && b === 0xff))
      return problem('utf16', { line: 1, column: 1 });
  }
  if (nul >= 0 && (replacement < 0 || nul < replacement)) return problem('nul', positionInText(text, nul));
  const bad = bytes ? firstInvalidUtf8(bytes) : -1;
  if (bytes && bad >= 0) {
    const hex = bytes[bad]!.toString(16).toUpperCase().padStart(2, '0');
    return problem('byte', positionInBytes(bytes, bad), { byte: `0x${hex}` });
  }
  return problem('replacement', positionInText(text, replacement), { mark: '\ufffd' });
}

function positionInText(text: string, index: number): Position {
  let line = 1;
  let start = 0;
  for (let i = text.indexOf('\n'); i >= 0 && i < index; i = text.indexOf('\n', i + 1)) {
    line++;
    start = i + 1;
  }
  return { line, column: index - start + 1 };
}

/** Line and column (in characters) of a byte offset in UTF-8-ish bytes. */
function positionInBytes(bytes: Uint8Array, offset: number): Position {
  let line = 1;
  let column = 1;
  for (let i = 0; i < offset; i++) {
    const b = bytes[i]!;
    if (b === 0x0a) {
      line++;
      column = 1;
    } else if ((b & 0xc0) !== 0x80) column++; // continuation bytes are part of the letter before
  }
  return { line, column };
}

/** The offset of the first byte that does not belong to well-formed UTF-8, or -1. */
export function firstInvalidUtf8(bytes: Uint8Array): number {
  for (let i = 0; i < bytes.length;) {
    const b = bytes[i]!;
    if (b < 0x80) {
      i++;
      continue;
    }
    // Lead byte: how many continuation bytes follow, and the allowed range of
    // the first one (which rules out overlong forms, surrogates and > U+10FFFF).
    let need: number;
    let low = 0x80;
    let high = 0xbf;
    if (b >= 0xc2 && b <= 0xdf) need = 1;
    else if (b >= 0xe0 && b <= 0xef) {
      need = 2;
      if (b === 0xe0) low = 0xa0;
      if (b === 0xed) high = 0x9f;
    } else if (b >= 0xf0 && b <= 0xf4) {
      need = 3;
      if (b === 0xf0) low = 0x90;
      if (b === 0xf4) high = 0x8f;
    } else return i;
    for (let k = 1; k <= need; k++) {
      const c = bytes[i + k];
      if (c === undefined || c < (k === 1 ? low : 0x80) || c > (k === 1 ? high : 0xbf)) return i;
    }
    i += need + 1;
  }
  return -1;
}
