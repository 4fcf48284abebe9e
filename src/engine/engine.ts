/**
 * The headless engine: plays a compiled story (format/pack) one input at a time.
 * Each call takes a state and returns a new state plus the events to show;
 * the given state is never changed, so any state can be saved and replayed.
 */
import { evaluate } from '../format/expression-ast.js';
import {
  applyEffects,
  arrive,
  choiceStatus,
  MAX_AUTO_STEPS,
  targetOf,
  type PassVisitor,
} from '../format/pack/play-rules.js';
import type { StoryT } from '../format/pack/schema.js';
import { PLAYER, type ProtectiveAction, type WarningSign } from '../format/taxonomy.js';
import { indexStory, type IndexedNode, type IndexedStory } from './story-index.js';
import { nextRandom, seedFrom } from './random.js';
import { restoreState } from './restore.js';
import { choicesAt, endingEvent, offerFor, replay } from './view.js';
import {
  ENGINE_STATE_VERSION,
  EngineInputError,
  type EngineEnvironment,
  type EngineEvent,
  type EngineState,
  type HistoryItem,
  type PlayerInput,
  type RestoreResult,
  type Step,
  type Transcript,
} from './types.js';

export { MAX_AUTO_STEPS };

export interface Engine {
  /** Starts the scenario from its first node. */
  start(): Step;
  /** Applies one player input. Throws EngineInputError if the input is not possible now. */
  advance(state: EngineState, input: PlayerInput): Step;
  /** Continues a saved state, or restarts cleanly with a reason. Never throws. */
  restore(saved: unknown): RestoreResult;
  /** The events that redraw a state: its history, then its choices or ending. */
  replay(state: EngineState): EngineEvent[];
}

/** Typing time used when a message has no hint, before jitter. */
const DEFAULT_TYPING_MS = 1400;
const PLAYER_TYPING_MS = 500;

/** Throws BrokenStoryError when the story breaks a compiled story's promises. */
export function createEngine(story: StoryT, env: EngineEnvironment): Engine {
  const compiled = indexStory(story);
  const engine: Engine = {
    start: () => startFresh(compiled, env),
    advance: (state, input) => advance(compiled, env, state, input),
    restore: (saved) => restoreState(compiled, saved, () => startFresh(compiled, env)),
    replay: (state) => replay(compiled, state),
  };
  return engine;
}

/**
 * A step in progress. The state and transcript objects are fresh copies; the
 * lists inside them are copied only when first written (copy-on-write), so a
 * step costs what it changes, not the length of the whole conversation.
 */
interface Draft {
  state: EngineState;
  events: EngineEvent[];
  now: number;
  copied: Set<string>;
}

type TranscriptList = 'path' | 'choices' | 'flags' | 'signsSpotted' | 'falseFlags' | 'protectiveActions';

function record<K extends TranscriptList>(draft: Draft, key: K, item: Transcript[K][number]): void {
  const t = draft.state.transcript;
  if (!draft.copied.has(key)) {
    (t[key] as unknown[]) = [...t[key]];
    draft.copied.add(key);
  }
  (t[key] as unknown[]).push(item);
}

function show(draft: Draft, item: HistoryItem): void {
  if (!draft.copied.has('history')) {
    draft.state.history = [...draft.state.history];
    draft.copied.add('history');
  }
  draft.state.history.push(item);
  draft.events.push(item);
}

function startFresh(compiled: IndexedStory, env: EngineEnvironment): Step {
  const { story } = compiled;
  const now = env.now();
  const state: EngineState = {
    stateVersion: ENGINE_STATE_VERSION,
    scenarioId: story.id,
    scenarioVersion: story.version,
    status: 'playing',
    node: story.start,
    chat: story.firstChat,
    vars: { ...compiled.defaults },
    usedChoices: [],
    rng: seedFrom(env.random),
    history: [],
    transcript: {
      scenarioId: story.id,
      scenarioVersion: story.version,
      startedAt: now,
      endedAt: null,
      path: [],
      choices: [],
      flags: [],
      signsSpotted: [],
      signsMissed: [],
      falseFlags: [],
      protectiveActions: [],
      ending: null,
      durationMs: null,
    },
  };
  const draft: Draft = {
    state,
    events: [],
    now,
    copied: new Set([
      'history',
      'usedChoices',
      'path',
      'choices',
      'flags',
      'signsSpotted',
      'falseFlags',
      'protectiveActions',
    ]),
  };
  enterNode(compiled, draft, story.start);
  return { state: draft.state, events: draft.events };
}

