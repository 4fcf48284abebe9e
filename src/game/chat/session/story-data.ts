/**
 * Everything the chat reads from a scenario, in one place. The session and
 * the views ask these accessors, never the scenario object itself, so a
 * change in what the engine runs (authoring type or compiled pack) is fixed
 * here alone.
 */
import type { LoadedPack } from '../../../format/pack/read';
import type { ChatApp } from '../../../format/taxonomy';

/** The scenario as the game's services hand it to `createEngine`. */
export type StoryData = LoadedPack['scenario'];

export function storyId(story: StoryData): string {
  return story.id;
}

/** How a conversation looks: the header's name, avatar and app skin. */
export interface ChatLook {
  /** Line id of the name; null when the chat is unknown (then show its id). */
  nameLine: string | null;
  avatar: string;
  app: ChatApp;
  /** Group chats show each sender's name and avatar. */
  group: boolean;
}

export function chatLook(story: StoryData, chatId: string): ChatLook {
  const group = story.groups[chatId];
  if (group) return { nameLine: group.name, avatar: 'team', app: group.app, group: true };
  const contact = story.contacts[chatId];
  if (contact) return { nameLine: contact.name, avatar: contact.avatar, app: contact.app, group: false };
  return { nameLine: null, avatar: 'star', app: 'messenger', group: false };
}

/** A contact's name line and avatar, or undefined for an id the story does not list. */
export function contactOf(
  story: StoryData,
  contactId: string,
): { nameLine: string; avatar: string } | undefined {
  const contact = story.contacts[contactId];
  return contact ? { nameLine: contact.name, avatar: contact.avatar } : undefined;
}
