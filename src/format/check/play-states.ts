/**
 * Proof that every story is playable, from the states a player can really
 * be in (state-space.ts explores them with the engine's own rules):
 * - `stuck`: a player can reach a node where nothing can be pressed (every
 *   choice closed by its condition or already used, every protective action
 *   hidden or pointless in the open chat);
 * - `trapped`: a player can reach a place from which no ending can be
 *   reached, however they go on;
 * - `unreachable-node` / `unreachable-ending`: a node the links lead to, but
 *   that no player can ever get to, because every way there is closed when
 *   it could be pressed;
 * - `play-state-limit`: the story has more states than the bound, so the
 *   proof is incomplete (a warning; what was found is still reported).
 * Each finding names the node, a shortest way to get there from the start,
 * and the values of the variables that decide what can be pressed.
 *
 * Mistakes the link analyses already report are not repeated: a node with
 * no way forward at all (dead-end), loops of links with no way out
 * (no-way-out), `next` loops (next-loop), and nodes no link leads to
 * (unreachable-*). A story with broken references, expressions or types is
 * not explored: its other findings come first.
 */
import type { VariableValue } from '../expression-ast.js';
import { assembleStory } from '../pack/compile.js';
import { verifyStory } from '../pack/integrity.js';
import { MAX_AUTO_STEPS, targetOf, type Vars } from '../pack/play-rules.js';
import type { StoryNodeT, StoryT } from '../pack/schema.js';
import { PROTECTIVE_ACTIONS } from '../taxonomy.js';
import { graphOf, has, type CheckContext } from './context.js';
import { reachableFrom } from './reachability.js';
import {
  exploreStory,
  MAX_PLAY_STATES,
  pathTo,
  previousStates,
  statesWithoutEnding,
  type Exploration,
  type Move,
} from './state-space.js';
import { nodesThatCanEnd } from './traps.js';
import { items, phrase, type FindingParams } from './words/render.js';

/** Longest path written out in a finding; longer ones keep their start and end. */
const PATH_SHOWN = 24;

/**
 * The last exploration, by the story's shape for play: the compiled story
 * without its messages, which neither the explorer nor the rules of play
 * read (what a message says, who sends it and when never changes what can
 * be pressed). Typing in a message's fields in the studio then re-uses the
 * search, the slowest part of a re-check; any other change searches again.
 */
interface Explored {
  explored: Exploration;
  previous: number[][];
  noEnding: Set<number>;
}
let last: ({ shape: string; limit: number } & Explored) | undefined;

function exploration(story: StoryT, limit: number): Explored {
  const shape = JSON.stringify(story, (key, value: unknown) => (key === 'messages' ? undefined : value));
  if (last && last.shape === shape && last.limit === limit) return last;
  const explored = exploreStory(story, limit);
  const previous = previousStates(explored);
  const noEnding = statesWithoutEnding(explored, previous);
  last = { shape, limit, explored, previous, noEnding };
  return last;
}

export function checkPlayStates(ctx: CheckContext, limit = MAX_PLAY_STATES): void {
  const { scenario, scenarioFile: file, report } = ctx;
  let story: StoryT;
  try {
    story = assembleStory(scenario);
  } catch {
    return; // expression-syntax findings say why
  }
  // Broken references, types or next loops have their own findings and would
  // stop the engine; a node with no way forward at all is only a stuck place.
  if (verifyStory(story).some((p) => p.code !== 'dead-end')) return;

  const { explored, previous, noEnding } = exploration(story, limit);
  const { states } = explored;
  const canEndByLinks = nodesThatCanEnd(scenario);
  const noWayAtAll = (node: StoryNodeT) =>
    node.choices.length === 0 && node.next === undefined && Object.keys(node.protective).length === 0;

  // Stuck places, one finding per node (the first found has the shortest path).
  const stuck: number[] = [];
  const stuckNodes = new Set<string>();
  states.forEach((state, i) => {
    if (!state.stuck) return;
    stuck.push(i);
    const node = story.nodes[state.node]!;
    if (noWayAtAll(node) || stuckNodes.has(state.node)) return; // dead-end says it
    stuckNodes.add(state.node);
    const words = {
      params: { node: state.node, ...whyStuck(ctx, story, i, explored), ...howToGetThere(explored, i) },
    };
    report.add(file, 'error', 'stuck', words, ['nodes', state.node], 'key');
  });

  for (const { from, via } of explored.runaway) {
    const state = states[from]!;
    const words = {
      variant: 'runaway',
      params: {
        node: state.node,
        move: describeMove(via),
        steps: MAX_AUTO_STEPS,
        ...howToGetThere(explored, from),
      },
    };
    report.add(file, 'error', 'next-loop', words, ['nodes', state.node], 'key');
  }

  // Places with no ending ahead that are not already explained by a stuck
  // place, a runaway chain or a loop the link analyses report.
  const explained = new Set<number>();
  const queue: number[] = [];
  const seed = (i: number) => {
    if (noEnding.has(i) && !explained.has(i)) {
      explained.add(i);
      queue.push(i);
    }
  };
  stuck.forEach(seed);
  explored.runaway.forEach(({ from }) => seed(from));
  states.forEach((s, i) => {
    if (!canEndByLinks.has(s.node)) seed(i);
  });
  for (let q = 0; q < queue.length; q++) for (const from of previous[queue[q]!]!) seed(from);

  const regions = new Set<string>();
  for (const i of [...noEnding].sort((a, b) => a - b)) {
    if (explained.has(i)) continue;
    // Only where the player first walks in; what lies beyond is the same trap.
    const parent = states[i]!.parent;
    if (parent >= 0 && noEnding.has(parent) && !explained.has(parent)) continue;
    const nodes = regionNodes(explored, i);
    const name = [...nodes].sort().join('\n');
    if (regions.has(name)) continue;
    regions.add(name);
    const node = states[i]!.node;
    const round = nodes.map((n) => `"${n}"`).join(', ');
    const words = { params: { node, round, ...howToGetThere(explored, i) } };
    report.add(file, 'error', 'trapped', words, ['nodes', node], 'key');
  }

  if (!explored.complete) {
    // The number as digits: each language writes its own thousands separator.
    const words = { params: { limit: limit.toLocaleString('en') } };
    report.add(file, 'warning', 'play-state-limit', words, ['variables'], 'key');
    return;
  }

  // Linked, yet never reached: every way there is closed whenever it could be pressed.
  const linked = reachableFrom(scenario.start, graphOf(scenario));
  for (const [id, node] of Object.entries(scenario.nodes)) {
    if (!linked.has(id) || explored.entered.has(id) || !has(story.nodes, id)) continue;
    const what = node.ending ? 'ending' : 'node';
    const words = { variant: 'in-play', params: { node: id } };
    report.add(file, 'warning', `unreachable-${what}`, words, ['nodes', id], 'key');
  }
}

