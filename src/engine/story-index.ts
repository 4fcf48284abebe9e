/**
 * A compiled story indexed for play: nodes and messages by id, variable
 * defaults, and the ids of every choice. Building it verifies the story
 * (format/pack/integrity.ts) and fails fast with BrokenStoryError, so play
 * itself never meets a broken reference. Nothing here parses expressions:
 * the pack compiler already did.
 */
import type { VariableValue } from '../format/expression-ast.js';
import { verifyStory } from '../format/pack/integrity.js';
import type { StoryMessageT, StoryNodeT, StoryT } from '../format/pack/schema.js';

/** The story given to createEngine breaks one of a compiled story's promises. */
export class BrokenStoryError extends Error {
  override name = 'BrokenStoryError';
}

export interface IndexedNode extends StoryNodeT {
  id: string;
}

export interface IndexedStory {
  story: StoryT;
  nodes: Map<string, IndexedNode>;
  messages: Map<string, StoryMessageT>;
  defaults: Record<string, VariableValue>;
  choiceIds: Set<string>;
}

export function indexStory(story: StoryT): IndexedStory {
  const problems = verifyStory(story);
  if (problems.length > 0) {
    throw new BrokenStoryError(problems.map((p) => `${p.where}: ${p.message}`).join('; '));
  }
  const nodes = new Map<string, IndexedNode>();
  const messages = new Map<string, StoryMessageT>();
  const choiceIds = new Set<string>();
  for (const [id, node] of Object.entries(story.nodes)) {
    nodes.set(id, { ...node, id });
    for (const message of node.messages) messages.set(message.id, message);
    for (const choice of node.choices) choiceIds.add(choice.id);
  }
  const defaults: Record<string, VariableValue> = {};
  for (const [name, decl] of Object.entries(story.variables)) defaults[name] = decl.default;
  return { story, nodes, messages, defaults, choiceIds };
}
