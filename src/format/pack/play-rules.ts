/**
 * The rules of play on a compiled story: which choices and protective actions
 * a player can press at a place in the story, and where entering a node leads
 * (its effects, then `next:` links until a choice or an ending). The engine
 * plays by these functions and the checker's state explorer
 * (../check/state-space.ts) explores with them, so the two cannot disagree
 * about what a child can press. Nothing here keeps history or time: that is
 * the engine's business.
 */
import { applyEffect, evaluate, type EffectAst, type VariableValue } from '../expression-ast.js';
import { PROTECTIVE_ACTIONS, type ProtectiveAction } from '../taxonomy.js';
import type { StoryChoiceT, StoryNodeT, StoryOutcomeT, StoryT } from './schema.js';

export type Vars = Record<string, VariableValue>;

/**
 * The most nodes one input may pass through by `next:` links. A `next:` loop
 * is refused before play; a longer chain than this is refused at play time,
 * never cut off silently.
 */
export const MAX_AUTO_STEPS = 500;

export function applyEffects(effects: readonly EffectAst[], vars: Vars): Vars {
  let result = vars;
  for (const effect of effects) result = applyEffect(effect, result);
  return result;
}

/**
 * How a choice shows: `open` can be pressed; `locked` is shown greyed out
 * (its condition fails and the author asked to show it); `absent` is not
 * shown (condition false, or a once-only choice already taken).
 */
export type ChoiceStatus = 'open' | 'locked' | 'absent';

export function choiceStatus(choice: StoryChoiceT, vars: Vars, usedChoices: readonly string[]): ChoiceStatus {
  if (choice.once && usedChoices.includes(choice.id)) return 'absent';
  if (choice.condition === undefined || evaluate(choice.condition, vars) === true) return 'open';
  return choice.showLocked ? 'locked' : 'absent';
}

/** Actions that are about one contact, and so need someone to be about. */
const AIMED: ReadonlySet<ProtectiveAction> = new Set(['block', 'report']);

/** The stranger in a conversation: the contact itself, or the first stranger in a group. */
export function strangerIn(story: StoryT, chat: string): string | undefined {
  if (Object.hasOwn(story.groups, chat)) {
    for (const member of story.groups[chat]!.members) if (isStranger(story, member)) return member;
    return undefined;
  }
  return isStranger(story, chat) ? chat : undefined;
}

function isStranger(story: StoryT, id: string): boolean {
  return Object.hasOwn(story.contacts, id) && story.contacts[id]!.role === 'stranger';
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

type Outcomes = StoryNodeT['protective'];

/**
 * Which of `outcomes` make sense in the open chat: block and report only
 * where there is a stranger to block (or the author named a `target:`), and
 * block not again for a contact already blocked.
 */
export function actionsOpen(
  story: StoryT,
  outcomes: Outcomes,
  chat: string,
  blocked: ReadonlySet<string>,
): ProtectiveAction[] {
  // Plain loops: the state explorer calls this for every state it visits.
  const open: ProtectiveAction[] = [];
  for (const action of PROTECTIVE_ACTIONS) {
    const outcome = outcomes[action];
    if (!outcome) continue;
    if (AIMED.has(action)) {
      const target = targetOf(story, action, outcome, chat);
      if (target === undefined || (action === 'block' && blocked.has(target))) continue;
    }
    open.push(action);
  }
  return open;
}

/** What a player can press at a node. */
export interface Offer {
  /** Every choice shown (open or locked), in the author's order. */
  choices: { choice: StoryChoiceT; enabled: boolean }[];
  /** The protective actions offered. */
  actions: ProtectiveAction[];
  /** Where each offered action leads. */
  outcomes: Outcomes;
  /**
   * True when the node itself would leave nothing to press (every choice
   * closed, every action hidden or pointless in this chat), so the story-wide
   * protective actions are offered instead: `hidden` never takes away the
   * last way on. The checker reports such a place as an error (`stuck`).
   */
  fallback: boolean;
}

export function offerAt(
  story: StoryT,
  node: StoryNodeT,
  vars: Vars,
  usedChoices: readonly string[],
  chat: string,
  blocked: ReadonlySet<string>,
): Offer {
  const choices: Offer['choices'] = [];
  let anyOpen = false;
  for (const choice of node.choices) {
    const status = choiceStatus(choice, vars, usedChoices);
    if (status !== 'absent') choices.push({ choice, enabled: status === 'open' });
    if (status === 'open') anyOpen = true;
  }
  const actions = actionsOpen(story, node.protective, chat, blocked);
  if (actions.length > 0 || anyOpen) {
    return { choices, actions, outcomes: node.protective, fallback: false };
  }
  const wide = story.protective;
  return { choices, actions: actionsOpen(story, wide, chat, blocked), outcomes: wide, fallback: true };
}

/** Where entering a node led: the node that waits for the player (a choice point or an ending). */
export interface Arrival {
  node: string;
  vars: Vars;
  chat: string;
  ended: boolean;
}

/** Called for every node passed through, after its chat and effects are applied. */
export type PassVisitor = (id: string, node: StoryNodeT, vars: Vars, chat: string) => void;

/**
 * Enters `firstId` and follows `next:` links: each node may switch the chat
 * and applies its effects, then the story stops at an ending or at the first
 * node without `next`. Returns null when more than MAX_AUTO_STEPS nodes follow
 * each other (the engine refuses that input). The story must be verified.
 */
export function arrive(
  story: StoryT,
  firstId: string,
  vars: Vars,
  chat: string,
  visit?: PassVisitor,
): Arrival | null {
  let id = firstId;
  for (let hops = 0; hops < MAX_AUTO_STEPS; hops++) {
    const node = story.nodes[id]!;
    if (node.chat !== undefined) chat = node.chat;
    // Node effects first, so a node's lines can speak of what entering it changed.
    vars = applyEffects(node.effects, vars);
    visit?.(id, node, vars, chat);
    if (node.ending) return { node: id, vars, chat, ended: true };
    if (node.next === undefined) return { node: id, vars, chat, ended: false };
    id = node.next;
  }
  return null;
}