/**
 * Why nothing can be pressed at a stuck state, in the author's terms: the
 * `choices` and `protective` phrases of the stuck template, with their lists.
 */
function whyStuck(ctx: CheckContext, story: StoryT, i: number, explored: Exploration): FindingParams {
  const state = explored.states[i]!;
  const written = ctx.scenario.nodes[state.node]!;
  const node = story.nodes[state.node]!;
  const params: FindingParams = {};
  if (written.choices.length === 0) params.choices = phrase('stuck-no-choices');
  else {
    const closed = written.choices.map((c) => {
      if (c.once && state.used.includes(c.id)) return phrase('stuck-used', c.id);
      const locked = c.showLocked ? '-locked' : '';
      return c.if === undefined
        ? phrase(`stuck-needs-its-condition${locked}`, c.id)
        : phrase(`stuck-needs${locked}`, c.id, c.if);
    });
    params.choices = phrase('stuck-closed');
    params.closed = items(closed);
  }
  const defined = PROTECTIVE_ACTIONS.filter((a) => node.protective[a] !== undefined);
  if (defined.length === 0) params.protective = phrase('stuck-all-hidden');
  else {
    // Only block and report can be defined and still closed: they need someone to be about.
    const reasons = new Set(
      defined.map((a) => {
        const target = targetOf(story, a, node.protective[a], state.chat);
        return target === undefined
          ? phrase('stuck-no-stranger', state.chat)
          : phrase('stuck-blocked', target);
      }),
    );
    params.protective = phrase(defined.length === 1 ? 'stuck-left-one' : 'stuck-left');
    params.actions = items(defined);
    params.reasons = items([...reasons]);
  }
  return params;
}

function describeMove(move: Move): string {
  return move.kind === 'choice' ? `"${move.id}"` : phrase('move-button', move.action);
}

function shown(value: VariableValue): string {
  return typeof value === 'string' ? JSON.stringify(value) : String(value);
}

/**
 * "It happens after "c.a", the block button, with trust = 2" — how to
 * reproduce a state: the `how` phrase and the lists it shows.
 */
function howToGetThere(explored: Exploration, i: number): FindingParams {
  const moves = pathTo(explored, i).map(describeMove);
  const params: FindingParams = {};
  if (moves.length === 0) params.path = phrase('path-start');
  else if (moves.length <= PATH_SHOWN) {
    params.path = phrase('path-after');
    params.moves = items(moves);
  } else {
    params.path = phrase('path-after-long');
    params.first = items(moves.slice(0, 8));
    params.more = moves.length - 16;
    params.last = items(moves.slice(-8));
  }
  const vars: Vars = explored.states[i]!.vars;
  const values = explored.relevant.map((name) => `${name} = ${shown(vars[name]!)}`);
  params.values = values.length > 0 ? phrase('path-values') : '';
  params.vars = items(values);
  return params;
}

/** The nodes a player can still get to from a state, in the order first met. */
function regionNodes(explored: Exploration, from: number): string[] {
  const seen = new Set([from]);
  const queue = [from];
  const nodes: string[] = [];
  for (let q = 0; q < queue.length; q++) {
    const state = explored.states[queue[q]!]!;
    if (!nodes.includes(state.node)) nodes.push(state.node);
    for (const to of state.next) {
      if (seen.has(to)) continue;
      seen.add(to);
      queue.push(to);
    }
  }
  return nodes;
}
