/** Every place the logic file refers to a line of text, and in what role. */
import type { ScenarioT } from '../schema.js';
import { phrase } from './words/render.js';

export type LineRole =
  | 'scenario title'
  | 'scenario summary'
  | 'learning goal'
  | 'discussion question'
  | 'content note'
  | "children's note"
  | 'ground rule'
  | 'disclosure note'
  | 'contact name'
  | 'group name'
  | 'message'
  | 'image description'
  | 'flag feedback'
  | 'choice'
  | 'choice feedback'
  | 'ending title'
  | 'debrief line'
  | 'lesson';

export interface LineUse {
  id: string;
  role: LineRole;
  path: (string | number)[];
  /** The node it belongs to, for choices (ids must be unique within a node). */
  node?: string;
}

/** Several analyses ask for the same list; it is computed once per scenario. */
const cache = new WeakMap<ScenarioT, LineUse[]>();

export function lineUses(scenario: ScenarioT): LineUse[] {
  let uses = cache.get(scenario);
  if (!uses) cache.set(scenario, (uses = collect(scenario)));
  return uses;
}

function collect(scenario: ScenarioT): LineUse[] {
  const uses: LineUse[] = [];
  const add = (id: string, role: LineRole, path: (string | number)[], node?: string): void => {
    uses.push(node === undefined ? { id, role, path } : { id, role, path, node });
  };
  const list = (ids: string[], role: LineRole, path: (string | number)[]): void =>
    ids.forEach((id, i) => add(id, role, [...path, i]));

  add(scenario.title, 'scenario title', ['title']);
  add(scenario.summary, 'scenario summary', ['summary']);
  const notes = scenario.teacherNotes;
  list(notes.learningGoals, 'learning goal', ['teacherNotes', 'learningGoals']);
  list(notes.discussionQuestions, 'discussion question', ['teacherNotes', 'discussionQuestions']);
  add(notes.contentNote, 'content note', ['teacherNotes', 'contentNote']);
  add(scenario.playerNote, "children's note", ['playerNote']);
  list(notes.groundRules, 'ground rule', ['teacherNotes', 'groundRules']);
  if (notes.disclosure !== undefined)
    add(notes.disclosure, 'disclosure note', ['teacherNotes', 'disclosure']);
  for (const [id, c] of Object.entries(scenario.contacts))
    add(c.name, 'contact name', ['contacts', id, 'name']);
  for (const [id, g] of Object.entries(scenario.groups)) add(g.name, 'group name', ['groups', id, 'name']);

  for (const [nodeId, node] of Object.entries(scenario.nodes)) {
    const at = ['nodes', nodeId];
    node.messages.forEach((m, i) => {
      const mAt = [...at, 'messages', i];
      add(m.id, 'message', [...mAt, 'id']);
      if (m.image !== undefined) add(m.image, 'image description', [...mAt, 'image']);
      if (m.flagFeedback !== undefined) add(m.flagFeedback, 'flag feedback', [...mAt, 'flagFeedback']);
    });
    node.choices.forEach((c, i) => {
      add(c.id, 'choice', [...at, 'choices', i, 'id'], nodeId);
      if (c.feedback !== undefined) add(c.feedback, 'choice feedback', [...at, 'choices', i, 'feedback']);
    });
    if (node.ending) {
      add(node.ending.title, 'ending title', [...at, 'ending', 'title']);
      list(node.ending.debrief, 'debrief line', [...at, 'ending', 'debrief']);
      list(node.ending.lessons, 'lesson', [...at, 'ending', 'lessons']);
    }
  }
  return uses;
}

/** A role as words of the finding's language: the phrase `role.<role, dashed>`. */
export function roleWord(role: LineRole): string {
  return phrase(`role.${role.replace(/[^a-z]+/g, '-')}`);
}
