/**
 * The promises a compiled story keeps, checked without the parser: every
 * link leads to a node, every chat and sender exists, every expression uses
 * declared variables with the right types, no `next:` chain loops, no node
 * strands the player, and every line id has source-language text. The
 * compiler checks its output with this, the pack reader checks untrusted
 * packs, and the engine checks what it is given, so play never meets a
 * broken reference.
 */
import {
  checkEffect,
  ExpressionError,
  typeOf,
  type EffectAst,
  type Expr,
  type ValueType,
} from '../expression-ast.js';
import type { TextTableT } from '../schema.js';
import { NARRATOR, PLAYER, PROTECTIVE_ACTIONS } from '../taxonomy.js';
import type { StoryNodeT, StoryT } from './schema.js';

export interface StoryProblem {
  code: string;
  /** Where, as a path into the story, e.g. `nodes.intro.choices[0].goto`. */
  where: string;
  message: string;
}

type Path = (string | number)[];

function describe(path: Path): string {
  return path.map((p, i) => (typeof p === 'number' ? `[${p}]` : i === 0 ? p : `.${p}`)).join('');
}

/** Every problem with a story; an empty list means the engine can run it. */
export function verifyStory(story: StoryT, texts?: Record<string, TextTableT>): StoryProblem[] {
  const problems: StoryProblem[] = [];
  const add = (code: string, path: Path, message: string) =>
    problems.push({ code, where: describe(path), message });
  const has = (record: object, key: string) => Object.hasOwn(record, key);

  const node = (path: Path, id: string) => {
    if (!has(story.nodes, id)) add('unknown-node', path, `there is no node called "${id}"`);
  };
  const chat = (path: Path, id: string) => {
    if (!has(story.contacts, id) && !has(story.groups, id))
      add('unknown-contact', path, `there is no contact or group called "${id}"`);
  };

  const types: Record<string, ValueType> = {};
  for (const [name, v] of Object.entries(story.variables)) {
    types[name] = v.type;
    if (typeof v.default !== v.type)
      add('bad-default', ['variables', name, 'default'], `the default is not a ${v.type}`);
  }
  const expression = (path: Path, run: () => void) => {
    try {
      run();
    } catch (e) {
      if (!(e instanceof ExpressionError)) throw e;
      const code = /not a declared variable/.test(e.message) ? 'undeclared-variable' : 'type-error';
      add(code, path, e.message);
    }
  };
  const condition = (path: Path, expr: Expr) =>
    expression(path, () => {
      const t = typeOf(expr, types);
      if (t !== 'boolean') throw new ExpressionError(`a condition must be true or false, not a ${t}`, 0);
    });
  const effects = (path: Path, list: EffectAst[]) =>
    list.forEach((e, i) => expression([...path, i], () => checkEffect(e, types)));

  const outcomes = (at: Path, list: StoryNodeT['protective']) => {
    for (const action of PROTECTIVE_ACTIONS) {
      const o = list[action];
      if (!o) continue;
      node([...at, 'protective', action, 'goto'], o.goto);
      effects([...at, 'protective', action, 'effects'], o.effects);
      if (o.target !== undefined && !has(story.contacts, o.target))
        add(
          'unknown-contact',
          [...at, 'protective', action, 'target'],
          `there is no contact called "${o.target}"`,
        );
    }
  };

  node(['start'], story.start);
  outcomes([], story.protective);
  chat(['firstChat'], story.firstChat);
  for (const [id, group] of Object.entries(story.groups)) {
    group.members.forEach((m, i) => {
      if (!has(story.contacts, m))
        add('unknown-contact', ['groups', id, 'members', i], `there is no contact called "${m}"`);
    });
  }

  for (const [id, n] of Object.entries(story.nodes)) {
    const at: Path = ['nodes', id];
    if (n.chat !== undefined) chat([...at, 'chat'], n.chat);
    if (n.next !== undefined) node([...at, 'next'], n.next);
    effects([...at, 'effects'], n.effects);
    n.messages.forEach((m, i) => {
      if (m.from !== PLAYER && m.from !== NARRATOR && !has(story.contacts, m.from))
        add('unknown-contact', [...at, 'messages', i, 'from'], `there is no contact called "${m.from}"`);
      if (m.count !== undefined && types[m.count] !== 'number')
        add('type-error', [...at, 'messages', i, 'count'], `"${m.count}" is not a number variable`);
      if (m.condition) condition([...at, 'messages', i, 'condition'], m.condition);
    });
    n.choices.forEach((c, i) => {
      node([...at, 'choices', i, 'goto'], c.goto);
      if (c.condition) condition([...at, 'choices', i, 'condition'], c.condition);
      effects([...at, 'choices', i, 'effects'], c.effects);
    });
    outcomes(at, n.protective);
    const wayOn = n.next !== undefined || n.choices.length > 0 || Object.keys(n.protective).length > 0;
    if (!n.ending && !wayOn) add('dead-end', at, 'this node is not an ending and has no way forward');
  }
  findNextLoops(story, add);
  if (texts) checkLines(story, texts, add);
  return problems;
}

