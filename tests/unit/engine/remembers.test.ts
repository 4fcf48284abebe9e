/**
 * A story that remembers: lines shown only when their condition holds, story
 * choices that count as protective actions, and block and report offered
 * only where there is a stranger to block.
 */
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { EngineInputError } from '../../../src/engine/index.js';
import { compileStory } from '../../../src/format/pack/compile.js';
import type { StoryT } from '../../../src/format/pack/schema.js';
import { Scenario } from '../../../src/format/schema.js';
import { play } from './driver.js';

const source = `
id: remembers
version: 1
topics: [grooming]
ageBands: ["11-14"]
sourceLanguage: en
minutes: 3
title: meta.title
summary: meta.summary
playerNote: meta.player-note
teacherNotes:
  learningGoals: [notes.goal]
  discussionQuestions: [notes.q]
  contentNote: notes.content
contacts:
  max: { name: contact.max, avatar: fox, app: game-chat, role: stranger }
  ana: { name: contact.ana, avatar: cat, app: messenger, role: friend }
  aunt: { name: contact.aunt, avatar: owl, app: messenger, role: adult-ally }
groups:
  team: { name: group.team, app: messenger, members: [ana, max] }
variables:
  took: { type: boolean, default: false }
  unread: { type: number, default: 0 }
start: offer
protective:
  block: { goto: blocked }
  report: { goto: blocked }
  tell-adult: { goto: aunt }
  save-evidence: { goto: blocked }
  leave: { goto: blocked }
nodes:
  offer:
    chat: max
    messages:
      - { id: offer.gift, from: max }
    choices:
      - { id: c.take, goto: secret, rating: risky, effects: ["took = true"] }
      - { id: c.refuse, goto: secret, rating: safe }
  secret:
    effects: ["unread += 2"]
    messages:
      - { id: secret.dont-tell, from: max, if: took }
      - { id: secret.shame, from: max, if: "not took" }
      - { id: secret.unread, from: narrator, count: unread, if: "unread > 1" }
    choices:
      - { id: c.ana, goto: friends, rating: safe }
      - { id: c.tell, goto: aunt, rating: safe, says: false, counts: tell-adult }
  friends:
    chat: ana
    messages:
      - { id: friends.hi, from: ana }
    choices:
      - { id: c.group, goto: group, rating: safe }
  group:
    chat: team
    messages:
      - { id: group.hi, from: ana }
    choices:
      - { id: c.aunt, goto: aunt, rating: safe }
  aunt:
    chat: aunt
    messages:
      - { id: aunt.hi, from: aunt }
    choices:
      - { id: c.end, goto: end, rating: safe }
  blocked:
    messages:
      - { id: blocked.done, from: narrator }
    choices:
      - { id: c.blocked.end, goto: end, rating: safe }
  end:
    ending: { kind: helped, title: end.t, debrief: [end.d], lessons: [end.l] }
`;

function story(edit: (raw: Record<string, unknown>) => void = () => {}): StoryT {
  const raw = parse(source) as Record<string, unknown>;
  edit(raw);
  return compileStory(Scenario.parse(raw));
}

const shown = (events: { type: string; id?: string }[]) =>
  events.filter((e) => e.type === 'message').map((e) => e.id);

describe('lines that depend on what happened', () => {
  it('shows only the lines whose condition holds, after the node effects', () => {
    const took = play(story()).choose('c.take');
    expect(shown(took.events)).toEqual(['secret.dont-tell', 'secret.unread']);
    const refused = play(story()).choose('c.refuse');
    expect(shown(refused.events)).toEqual(['secret.shame', 'secret.unread']);
    // The count passed to the text is the value after the node's effects.
    const unread = refused.events.find((e) => e.type === 'message' && e.id === 'secret.unread');
    expect(unread).toMatchObject({ values: { count: 2 } });
  });

  it('keeps in the history exactly what was shown, so a restored game redraws the same lines', () => {
    const d = play(story(), { saveEachStep: true }).choose('c.refuse').choose('c.ana');
    const restored = d.engine.restore(JSON.parse(JSON.stringify(d.state)));
    expect(restored.ok).toBe(true);
    const redrawn = shown(d.engine.replay(restored.step.state) as { type: string; id?: string }[]);
    expect(redrawn).toEqual(['offer.gift', 'secret.shame', 'secret.unread', 'friends.hi']);
    expect(redrawn).not.toContain('secret.dont-tell');
  });

  it('does not count a line never shown as a missed warning sign', () => {
    const s = story((raw) => {
      const nodes = raw.nodes as Record<string, { messages: Record<string, unknown>[] }>;
      nodes.secret!.messages[0]!.signs = ['secrecy'];
      nodes.secret!.messages[1]!.signs = ['guilt'];
    });
    const d = play(s).choose('c.refuse').choose('c.tell').choose('c.end');
    expect(d.state.transcript.signsMissed).toEqual([{ message: 'secret.shame', signs: ['guilt'] }]);
  });
});

describe('a story choice that counts as a protective action', () => {
  it('is recorded in protectiveActions like the button, naming the choice', () => {
    const d = play(story()).choose('c.refuse').choose('c.tell');
    expect(d.state.transcript.protectiveActions).toEqual([
      { node: 'secret', action: 'tell-adult', at: expect.any(Number), choice: 'c.tell' },
    ]);
    expect(d.events).toContainEqual({ type: 'protective', action: 'tell-adult', chat: 'max' });
  });

  it('records nothing for an ordinary choice', () => {
    const d = play(story()).choose('c.refuse').choose('c.ana');
    expect(d.state.transcript.protectiveActions).toEqual([]);
  });
});

describe('block and report follow who is in the chat', () => {
  it("offers them in a stranger's chat and in a group with a stranger, not in a friend's or adult's", () => {
    const d = play(story()).expectProtective(['block', 'report', 'tell-adult', 'save-evidence', 'leave']);
    d.choose('c.refuse').choose('c.ana').expectProtective(['tell-adult', 'save-evidence', 'leave']);
    expect(() => play(story()).choose('c.refuse').choose('c.ana').protect('block')).toThrow(EngineInputError);
    d.choose('c.group').expectProtective(['block', 'report', 'tell-adult', 'save-evidence', 'leave']);
    d.choose('c.aunt').expectProtective(['tell-adult', 'save-evidence', 'leave']);
  });

  it('names the stranger blocked, keeps it in the history and does not offer "block" again', () => {
    const d = play(story(), { saveEachStep: true }).protect('block');
    expect(d.events[0]).toEqual({ type: 'protective', action: 'block', chat: 'max', target: 'max' });
    expect(d.state.history).toContainEqual({
      type: 'protective',
      action: 'block',
      chat: 'max',
      target: 'max',
    });
    d.expectProtective(['report', 'tell-adult', 'save-evidence', 'leave']);
  });

  it('blocks the stranger of a group, not the friend whose chat it is', () => {
    const d = play(story()).choose('c.refuse').choose('c.ana').choose('c.group').protect('block');
    expect(d.events[0]).toMatchObject({ action: 'block', chat: 'team', target: 'max' });
  });

  it("offers them in a friend's chat when the author names a target, and names that target", () => {
    const s = story((raw) => {
      const nodes = raw.nodes as Record<string, Record<string, unknown>>;
      nodes.friends!.protective = { block: { goto: 'blocked', target: 'max' } };
    });
    const d = play(s).choose('c.refuse').choose('c.ana');
    d.expectProtective(['block', 'tell-adult', 'save-evidence', 'leave']).protect('block');
    expect(d.events[0]).toEqual({ type: 'protective', action: 'block', chat: 'ana', target: 'max' });
  });
});