function beginDraft(state: EngineState, now: number): Draft {
  return { now, events: [], copied: new Set(), state: { ...state, transcript: { ...state.transcript } } };
}

function advance(
  compiled: IndexedStory,
  env: EngineEnvironment,
  state: EngineState,
  input: PlayerInput,
): Step {
  // A flag is still taken after the ending: the last messages arrive after
  // the engine has ended, and a child who flags one must be counted.
  if (state.status === 'ended' && input.type !== 'flag')
    throw new EngineInputError('ended', 'The scenario has ended.');
  const node = compiled.nodes.get(state.node);
  if (!node) throw new EngineInputError('unknown-node', `The current node "${state.node}" does not exist.`);
  const draft = beginDraft(state, env.now());
  switch (input.type) {
    case 'choose':
      choose(compiled, draft, node, input.choice);
      break;
    case 'flag':
      flag(compiled, draft, input.message, input.sign);
      break;
    case 'protect':
      protect(compiled, draft, node, input.action);
      break;
    default:
      throw new EngineInputError('unknown-input', 'Unknown input.');
  }
  return { state: draft.state, events: draft.events };
}

function choose(compiled: IndexedStory, draft: Draft, node: IndexedNode, choiceId: string): void {
  const choice = node.choices.find((c) => c.id === choiceId);
  if (!choice) throw new EngineInputError('unknown-choice', `"${choiceId}" is not a choice here.`);
  const s = draft.state;
  if (choice.once && s.usedChoices.includes(choiceId)) {
    throw new EngineInputError('choice-used', `"${choiceId}" was already chosen.`);
  }
  if (choiceStatus(choice, s.vars, s.usedChoices) !== 'open') {
    throw new EngineInputError('choice-locked', `"${choiceId}" is not available yet.`);
  }
  record(draft, 'choices', { node: node.id, choice: choiceId, rating: choice.rating, at: draft.now });
  if (choice.once) s.usedChoices = [...s.usedChoices, choiceId];
  const item: HistoryItem = { type: 'player-choice', id: choiceId, chat: s.chat, says: choice.says };
  show(draft, item);
  if (choice.feedback !== undefined) {
    draft.events.push({ type: 'feedback', id: choice.feedback, rating: choice.rating });
  }
  if (choice.counts !== undefined) {
    // Told in the story rather than pressed: recorded exactly like the button.
    const action = choice.counts;
    record(draft, 'protectiveActions', { node: node.id, action, at: draft.now, choice: choiceId });
    const target = targetOf(compiled.story, action, node.protective[action], s.chat);
    show(draft, { type: 'protective', action, chat: s.chat, ...(target !== undefined ? { target } : {}) });
  }
  s.vars = applyEffects(choice.effects, s.vars);
  enterNode(compiled, draft, choice.goto);
}

function flag(compiled: IndexedStory, draft: Draft, messageId: string, sign: WarningSign | undefined): void {
  const s = draft.state;
  const message = compiled.messages.get(messageId);
  const shown = s.history.some((h) => h.type === 'message' && h.id === messageId && h.from !== PLAYER);
  if (!message || !shown)
    throw new EngineInputError('unknown-message', `"${messageId}" is not a message the player has seen.`);
  const signs = message.signs;
  const correct = signs.length > 0;
  const signMatched = sign === undefined ? undefined : signs.includes(sign);
  const repeated = s.transcript.flags.some((f) => f.message === messageId);
  if (!repeated) {
    record(draft, 'flags', {
      message: messageId,
      correct,
      at: draft.now,
      ...(sign !== undefined ? { sign, signMatched } : {}),
    });
    if (correct) record(draft, 'signsSpotted', { message: messageId, signs: [...signs] });
    else record(draft, 'falseFlags', messageId);
    // Flagged after the ending: no longer a missed sign.
    if (correct && s.status === 'ended') {
      const t = s.transcript;
      t.signsMissed = t.signsMissed.filter((m) => m.message !== messageId);
    }
  }
  draft.events.push({
    type: 'flag-result',
    message: messageId,
    correct,
    signs: [...signs],
    repeated,
    ...(sign !== undefined ? { sign, signMatched } : {}),
    ...(message.flagFeedback !== undefined ? { feedback: message.flagFeedback } : {}),
  });
}

