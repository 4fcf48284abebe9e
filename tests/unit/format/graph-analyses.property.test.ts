/**
 * The graph analyses against a naive oracle, on random story graphs: a node
 * that cannot reach an ending exists exactly when a dead end or a loop with
 * no way out is reported, and the unreachable nodes are exactly those a plain
 * search from the start does not visit.
 */
import fc from 'fast-check';
import { stringify } from 'yaml';
import { describe, expect, it } from 'vitest';
import { checkScenario } from '../../../src/format/check/index.js';
import { inline } from './fixtures.js';

interface RandomGraph {
  size: number;
  endings: boolean[];
  edges: [number, number][];
  /** Scenario-wide protective action target, or none. */
  protect: number | null;
}

const graphs = fc.integer({ min: 1, max: 8 }).chain((size) =>
  fc.record({
    size: fc.constant(size),
    endings: fc.array(fc.boolean(), { minLength: size, maxLength: size }),
    edges: fc.array(fc.tuple(fc.nat(size - 1), fc.nat(size - 1)), { maxLength: size * 2 }),
    protect: fc.option(fc.nat(size - 1), { nil: null }),
  }),
);

function toYaml(g: RandomGraph): string {
  const nodes: Record<string, unknown> = {};
  for (let i = 0; i < g.size; i++) {
    const out = g.edges.filter(([from]) => from === i);
    nodes[`n${i}`] = g.endings[i]
      ? { ending: { kind: 'safe', title: 't', debrief: ['d'], lessons: ['l'] } }
      : { choices: out.map(([, to], k) => ({ id: `c${i}-${k}`, goto: `n${to}`, rating: 'neutral' })) };
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
    start: 'n0',
    protective: g.protect === null ? {} : { leave: { goto: `n${g.protect}` } },
    nodes,
  });
}

/** Successors as the game sees them: choices, plus the protective action from every non-ending. */
function successors(g: RandomGraph, i: number): number[] {
  if (g.endings[i]) return [];
  const next = g.edges.filter(([from]) => from === i).map(([, to]) => to);
  return g.protect === null ? next : [...next, g.protect];
}

function reachable(g: RandomGraph, from: number): Set<number> {
  const seen = new Set<number>();
  const visit = (i: number): void => {
    if (seen.has(i)) return;
    seen.add(i);
    successors(g, i).forEach(visit);
  };
  visit(from);
  return seen;
}

describe('graph analyses on random graphs', () => {
  it('agree with a naive search', () => {
    fc.assert(
      fc.property(graphs, (g) => {
        const findings = checkScenario(inline(toYaml(g), { en: 't: x\nd: x\nl: x\n' }));
        const codes = (code: string) => findings.filter((f) => f.code === code);

        const fromStart = reachable(g, 0);
        const expectedUnreachable = Array.from({ length: g.size }, (_, i) => i)
          .filter((i) => !fromStart.has(i))
          .map((i) => `n${i}`);
        const reported = [...codes('unreachable-node'), ...codes('unreachable-ending')].map(
          (f) => /"(n\d+)"/.exec(f.message)![1],
        );
        expect(reported.sort()).toEqual(expectedUnreachable.sort());

        const stuck = Array.from({ length: g.size }, (_, i) => i).some(
          (i) => ![...reachable(g, i)].some((j) => g.endings[j]),
        );
        const trapped = codes('dead-end').length + codes('no-way-out').length > 0;
        expect(trapped).toBe(stuck);
      }),
      { numRuns: 300 },
    );
  });
});
