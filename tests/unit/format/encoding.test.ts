/**
 * Files must be UTF-8: one clear error for a file saved in another encoding,
 * naming the problem, instead of its mangled letters reading as changed lines.
 */
import { describe, expect, it } from 'vitest';
import { encodingProblem, firstInvalidUtf8 } from '../../../src/format/check/encoding.js';

const utf8 = (text: string) => new Uint8Array(Buffer.from(text, 'utf8'));
/** A file as the CLI reads it: its bytes, and their UTF-8 reading. */
const file = (bytes: Uint8Array) => ({ path: 'x.yaml', bytes, text: Buffer.from(bytes).toString('utf8') });

describe('a file in another encoding than UTF-8', () => {
  it('passes UTF-8 with accents, emoji and a byte-order mark', () => {
    expect(encodingProblem(file(utf8('\ufefftitle: ¿Qué pasó? ção 🔥\n')))).toBeNull();
    expect(encodingProblem({ path: 'x.yaml', text: 'title: ¿Qué pasó?' })).toBeNull();
  });

  it('says UTF-16 for a UTF-16 file, with or without its byte-order mark', () => {
    const le = new Uint8Array(Buffer.from('\ufefftitle: hola\n', 'utf16le'));
    expect(encodingProblem(file(le))?.message).toMatch(
      /^this file is saved as UTF-16, not UTF-8; save it as UTF-8/,
    );
    const bare = new Uint8Array(Buffer.from('title: hola\n', 'utf16le'));
    expect(encodingProblem(file(bare))).toMatchObject({
      at: { line: 1, column: 2 },
      message: expect.stringMatching(/NUL characters, so it was probably saved as UTF-16/),
    });
  });

  it('points at the first letter a Latin-1 file got wrong', () => {
    const latin1 = new Uint8Array(Buffer.from('title: hola\nsummary: Añadir más\n', 'latin1'));
    expect(encodingProblem(file(latin1))).toMatchObject({
      at: { line: 2, column: 11 },
      message: expect.stringContaining('byte 0xF1 here is not UTF-8 text'),
    });
  });

  it('finds the mark of a bad conversion in text given without its bytes', () => {
    expect(encodingProblem({ path: 'x.yaml', text: 'a: ok\nb: A\ufffdadir\n' })).toMatchObject({
      at: { line: 2, column: 5 },
      message: expect.stringContaining('retype the letters shown as "\ufffd"'),
    });
  });
});

describe('UTF-8 validation', () => {
  it('refuses overlong forms, surrogates, code points past U+10FFFF and cut-off letters', () => {
    expect(firstInvalidUtf8(utf8('añ€𝄞'))).toBe(-1);
    expect(firstInvalidUtf8(Uint8Array.of(0x41, 0xc0, 0x80))).toBe(1); // overlong "\0"
    expect(firstInvalidUtf8(Uint8Array.of(0xe0, 0x80, 0x80))).toBe(0); // overlong
    expect(firstInvalidUtf8(Uint8Array.of(0xed, 0xa0, 0x80))).toBe(0); // a surrogate
    expect(firstInvalidUtf8(Uint8Array.of(0xf4, 0x90, 0x80, 0x80))).toBe(0); // past U+10FFFF
    expect(firstInvalidUtf8(Uint8Array.of(0x41, 0xe2, 0x82))).toBe(1); // cut off at the end
    expect(firstInvalidUtf8(Uint8Array.of(0x80))).toBe(0); // a continuation byte alone
  });
});
