/**
 * The checker's state explorer and the engine agree: every place random play
 * through the real engine reaches is a place the explorer found (same node,
 * chat, variables that matter, once-only choices used, contacts blocked), and
 * every ending play reaches is one the explorer reached. Were the explorer
 * to step differently from the engine (an effect in another order, a chat
 * not switched, a block forgotten), it would prove things about a story
 * nobody plays.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createEngine, type EngineState } from '../../../src/engine/index.js';
import { blockedContacts } from '../../../src/engine/protective-targets.js';
import { variableKeying } from '../../../src/format/check/state-key.js';
import { exploreStory, rememberedChoices } from '../../../src/format/check/state-space.js';
import type { StoryT } from '../../../src/format/pack/schema.js';
import { miniScenario } from './mini-scenario.js';
import { pickInput } from './random-play.js';
import { shippedScenarios } from './shipped.js';

/**
 * The engine fixture's `trust` goes up and down in a loop, so it has endless
 * states; a bound far deeper than 60 random steps still holds every place
 * such play reaches. The shipped stories are explored to the end.
 */
const scenarios: [string, StoryT, number | undefined][] = [
  ['mini (engine fixture)', miniScenario(), 5000],
  ...shippedScenarios().map(([id, story]): [string, StoryT, undefined] => [id, story, undefined]),
];

describe('the state explorer steps as the engine does', () => {
  for (const [id, story, limit] of scenarios) {
    it(`${id}: every place random play reaches was explored`, () => {
      const explored = exploreStory(story, limit);
      expect(explored.complete).toBe(limit === undefined);
      const keying = variableKeying(story);
      // The explorer forgets once-only choices that can never be offered again.
      const remembered = rememberedChoices(story);
      const describe = (
        node: string,
        chat: string,
        vars: EngineState['vars'],
        used: string[],
        blocked: string[],
      ) => JSON.stringify([node, chat, keying.key(vars), [...used].sort(), [...blocked].sort()]);
      const places = new Set(
        explored.states
          .filter((s) => !s.ended)
          .map((s) => describe(s.node, s.chat, s.vars, s.used, s.blocked)),
      );
      const endings = new Set(explored.states.filter((s) => s.ended).map((s) => s.node));
      // Nothing a player can reach is stuck in a shipped story (the checker's error).
      expect(explored.states.filter((s) => s.stuck).map((s) => s.node)).toEqual([]);

      fc.assert(
        fc.property(fc.array(fc.nat({ max: 1_000_000 }), { minLength: 60, maxLength: 60 }), (decisions) => {
          let clock = 0;
          const engine = createEngine(story, { now: () => (clock += 500), random: () => 0.3 });
          let state = engine.start().state;
          for (const decision of decisions) {
            if (state.status === 'ended') {
              expect(endings).toContain(state.node);
              return;
            }
            const blocked = [...blockedContacts(state.history)];
            const used = state.usedChoices.filter((c) => remembered.has(c));
            expect(places).toContain(describe(state.node, state.chat, state.vars, used, blocked));
            const input = pickInput(engine, state, decision);
            if (!input) return;
            state = engine.advance(state, input).state;
          }
        }),
        { numRuns: 30 },
      );
    });
  }
});
