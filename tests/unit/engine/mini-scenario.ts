/**
 * A small scenario written for the engine tests: every engine feature in a
 * few nodes (variables, locked and once-only choices, next-links, node
 * effects, protective overrides, hidden actions and all three ending kinds).
 */
import { parse } from 'yaml';
import { compileStory } from '../../../src/format/pack/compile.js';
import type { StoryT } from '../../../src/format/pack/schema.js';
import { Scenario, type ScenarioT } from '../../../src/format/schema.js';

const source = `
id: mini
version: 2
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
  max: { name: contact.max, avatar: fox, app: game-chat }
  ana: { name: contact.ana, avatar: cat, app: messenger, role: friend }
variables:
  trust: { type: number, default: 0 }
  toldAna: { type: boolean, default: false }
  coins: { type: number, default: 3 }
start: hello
protective:
  block: { goto: end-blocked }
  report: { goto: reported }
  tell-adult: { goto: end-helped }
  save-evidence: { goto: saved, effects: ["trust -= 1"] }
  leave: { goto: end-blocked }
nodes:
  hello:
    chat: max
    messages:
      - { id: hello.1, from: max, typing: 1000 }
      - { id: hello.2, from: max, signs: [flattery], flagFeedback: hello.2.fb }
      - { id: hello.3, from: max, signs: [gift-bribe], count: coins }
    choices:
      - { id: c.thanks, goto: probe, rating: neutral, effects: ["trust += 1"], feedback: c.thanks.fb }
      - { id: c.ask-ana, goto: ana, rating: safe, once: true }
      - { id: c.secret, goto: probe, rating: risky, if: "toldAna", showLocked: true }
      - { id: c.hidden, goto: probe, rating: risky, if: "trust > 5" }
  ana:
    chat: ana
    effects: ["toldAna = true"]
    messages:
      - { id: ana.1, from: player }
      - { id: ana.2, from: ana }
    next: back
  back:
    chat: max
    messages:
      - { id: back.1, from: narrator }
    next: hello
  probe:
    messages:
      - { id: probe.1, from: max, signs: [info-probing, supervision-check] }
    choices:
      - { id: c.tell, goto: end-helped, rating: safe }
      - { id: c.answer, goto: end-supported, rating: risky, says: false }
    protective:
      leave: hidden
      report: { goto: end-helped }
  reported:
    messages:
      - { id: reported.1, from: narrator }
    next: end-helped
  saved:
    messages:
      - { id: saved.1, from: narrator }
    choices:
      - { id: c.back, goto: probe, rating: neutral }
  end-blocked:
    ending: { kind: safe, title: end.blocked, debrief: [end.blocked.d], lessons: [lesson.block] }
  end-helped:
    ending: { kind: helped, title: end.helped, debrief: [end.helped.d], lessons: [lesson.tell] }
  end-supported:
    messages:
      - { id: sup.1, from: ana }
    ending: { kind: supported, title: end.supported, debrief: [end.supported.d], lessons: [lesson.never-late] }
`;

/** The authoring scenario, after `overrides` edit its raw YAML data. */
export function miniSource(overrides: (raw: Record<string, unknown>) => void = () => {}): ScenarioT {
  const raw = parse(source) as Record<string, unknown>;
  overrides(raw);
  return Scenario.parse(raw);
}

/** The compiled story the engine runs. */
export function miniScenario(overrides: (raw: Record<string, unknown>) => void = () => {}): StoryT {
  return compileStory(miniSource(overrides));
}
