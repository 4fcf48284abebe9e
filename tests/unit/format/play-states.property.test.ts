/**
 * The state explorer against a naive oracle, on random stories whose choices
 * have conditions and effects on two true/false variables: a player can get
 * into a place with no way to an ending exactly when the checker reports
 * one (stuck, trapped, or the link analyses' dead-end and no-way-out), a
 * stuck finding names a node where the oracle is stuck, and the nodes
 * reported as unreachable are exactly those no play enters.
 */
import fc from 'fast-check';
import { stringify } from 'yaml';
import { describe, expect, it } from 'vitest';
import { checkScenario } from '../../../src/format/check/index.js';
import { inline } from './fixtures.js';

const CONDITIONS = [undefined, 'a', 'not a', 'b', 'not b', 'a and b'] as const;
const EFFECTS = [undefined, 'a = true', 'b = true', 'a = false'] as const;

interface Edge {
  from: number;
  to: number;
  condition: (typeof CONDITIONS)[number];
  effect: (typeof EFFECTS)[number];
}

interface RandomStory {
  size: number;
  endings: boolean[];
  edges: Edge[];
  /** Where the scenario-wide leave goes, or none. */
  leave: number | null;
}

const stories = fc.integer({ min: 1, max: 7 }).chain((size) =>
  fc.record({
    size: fc.constant(size),
    endings: fc.array(fc.boolean(), { minLength: size, maxLength: size }),
    edges: fc.array(
      fc.record({
        from: fc.nat(size - 1),
        to: fc.nat(size - 1),
        condition: fc.constantFrom(...CONDITIONS),
        effect: fc.constantFrom(...EFFECTS),
      }),
      { maxLength: size * 2 },
    ),
    leave: fc.option(fc.nat(size - 1), { nil: null }),
  }),
);

function toYaml(g: RandomStory): string {
  const nodes: Record<string, unknown> = {};
  for (let i = 0; i < g.size; i++) {
    const out = g.edges.filter((e) => e.from === i);
    nodes[`n${i}`] = g.endings[i]
      ? { ending: { kind: 'safe', title: 't', debrief: ['d'], lessons: ['l'] } }
      : {
          choices: out.map((e, k) => ({
            id: `c${i}-${k}`,
            goto: `n${e.to}`,
            rating: 'neutral',
            ...(e.condition ? { if: e.condition } : {}),
            ...(e.effect ? { effects: [e.effect] } : {}),
          })),
        };
  }
  return stringify({
    id: 'inline',
    version: 1,
    topics: ['grooming'],
    ageBands: ['11-14'],
    sourceLanguage: 'en',
    minutes: 1,
    title: 't',
    summary: 't',
    playerNote: 't',
    teacherNotes: { learningGoals: ['t'], discussionQuestions: ['t'], contentNote: 't' },
    contacts: { sam: { name: 't', avatar: 'fox', app: 'game-chat' } },
    variables: { a: { type: 'boolean', default: false }, b: { type: 'boolean', default: false } },
    start: 'n0',
    protective: g.leave === null ? {} : { leave: { goto: `n${g.leave}` } },
    nodes,
  });
}

type Vars = { a: boolean; b: boolean };

function holds(condition: Edge['condition'], v: Vars): boolean {
  switch (condition) {
    case undefined:
      return true;
    case 'a':
      return v.a;
    case 'not a':
      return !v.a;
    case 'b':
      return v.b;
    case 'not b':
      return !v.b;
    case 'a and b':
      return v.a && v.b;
  }
}

function apply(effect: Edge['effect'], v: Vars): Vars {
  if (effect === 'a = true') return { ...v, a: true };
  if (effect === 'b = true') return { ...v, b: true };
  if (effect === 'a = false') return { ...v, a: false };
  return v;
}

/** Plays every way through the story, written from the format guide rather than the engine. */
function oracle(g: RandomStory) {
  const key = (node: number, v: Vars) => `${node}:${v.a}:${v.b}`;
  const states = new Map<string, { node: number; next: string[]; stuck: boolean }>();
  const entered = new Set<number>();
  const work: [number, Vars][] = [[0, { a: false, b: false }]];
  while (work.length > 0) {
    const [node, v] = work.pop()!;
    const k = key(node, v);
    if (states.has(k)) continue;
    entered.add(node);
    const state = { node, next: [] as string[], stuck: false };
    states.set(k, state);
    if (g.endings[node]) continue;
    const moves: [number, Vars][] = g.edges
      .filter((e) => e.from === node && holds(e.condition, v))
      .map((e) => [e.to, apply(e.effect, v)]);
    if (g.leave !== null) moves.push([g.leave, v]);
    if (moves.length === 0) state.stuck = true;
    for (const [to, w] of moves) {
      state.next.push(key(to, w));
      work.push([to, w]);
    }
  }
  const canEnd = new Set<string>();
  for (let grew = true; grew;) {
    grew = false;
    for (const [k, s] of states) {
      if (canEnd.has(k)) continue;
      if (g.endings[s.node] || s.next.some((n) => canEnd.has(n))) {
        canEnd.add(k);
        grew = true;
      }
    }
  }
  const bad = [...states.keys()].some((k) => !canEnd.has(k));
  const stuckNodes = new Set([...states.values()].filter((s) => s.stuck).map((s) => `n${s.node}`));
  return { bad, stuckNodes, entered };
}

describe('the state explorer on random stories with conditions', () => {
  it('agrees with a naive search of every play', () => {
    fc.assert(
      fc.property(stories, (g) => {
        const findings = checkScenario(inline(toYaml(g), { en: 't: x\nd: x\nl: x\n' }));
        const codes = (...wanted: string[]) => findings.filter((f) => wanted.includes(f.code));
        const truth = oracle(g);
        const nodeOf = (message: string) => /"(n\d+)"/.exec(message)![1]!;

        expect(codes('internal-error')).toEqual([]);
        if (truth.bad) expect(codes('stuck', 'trapped', 'dead-end', 'no-way-out').length).toBeGreaterThan(0);
        if (codes('stuck', 'trapped').length > 0) expect(truth.bad).toBe(true);
        for (const f of codes('stuck')) expect(truth.stuckNodes).toContain(nodeOf(f.message));

        const neverEntered = Array.from({ length: g.size }, (_, i) => i)
          .filter((i) => !truth.entered.has(i))
          .map((i) => `n${i}`);
        const reported = codes('unreachable-node', 'unreachable-ending').map((f) => nodeOf(f.message));
        expect(reported.sort()).toEqual(neverEntered.sort());
      }),
      { numRuns: 400 },
    );
  });
});
