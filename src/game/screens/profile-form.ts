/** What the new-profile form makes of what was typed, before the store checks it. */

/** Spaces trimmed and runs of spaces made one, as the nickname is shown. */
export function cleanNickname(typed: string): string {
  return typed.trim().replace(/\s+/g, ' ');
}

/** A class code as a teacher writes it on the board: capitals, digits and dashes only. */
export function cleanClassCode(typed: string): string {
  return typed
    .trim()
    .toUpperCase()
    .replace(/[^A-Z0-9-]/g, '');
}
