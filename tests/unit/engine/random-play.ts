/**
 * Random play for property tests: turns a list of numbers into a sequence of
 * legal inputs (choices, protective actions, flags), as a child tapping
 * anything available might.
 */
import type {
  Engine,
  EngineEvent,
  EngineState,
  MessageEvent,
  PlayerInput,
} from '../../../src/engine/index.js';

/** The inputs legal at a state, given the events that led to it. */
export function legalInputs(
  engine: Engine,
  state: EngineState,
): { advancing: PlayerInput[]; flags: PlayerInput[] } {
  if (state.status === 'ended') return { advancing: [], flags: [] };
  const events: EngineEvent[] = engine.replay(state);
  const choices = events
    .slice()
    .reverse()
    .find((e) => e.type === 'choices');
  const advancing: PlayerInput[] = [];
  if (choices?.type === 'choices') {
    for (const o of choices.options) if (o.enabled) advancing.push({ type: 'choose', choice: o.id });
    for (const action of choices.protective) advancing.push({ type: 'protect', action });
  }
  const flags: PlayerInput[] = state.history
    .filter((h): h is MessageEvent => h.type === 'message' && h.from !== 'player')
    .map((h) => ({ type: 'flag', message: h.id }));
  return { advancing, flags };
}

/** Picks the input for one decision number: one in four is a flag when possible. */
export function pickInput(engine: Engine, state: EngineState, decision: number): PlayerInput | null {
  const { advancing, flags } = legalInputs(engine, state);
  if (flags.length > 0 && decision % 4 === 0) return flags[Math.floor(decision / 4) % flags.length]!;
  if (advancing.length === 0) return null;
  return advancing[decision % advancing.length]!;
}
