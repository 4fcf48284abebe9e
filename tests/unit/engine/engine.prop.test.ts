import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createEngine, type EngineState } from '../../../src/engine/index.js';
import type { StoryT } from '../../../src/format/pack/schema.js';
import { miniScenario } from './mini-scenario.js';
import { legalInputs, pickInput } from './random-play.js';
import { shippedScenarios } from './shipped.js';

/** Every decision list this long must end the scenario. */
const BOUND = 400;

function engineFor(scenario: StoryT) {
  let clock = 0;
  return createEngine(scenario, { now: () => (clock += 750), random: () => 0.42 });
}

function playOut(scenario: StoryT, decisions: number[], restoreAt = -1): EngineState {
  const engine = engineFor(scenario);
  let state = engine.start().state;
  decisions.forEach((decision, i) => {
    if (i === restoreAt) {
      const restored = engine.restore(JSON.parse(JSON.stringify(state)));
      if (!restored.ok) throw new Error(`restore failed: ${restored.detail}`);
      state = restored.step.state;
    }
    const input = pickInput(engine, state, decision);
    if (input) state = engine.advance(state, input).state;
  });
  return state;
}

/**
 * Whether an ending can still be reached from a state, by any sequence of
 * choices and protective actions (breadth first over distinct story states:
 * node, chat, variables and once-only choices used).
 */
function endingReachable(scenario: StoryT, from: EngineState): boolean {
  const engine = engineFor(scenario);
  const key = (s: EngineState) => JSON.stringify([s.node, s.chat, s.vars, [...s.usedChoices].sort()]);
  const seen = new Set([key(from)]);
  let frontier = [from];
  while (frontier.length > 0) {
    const next: EngineState[] = [];
    for (const state of frontier) {
      if (state.status === 'ended') return true;
      for (const input of legalInputs(engine, state).advancing) {
        const after = engine.advance(state, input).state;
        if (seen.has(key(after))) continue;
        seen.add(key(after));
        next.push(after);
      }
    }
    frontier = next;
  }
  return false;
}

const scenarios: [string, StoryT][] = [['mini (engine fixture)', miniScenario()], ...shippedScenarios()];
const decisions = fc.array(fc.nat({ max: 1_000_000 }), { minLength: BOUND, maxLength: BOUND });

describe.each(scenarios)('random play of %s', (_name, scenario) => {
  // Stories may let a child go round (tell an adult, leave, come back), so
  // random play need not end within the bound; what must hold is that it never
  // throws, and that wherever it stops, an ending is still within reach.
  it('never throws, and an ending is always still within reach', () => {
    fc.assert(
      fc.property(decisions, (list) => {
        const state = playOut(scenario, list);
        if (state.status === 'ended') expect(state.transcript.ending).not.toBeNull();
        else expect(endingReachable(scenario, state)).toBe(true);
      }),
      { numRuns: 60 },
    );
  });

  it('continues identically after saving and restoring at any step', () => {
    fc.assert(
      fc.property(decisions, fc.nat({ max: BOUND - 1 }), (list, at) => {
        // Restoring reads no clock and no randomness, so even timings match.
        expect(playOut(scenario, list, at)).toEqual(playOut(scenario, list));
      }),
      { numRuns: 40 },
    );
  });
});
