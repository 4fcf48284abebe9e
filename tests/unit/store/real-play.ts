/**
 * Real engine output for the store's tests: every shipped story, played at
 * random (choices, protective actions, flags with no sign, a right sign or
 * any sign), as a child tapping anything available might. Stories are
 * loaded the way the engine's own tests load them; `shippedStories` is the
 * one place to change if the engine comes to take another form of story.
 */
import fc from 'fast-check';
import { createEngine, type Engine, type EngineState, type PlayerInput } from '../../../src/engine/index.js';
import type { StoryT as ScenarioT } from '../../../src/format/pack/schema.js';
import { WARNING_SIGNS, type WarningSign } from '../../../src/format/taxonomy.js';
import { legalInputs } from '../engine/random-play.js';
import { shippedScenarios } from '../engine/shipped.js';

/** A story ready to play, loaded the way the engine's own tests load them. */
export interface Story {
  id: string;
  scenario: ScenarioT;
  /** The warning signs each message shows, to name a right sign now and then. */
  signs: Map<string, readonly WarningSign[]>;
  engine(clockStart: number): Engine;
}

export function shippedStories(): Story[] {
  return shippedScenarios().map(([id, scenario]) => {
    const signs = new Map<string, readonly WarningSign[]>();
    for (const node of Object.values(scenario.nodes))
      for (const message of node.messages) signs.set(message.id, message.signs);
    return {
      id,
      scenario,
      signs,
      engine(clockStart) {
        let clock = clockStart;
        let seed = 0.37;
        return createEngine(scenario, {
          now: () => (clock += 1234),
          random: () => (seed = (seed * 9301 + 0.49297) % 1),
        });
      },
    };
  });
}

/** One decision: which input, and for a flag, which sign (none, a right one, any). */
export type Decision = [pick: number, signKind: number, signPick: number];

function signFor(story: Story, message: string, [, kind, pick]: Decision): WarningSign | undefined {
  if (kind % 3 === 0) return undefined;
  const right = story.signs.get(message) ?? [];
  if (kind % 3 === 1 && right.length > 0) return right[pick % right.length];
  return WARNING_SIGNS[pick % WARNING_SIGNS.length];
}

/** Plays the decisions in turn; stops early when they run out (an abandoned game). */
export function playThrough(story: Story, decisions: Decision[], clockStart: number): EngineState {
  const engine = story.engine(clockStart);
  let state = engine.start().state;
  for (const decision of decisions) {
    const { advancing, flags } = legalInputs(engine, state);
    const options: PlayerInput[] = [...advancing, ...flags];
    if (options.length === 0) break;
    let input = options[decision[0] % options.length]!;
    if (input.type === 'flag') {
      const sign = signFor(story, input.message, decision);
      if (sign !== undefined) input = { ...input, sign };
    }
    state = engine.advance(state, input).state;
  }
  return state;
}

export const stories = shippedStories();
export const decision = fc.tuple(fc.nat(), fc.nat(), fc.nat());
export const play = fc.record({
  story: fc.nat({ max: stories.length - 1 }),
  // Long lists mostly reach an ending; short ones leave games unfinished.
  decisions: fc.oneof(fc.array(decision, { maxLength: 8 }), fc.array(decision, { maxLength: 300 })),
});
export const plays = fc.array(play, { minLength: 1, maxLength: 4 });
