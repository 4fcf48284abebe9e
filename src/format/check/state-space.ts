/**
 * The state explorer: every place a player can be in while a compiled story
 * waits for them, breadth-first from the start, by the engine's own rules of
 * play (../pack/play-rules.ts). A place is a node together with everything
 * that decides what can be pressed there: the open chat, the variables that
 * matter (state-key.ts), the once-only choices already taken and the
 * contacts blocked. Message conditions only decide what is shown, so they do
 * not split places. Breadth-first means the path kept to each place is a
 * shortest one, which is what an author wants to reproduce a finding.
 *
 * Exploration stops at `limit` places; the result then says it is
 * incomplete, and only conclusions that hold anyway are drawn from it.
 */
import { applyEffects, arrive, offerAt, targetOf, type Vars } from '../pack/play-rules.js';
import type { StoryT } from '../pack/schema.js';
import type { ProtectiveAction } from '../taxonomy.js';
import { variableKeying } from './state-key.js';
import { components } from './traps.js';

/** The default bound: enough for any story a person writes, small enough to stay quick. */
export const MAX_PLAY_STATES = 200_000;

const NOBODY: ReadonlySet<string> = new Set();

/** One input that moved the player on. */
export type Move = { kind: 'choice'; id: string } | { kind: 'protective'; action: ProtectiveAction };

export interface PlayState {
  /** The node waiting for the player (an ending when `ended`). */
  node: string;
  chat: string;
  /** The values of the first (shortest) path that got here. */
  vars: Vars;
  /** Once-only choices taken that could be offered again (rememberedChoices), sorted. */
  used: string[];
  /** Contacts blocked, sorted. */
  blocked: string[];
  ended: boolean;
  /** The state this one was first reached from (-1 for the start) and the move that did it. */
  parent: number;
  via: Move | null;
  /** States one move away; filled when expanded. */
  next: number[];
  expanded: boolean;
  /** True when the node leaves nothing to press here. */
  stuck: boolean;
}

export interface Exploration {
  states: PlayState[];
  /** False when the bound stopped the exploration. */
  complete: boolean;
  limit: number;
  /** Variables that can change what a player can press. */
  relevant: string[];
  /** Every node a player can enter, including those passed through by `next:`. */
  entered: Set<string>;
  /** Moves the engine would refuse because `next:` links run on too long: the state and the move. */
  runaway: { from: number; via: Move }[];
}

/**
 * The once-only choices worth remembering: those at a node a player can come
 * back to (it lies on a loop of links). One taken anywhere else can never be
 * offered again anyway, so remembering it would only split places that
 * behave the same. The engine remembers choices by id, so an id also counts
 * when any node with a once-only choice of that id can be come back to.
 */
export function rememberedChoices(story: StoryT): Set<string> {
  const graph = new Map<string, { to: string }[]>();
  for (const [id, node] of Object.entries(story.nodes)) {
    const to = [...node.choices.map((c) => c.goto), ...Object.values(node.protective).map((o) => o.goto)];
    if (node.next !== undefined) to.push(node.next);
    graph.set(
      id,
      to.map((t) => ({ to: t })),
    );
  }
  const again = new Set<string>();
  for (const component of components([...graph.keys()], graph)) {
    const first = component[0]!;
    const loops = component.length > 1 || graph.get(first)!.some((e) => e.to === first);
    if (loops) component.forEach((id) => again.add(id));
  }
  const remembered = new Set<string>();
  for (const id of again)
    for (const choice of story.nodes[id]!.choices) if (choice.once) remembered.add(choice.id);
  return remembered;
}

