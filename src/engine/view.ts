/**
 * What the player sees at a state: the choices open at the current node, the
 * ending, and the full list of events that redraws a saved game.
 */
import { offerAt, type Offer } from '../format/pack/play-rules.js';
import type { IndexedNode, IndexedStory } from './story-index.js';
import { blockedContacts } from './protective-targets.js';
import type { ChoicesEvent, EndingEvent, EngineEvent, EngineState } from './types.js';

export function endingEvent(node: IndexedNode): EndingEvent {
  const ending = node.ending!;
  return {
    type: 'ending',
    node: node.id,
    kind: ending.kind,
    title: ending.title,
    debrief: [...ending.debrief],
    lessons: [...ending.lessons],
  };
}

/** What can be pressed at the current node (format/pack/play-rules.ts decides). */
export function offerFor(compiled: IndexedStory, state: EngineState): Offer {
  const node = compiled.nodes.get(state.node)!;
  return offerAt(
    compiled.story,
    node,
    state.vars,
    state.usedChoices,
    state.chat,
    blockedContacts(state.history),
  );
}

/** The choices and protective actions open to the player at the current node. */
export function choicesAt(compiled: IndexedStory, state: EngineState): ChoicesEvent {
  const offer = offerFor(compiled, state);
  return {
    type: 'choices',
    options: offer.choices.map(({ choice, enabled }) => ({ id: choice.id, enabled })),
    protective: offer.actions,
  };
}

export function replay(compiled: IndexedStory, state: EngineState): EngineEvent[] {
  const events: EngineEvent[] = [...state.history];
  const node = compiled.nodes.get(state.node);
  if (!node) return events;
  if (state.status === 'ended' && node.ending) events.push(endingEvent(node));
  else if (state.status === 'playing') events.push(choicesAt(compiled, state));
  return events;
}