/** A `next:` chain that comes back on itself would never stop. */
function findNextLoops(story: StoryT, add: (code: string, path: Path, message: string) => void): void {
  const done = new Set<string>();
  for (const first of Object.keys(story.nodes)) {
    const chain = new Set<string>();
    let id: string | undefined = first;
    while (id !== undefined && !done.has(id) && Object.hasOwn(story.nodes, id)) {
      if (chain.has(id)) {
        add(
          'next-loop',
          ['nodes', id, 'next'],
          `the "next" links from "${id}" come back to it and never stop`,
        );
        break;
      }
      chain.add(id);
      id = story.nodes[id]!.next;
    }
    for (const seen of chain) done.add(seen);
  }
}

/** Every line id the story shows has text in the source language. */
function checkLines(
  story: StoryT,
  texts: Record<string, TextTableT>,
  add: (code: string, path: Path, message: string) => void,
): void {
  const table = Object.hasOwn(texts, story.sourceLanguage) ? texts[story.sourceLanguage] : undefined;
  if (!table) {
    add('missing-source-table', ['texts'], `there is no text table for "${story.sourceLanguage}"`);
    return;
  }
  const line = (path: Path, id: string | undefined) => {
    if (id !== undefined && !Object.hasOwn(table, id))
      add('missing-line', path, `"${id}" has no text in ${story.sourceLanguage}`);
  };
  const lines = (path: Path, ids: string[]) => ids.forEach((id, i) => line([...path, i], id));
  line(['title'], story.title);
  line(['summary'], story.summary);
  const notes = story.teacherNotes;
  lines(['teacherNotes', 'learningGoals'], notes.learningGoals);
  lines(['teacherNotes', 'discussionQuestions'], notes.discussionQuestions);
  lines(['teacherNotes', 'groundRules'], notes.groundRules);
  line(['teacherNotes', 'contentNote'], notes.contentNote);
  line(['playerNote'], story.playerNote);
  line(['teacherNotes', 'disclosure'], notes.disclosure);
  for (const [id, c] of Object.entries(story.contacts)) line(['contacts', id, 'name'], c.name);
  for (const [id, g] of Object.entries(story.groups)) line(['groups', id, 'name'], g.name);
  for (const [id, n] of Object.entries(story.nodes)) {
    n.messages.forEach((m, i) => {
      const at = ['nodes', id, 'messages', i];
      line([...at, 'id'], m.id);
      line([...at, 'image'], m.image);
      line([...at, 'flagFeedback'], m.flagFeedback);
    });
    n.choices.forEach((c, i) => {
      line(['nodes', id, 'choices', i, 'id'], c.id);
      line(['nodes', id, 'choices', i, 'feedback'], c.feedback);
    });
    if (n.ending) {
      line(['nodes', id, 'ending', 'title'], n.ending.title);
      lines(['nodes', id, 'ending', 'debrief'], n.ending.debrief);
      lines(['nodes', id, 'ending', 'lessons'], n.ending.lessons);
    }
  }
}
