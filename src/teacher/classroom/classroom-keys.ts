/**
 * The teacher's keys in classroom mode, as commands. Presentation clickers
 * send Page Down / Page Up (or the arrows) and "B" or "." for a black
 * screen; a keyboard adds letters for the options, digits for the show of
 * hands, R to rewind, S for "spot it" and Q for a discussion question.
 *
 * At a choice the letters name the options (A, B, C…), so there "B" picks
 * option B and the black screen is "." alone; everywhere else "B" and "."
 * both darken the screen. Pure, so it is unit-tested.
 */
export type ClassroomCommand =
  | { type: 'next' }
  | { type: 'back' }
  | { type: 'move'; by: 1 | -1 }
  | { type: 'pick'; letter: string }
  | { type: 'digit'; digit: number }
  | { type: 'erase' }
  | { type: 'black' }
  | { type: 'rewind' }
  | { type: 'spot' }
  | { type: 'question' };

export interface KeyContext {
  /** Options are offered (letters pick them, digits count hands). */
  atChoice: boolean;
  /** The letters of the options offered now. */
  letters: readonly string[];
}

export function classroomCommand(
  key: string,
  mods: { ctrl?: boolean; alt?: boolean; meta?: boolean },
  ctx: KeyContext,
): ClassroomCommand | null {
  if (mods.ctrl || mods.alt || mods.meta) return null; // the browser's own shortcuts
  switch (key) {
    case 'PageDown':
    case 'ArrowRight':
    case 'Enter':
    case ' ':
      return { type: 'next' };
    case 'PageUp':
    case 'ArrowLeft':
      return { type: 'back' };
    case 'ArrowDown':
      return { type: 'move', by: 1 };
    case 'ArrowUp':
      return { type: 'move', by: -1 };
    case 'Backspace':
      return ctx.atChoice ? { type: 'erase' } : null;
    case '.':
      return { type: 'black' };
  }
  if (/^[0-9]$/.test(key)) return ctx.atChoice ? { type: 'digit', digit: Number(key) } : null;
  if (key.length !== 1) return null;
  const letter = key.toUpperCase();
  if (ctx.atChoice && ctx.letters.includes(letter)) return { type: 'pick', letter };
  if (letter === 'B') return { type: 'black' };
  if (letter === 'R') return { type: 'rewind' };
  if (letter === 'S') return { type: 'spot' };
  if (letter === 'Q') return { type: 'question' };
  return null;
}
