/**
 * What the chat header says about the open conversation, derived from the
 * lines so far: a contact the player blocked shows "blocked" (never "online"
 * again); a conversation the player left shows "you left this chat" until
 * someone writes in it again; typing shows "typing…"; an ended story shows
 * nothing.
 */
import type { ChatLine } from './lines';

export type ChatStatus = 'online' | 'typing' | 'blocked' | 'left' | 'none';

/** Contacts the player has blocked, by the protective notes in the conversation. */
export function blockedContacts(lines: readonly ChatLine[]): Set<string> {
  const blocked = new Set<string>();
  for (const line of lines) {
    if (line.kind === 'protective' && line.action === 'block' && line.target !== undefined)
      blocked.add(line.target);
  }
  return blocked;
}

/**
 * Whether the player pressed "Leave the chat" in `chat` and nobody has
 * written there since. Stories go on after leaving with the narrator in the
 * same window (what the player does next); the header must not say "online"
 * as if the conversation were still open.
 */
export function leftChat(chat: string, lines: readonly ChatLine[]): boolean {
  for (let i = lines.length - 1; i >= 0; i--) {
    const line = lines[i]!;
    if (line.kind === 'protective' && line.action === 'leave' && line.chat === chat) return true;
    if ((line.kind === 'contact' || line.kind === 'player') && line.chat === chat) return false;
  }
  return false;
}

export function chatStatus(
  chat: string,
  lines: readonly ChatLine[],
  state: { typing: boolean; ended: boolean },
): ChatStatus {
  if (blockedContacts(lines).has(chat)) return 'blocked';
  if (state.ended) return 'none';
  if (state.typing) return 'typing';
  return leftChat(chat, lines) ? 'left' : 'online';
}
