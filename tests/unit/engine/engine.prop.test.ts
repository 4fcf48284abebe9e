import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createEngine, type EngineState } from '../../../src/engine/index.js';
import type { StoryT } from '../../../src/format/pack/schema.js';
import { miniScenario } from './mini-scenario.js';
import { pickInput } from './random-play.js';
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

const scenarios: [string, StoryT][] = [['mini (engine fixture)', miniScenario()], ...shippedScenarios()];
const decisions = fc.array(fc.nat({ max: 1_000_000 }), { minLength: BOUND, maxLength: BOUND });

describe.each(scenarios)('random play of %s', (_name, scenario) => {
  it('always reaches an ending within the bound and never throws', () => {
    fc.assert(
      fc.property(decisions, (list) => {
        const state = playOut(scenario, list);
        expect(state.status).toBe('ended');
        expect(state.transcript.ending).not.toBeNull();
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
