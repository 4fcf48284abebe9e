/**
 * Which protective actions make sense in the open conversation, and whom a
 * block or report is about. Blocking a friend or the trusted adult would
 * teach the wrong thing, so block and report are offered only where there is
 * a stranger to block: the open chat is a stranger's, a group with a stranger
 * in it, or the author named a `target:` (a friend-helper story blocking the
 * stranger from the friend's phone). A contact already blocked is not
 * offered "block" again.
 */
import type { StoryOutcomeT, StoryT } from '../format/pack/schema.js';
import { PROTECTIVE_ACTIONS, type ProtectiveAction } from '../format/taxonomy.js';
import type { IndexedNode } from './story-index.js';
import type { HistoryItem } from './types.js';

/** Actions that are about one contact, and so need someone to be about. */
const AIMED: ReadonlySet<ProtectiveAction> = new Set(['block', 'report']);

/** The stranger in a conversation: the contact itself, or the first stranger in a group. */
export function strangerIn(story: StoryT, chat: string): string | undefined {
  const isStranger = (id: string) =>
    Object.hasOwn(story.contacts, id) && story.contacts[id]!.role === 'stranger';
  if (Object.hasOwn(story.groups, chat)) return story.groups[chat]!.members.find(isStranger);
  return isStranger(chat) ? chat : undefined;
}

/** Whom `action` is about when taken in `chat` with this outcome (undefined for actions not aimed at anyone). */
export function targetOf(
  story: StoryT,
  action: ProtectiveAction,
  outcome: Pick<StoryOutcomeT, 'target'> | undefined,
  chat: string,
): string | undefined {
  if (!AIMED.has(action)) return undefined;
  return outcome?.target ?? strangerIn(story, chat);
}

/** Contacts the player has blocked so far, read from the history. */
export function blockedContacts(history: readonly HistoryItem[]): Set<string> {
  const blocked = new Set<string>();
  for (const h of history)
    if (h.type === 'protective' && h.action === 'block' && h.target) blocked.add(h.target);
  return blocked;
}

/** The protective actions open at `node` while `chat` is on screen. */
export function openActions(
  story: StoryT,
  node: IndexedNode,
  chat: string,
  history: readonly HistoryItem[],
): ProtectiveAction[] {
  const blocked = blockedContacts(history);
  return PROTECTIVE_ACTIONS.filter((action) => {
    const outcome = node.protective[action];
    if (!outcome) return false;
    if (!AIMED.has(action)) return true;
    const target = targetOf(story, action, outcome, chat);
    if (target === undefined) return false;
    return !(action === 'block' && blocked.has(target));
  });
}
