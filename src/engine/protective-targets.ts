/**
 * Who has been blocked, read from the engine's history: a contact already
 * blocked is not offered "block" again. Which actions are open, and whom a
 * block or report is about, are rules of play (format/pack/play-rules.ts,
 * shared with the checker's state explorer).
 */
import type { HistoryItem } from './types.js';

/** Contacts the player has blocked so far, read from the history. */
export function blockedContacts(history: readonly HistoryItem[]): Set<string> {
  const blocked = new Set<string>();
  for (const h of history)
    if (h.type === 'protective' && h.action === 'block' && h.target) blocked.add(h.target);
  return blocked;
}