export function exploreStory(story: StoryT, limit = MAX_PLAY_STATES): Exploration {
  const keying = variableKeying(story);
  const remembered = rememberedChoices(story);
  const states: PlayState[] = [];
  const index = new Map<string, number>();
  const entered = new Set<string>();
  const runaway: Exploration['runaway'] = [];
  const visit = (id: string) => void entered.add(id);
  let complete = true;

  /** The state an arrival makes, found or added; -1 when the bound is reached. */
  const place = (
    arrival: { node: string; vars: Vars; chat: string; ended: boolean },
    used: string[],
    blocked: string[],
    parent: number,
    via: Move | null,
  ): number => {
    const key = arrival.ended
      ? `end:${arrival.node}`
      : `${arrival.node}\n${arrival.chat}\n${keying.key(arrival.vars)}\n${used.join(',')}\n${blocked.join(',')}`;
    const found = index.get(key);
    if (found !== undefined) return found;
    if (states.length >= limit) {
      complete = false;
      return -1;
    }
    const id = states.length;
    index.set(key, id);
    states.push({
      node: arrival.node,
      chat: arrival.chat,
      vars: arrival.vars,
      used,
      blocked,
      ended: arrival.ended,
      parent,
      via,
      next: [],
      expanded: false,
      stuck: false,
    });
    return id;
  };

  /** Makes one move from state `at`; true when the bound cut it off. */
  function go(at: number, via: Move, vars: Vars, goto: string, used: string[], blocked: string[]): boolean {
    const state = states[at]!;
    const arrival = arrive(story, goto, vars, state.chat, visit);
    if (!arrival) {
      runaway.push({ from: at, via });
      return false;
    }
    const to = place(arrival, used, blocked, at, via);
    if (to < 0) return true;
    if (!state.next.includes(to)) state.next.push(to);
    return false;
  }

  const defaults: Vars = {};
  for (const [name, decl] of Object.entries(story.variables)) defaults[name] = decl.default;
  const first = arrive(story, story.start, defaults, story.firstChat, visit);
  // A story whose opening `next:` chain runs on is refused as a whole by the engine.
  if (!first) return { states, complete, limit, relevant: keying.relevant, entered, runaway };
  place(first, [], [], -1, null);

  for (let at = 0; at < states.length; at++) {
    const state = states[at]!;
    if (state.ended) {
      state.expanded = true;
      continue;
    }
    const node = story.nodes[state.node]!;
    const blockedSet = state.blocked.length === 0 ? NOBODY : new Set(state.blocked);
    const offer = offerAt(story, node, state.vars, state.used, state.chat, blockedSet);
    // A place where the node leaves nothing to press is a finding in itself;
    // what the engine's last resort would do from there is not explored.
    if (offer.fallback) {
      state.stuck = true;
      state.expanded = true;
      continue;
    }
    let cut = false;
    for (const { choice, enabled } of offer.choices) {
      if (!enabled) continue;
      const used = remembered.has(choice.id) ? [...state.used, choice.id].sort() : state.used;
      const blocked =
        choice.counts === 'block'
          ? blocking(state, blockedSet, targetOf(story, 'block', node.protective.block, state.chat))
          : state.blocked;
      const vars = applyEffects(choice.effects, state.vars);
      cut = go(at, { kind: 'choice', id: choice.id }, vars, choice.goto, used, blocked) || cut;
    }
    for (const action of offer.actions) {
      const outcome = offer.outcomes[action]!;
      const blocked =
        action === 'block'
          ? blocking(state, blockedSet, targetOf(story, action, outcome, state.chat))
          : state.blocked;
      const vars = applyEffects(outcome.effects, state.vars);
      cut = go(at, { kind: 'protective', action }, vars, outcome.goto, state.used, blocked) || cut;
    }
    // A state whose moves were cut off by the bound is left unexpanded: what
    // lies beyond it is unknown.
    state.expanded = !cut;
  }
  return { states, complete, limit, relevant: keying.relevant, entered, runaway };
}

/** The blocked list after blocking `target`: the engine remembers whom each block was about. */
function blocking(state: PlayState, blockedSet: ReadonlySet<string>, target: string | undefined): string[] {
  return target === undefined || blockedSet.has(target) ? state.blocked : [...state.blocked, target].sort();
}

/** The moves from the start to a state, in order. */
export function pathTo(exploration: Exploration, state: number): Move[] {
  const moves: Move[] = [];
  for (let at = state; at >= 0; at = exploration.states[at]!.parent) {
    const via = exploration.states[at]!.via;
    if (via) moves.push(via);
  }
  return moves.reverse();
}

/** For each state, the states one move before it. */
export function previousStates(exploration: Exploration): number[][] {
  const previous: number[][] = exploration.states.map(() => []);
  exploration.states.forEach((s, from) => s.next.forEach((to) => previous[to]!.push(from)));
  return previous;
}

/**
 * States from which no ending can be reached. A state left unexpanded by the
 * bound counts as possibly reaching one, so what this returns is certain even
 * when the exploration is incomplete.
 */
export function statesWithoutEnding(exploration: Exploration, previous: number[][]): Set<number> {
  const { states } = exploration;
  const canEnd = new Set<number>();
  const queue: number[] = [];
  states.forEach((s, i) => {
    if (s.ended || !s.expanded) {
      canEnd.add(i);
      queue.push(i);
    }
  });
  for (let i = 0; i < queue.length; i++) {
    for (const from of previous[queue[i]!]!) {
      if (canEnd.has(from)) continue;
      canEnd.add(from);
      queue.push(from);
    }
  }
  const without = new Set<number>();
  states.forEach((_, i) => {
    if (!canEnd.has(i)) without.add(i);
  });
  return without;
}
