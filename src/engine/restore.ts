/**
 * Reading a saved state back. A save made under the same scenario version
 * continues exactly. A save from an older version continues when its node
 * still exists (variables are carried over where their type still matches);
 * otherwise play restarts cleanly, with a reason the game can show.
 */
import type { IndexedStory } from './story-index.js';
import { SavedState } from './state-schema.js';
import { replay } from './view.js';
import {
  ENGINE_STATE_VERSION,
  type EngineState,
  type RestoreResult,
  type Step,
  type VariableValue,
} from './types.js';

/** The oldest saved-state version this engine can still read. */
export const MIN_COMPATIBLE_STATE_VERSION = 1;

export function restoreState(compiled: IndexedStory, saved: unknown, fresh: () => Step): RestoreResult {
  const fail = (reason: Extract<RestoreResult, { ok: false }>['reason'], detail: string): RestoreResult => ({
    ok: false,
    reason,
    detail,
    step: fresh(),
  });
  const parsed = SavedState.safeParse(saved);
  if (!parsed.success) return fail('malformed', 'The saved game could not be read.');
  const state = parsed.data as EngineState;
  const scenario = compiled.story;
  if (state.stateVersion < MIN_COMPATIBLE_STATE_VERSION || state.stateVersion > ENGINE_STATE_VERSION) {
    return fail('state-version', `Saved with engine state version ${state.stateVersion}.`);
  }
  if (state.scenarioId !== scenario.id) {
    return fail('other-scenario', `The save belongs to "${state.scenarioId}", not "${scenario.id}".`);
  }
  const node = compiled.nodes.get(state.node);
  if (!node) {
    return fail(
      'node-missing',
      `Version ${scenario.version} of the scenario no longer has the part "${state.node}".`,
    );
  }
  if (state.status === 'ended' && !node.ending) {
    return fail('node-missing', `The ending "${state.node}" is no longer an ending.`);
  }
  if (state.scenarioVersion === scenario.version) return { ok: true, step: resumed(compiled, state) };
  return { ok: true, step: resumed(compiled, upgrade(compiled, state)) };
}

/** Carries a state over to the current scenario version. */
function upgrade(compiled: IndexedStory, state: EngineState): EngineState {
  const vars: Record<string, VariableValue> = { ...compiled.defaults };
  for (const [name, decl] of Object.entries(compiled.story.variables)) {
    const old = Object.hasOwn(state.vars, name) ? state.vars[name] : undefined;
    if (old !== undefined && typeof old === decl.type) vars[name] = old;
  }
  const { choiceIds } = compiled;
  return {
    ...state,
    scenarioVersion: compiled.story.version,
    vars,
    usedChoices: state.usedChoices.filter((id) => choiceIds.has(id)),
    // Lines that were removed from the scenario cannot be drawn any more.
    history: state.history.filter((h) =>
      h.type === 'message'
        ? compiled.messages.has(h.id)
        : h.type === 'player-choice'
          ? choiceIds.has(h.id)
          : true,
    ),
    transcript: { ...state.transcript, scenarioVersion: compiled.story.version },
  };
}

function resumed(compiled: IndexedStory, state: EngineState): Step {
  // Declared variables missing from an old save get their defaults.
  const vars = { ...compiled.defaults, ...state.vars };
  const next = { ...state, vars };
  return { state: next, events: replay(compiled, next) };
}