function protect(compiled: IndexedStory, draft: Draft, node: IndexedNode, action: ProtectiveAction): void {
  const s = draft.state;
  // The offer says where it leads: the node's own outcome, or the story-wide
  // one when the node would otherwise leave nothing to press.
  const offer = offerFor(compiled, s);
  const outcome = offer.outcomes[action];
  if (!outcome || !offer.actions.includes(action))
    throw new EngineInputError('action-hidden', `"${action}" is not available here.`);
  record(draft, 'protectiveActions', { node: node.id, action, at: draft.now });
  const target = targetOf(compiled.story, action, outcome, s.chat);
  show(draft, { type: 'protective', action, chat: s.chat, ...(target !== undefined ? { target } : {}) });
  s.vars = applyEffects(outcome.effects, s.vars);
  enterNode(compiled, draft, outcome.goto);
}

/** Enters a node and follows `next:` links until a choice or an ending (play-rules.ts). */
function enterNode(compiled: IndexedStory, draft: Draft, firstId: string): void {
  const s = draft.state;
  // Every node passed through is on the path and shows its messages, in the
  // chat open there, with the variables as its effects left them.
  const visit: PassVisitor = (id, node, vars, chat) => {
    record(draft, 'path', id);
    for (const message of node.messages) {
      if (message.condition && evaluate(message.condition, vars) !== true) continue;
      const jitter = nextRandom(s.rng);
      s.rng = jitter.seed;
      const base = message.typing ?? (message.from === PLAYER ? PLAYER_TYPING_MS : DEFAULT_TYPING_MS);
      const item: HistoryItem = {
        type: 'message',
        id: message.id,
        chat,
        from: message.from,
        delayMs: Math.round(base * (0.85 + 0.3 * jitter.value)),
        ...(message.image !== undefined ? { image: message.image } : {}),
        ...(message.count !== undefined ? { values: { count: vars[message.count] ?? 0 } } : {}),
      };
      show(draft, item);
    }
  };
  const arrival = arrive(compiled.story, firstId, s.vars, s.chat, visit);
  if (!arrival) {
    throw new EngineInputError(
      'auto-step-limit',
      `More than ${MAX_AUTO_STEPS} nodes in a row follow each other by "next" from "${firstId}"; ` +
        'the story must offer a choice sooner.',
    );
  }
  s.node = arrival.node;
  s.vars = arrival.vars;
  s.chat = arrival.chat;
  const node = compiled.nodes.get(arrival.node)!;
  if (arrival.ended) finish(compiled, draft, node);
  else draft.events.push(choicesAt(compiled, s));
}

function finish(compiled: IndexedStory, draft: Draft, node: IndexedNode): void {
  const s = draft.state;
  const ending = node.ending!;
  s.status = 'ended';
  const t = s.transcript;
  t.ending = { node: node.id, kind: ending.kind };
  t.endedAt = draft.now;
  t.durationMs = Math.max(0, draft.now - t.startedAt);
  const spotted = new Set(t.signsSpotted.map((x) => x.message));
  const missed = new Set<string>();
  t.signsMissed = [];
  for (const h of s.history) {
    if (h.type !== 'message' || spotted.has(h.id) || missed.has(h.id)) continue;
    const signs = compiled.messages.get(h.id)?.signs ?? [];
    if (signs.length === 0) continue;
    missed.add(h.id);
    t.signsMissed.push({ message: h.id, signs: [...signs] });
  }
  draft.events.push(endingEvent(node));
}
