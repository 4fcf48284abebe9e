/**
 * What the chat header says about the open conversation, derived from the
 * lines so far: a contact the player blocked shows "blocked" (never "online"
 * again), typing shows "typing…", an ended story shows nothing.
 */
import type { ChatLine } from './lines';

export type ChatStatus = 'online' | 'typing' | 'blocked' | 'none';

/** Contacts the player has blocked, by the protective notes in the conversation. */
export function blockedContacts(lines: readonly ChatLine[]): Set<string> {
  const blocked = new Set<string>();
  for (const line of lines) {
    if (line.kind === 'protective' && line.action === 'block' && line.target !== undefined)
      blocked.add(line.target);
  }
  return blocked;
}

export function chatStatus(
  chat: string,
  lines: readonly ChatLine[],
  state: { typing: boolean; ended: boolean },
): ChatStatus {
  if (blockedContacts(lines).has(chat)) return 'blocked';
  if (state.ended) return 'none';
  return state.typing ? 'typing' : 'online';
}
