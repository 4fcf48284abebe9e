/**
 * What the player sees at a state: the choices open at the current node, the
 * ending, and the full list of events that redraws a saved game.
 */
import type { IndexedNode, IndexedStory } from './story-index.js';
import { evaluate } from '../format/expression-ast.js';
import { openActions } from './protective-targets.js';
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

/** The choices and protective actions open to the player at the current node. */
export function choicesAt(compiled: IndexedStory, state: EngineState): ChoicesEvent {
  const node = compiled.nodes.get(state.node)!;
  const options: ChoicesEvent['options'] = [];
  for (const choice of node.choices) {
    if (choice.once && state.usedChoices.includes(choice.id)) continue;
    const open = choice.condition === undefined || evaluate(choice.condition, state.vars) === true;
    if (open) options.push({ id: choice.id, enabled: true });
    else if (choice.showLocked) options.push({ id: choice.id, enabled: false });
  }
  const protective = openActions(compiled.story, node, state.chat, state.history);
  return { type: 'choices', options, protective };
}

export function replay(compiled: IndexedStory, state: EngineState): EngineEvent[] {
  const events: EngineEvent[] = [...state.history];
  const node = compiled.nodes.get(state.node);
  if (!node) return events;
  if (state.status === 'ended' && node.ending) events.push(endingEvent(node));
  else if (state.status === 'playing') events.push(choicesAt(compiled, state));
  return events;
}
