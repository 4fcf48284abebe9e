/**
 * The pack compiler: a checked scenario in, a compiled story and its pack
 * out. It parses every condition and effect into a tree (without source
 * positions), merges the scenario-wide protective actions with each node's
 * overrides, works out the opening chat, and drops what only authors read
 * (variable descriptions, `$schema`). It runs at build time and in the CLI,
 * never in the game.
 */
import { parseCondition, parseEffect, type Expr as ParsedExpr } from '../expressions.js';
import type { EffectAst, Expr } from '../expression-ast.js';
import type { LoadedScenario } from '../load.js';
import type { ProtectiveOutcomesT, ScenarioT, TextTableT } from '../schema.js';
import { PROTECTIVE_ACTIONS } from '../taxonomy.js';
import { verifyStory } from './integrity.js';
import {
  PACK_FORMAT,
  PACK_VERSION,
  type PackT,
  type StoryChoiceT,
  type StoryNodeT,
  type StoryOutcomeT,
  type StoryT,
} from './schema.js';

/** The scenario cannot be compiled; the checker reports the same problem with a line and column. */
export class StoryCompileError extends Error {
  override name = 'StoryCompileError';
}

/** The tree without source positions: they point into text the pack does not carry. */
function bare(expr: ParsedExpr): Expr {
  switch (expr.kind) {
    case 'literal':
      return { kind: 'literal', value: expr.value };
    case 'var':
      return { kind: 'var', name: expr.name };
    case 'not':
      return { kind: 'not', operand: bare(expr.operand) };
    case 'binary':
      return { kind: 'binary', op: expr.op, left: bare(expr.left), right: bare(expr.right) };
  }
}

function parsed<T>(where: string, source: string, parse: (src: string) => T): T {
  try {
    return parse(source);
  } catch (e) {
    throw new StoryCompileError(`${where}: "${source}": ${(e as Error).message}`);
  }
}

function effects(list: string[], where: string): EffectAst[] {
  return list.map((src) => {
    const e = parsed(where, src, parseEffect);
    return { target: e.target, op: e.op, value: bare(e.value) };
  });
}

function outcomes(
  scenarioWide: ProtectiveOutcomesT,
  override: ProtectiveOutcomesT | undefined,
  where: string,
): StoryNodeT['protective'] {
  const result: Partial<Record<(typeof PROTECTIVE_ACTIONS)[number], StoryOutcomeT>> = {};
  for (const action of PROTECTIVE_ACTIONS) {
    const o = override?.[action] ?? scenarioWide[action];
    if (o === undefined || o === 'hidden') continue;
    result[action] = {
      goto: o.goto,
      effects: effects(o.effects, `${where} ${action}`),
      ...(o.target !== undefined ? { target: o.target } : {}),
    };
  }
  return result;
}

/**
 * Compiles a scenario the checker accepted; throws StoryCompileError
 * otherwise. With `texts`, also requires source-language text for every line.
 */
export function compileStory(scenario: ScenarioT, texts?: Record<string, TextTableT>): StoryT {
  const story = assembleStory(scenario);
  const problems = verifyStory(story, texts);
  if (problems.length > 0) {
    throw new StoryCompileError(problems.map((p) => `${p.where}: ${p.message}`).join('; '));
  }
  // Through JSON once, so the result shares nothing with the input and holds
  // exactly what a pack file would.
  return JSON.parse(JSON.stringify(story)) as StoryT;
}

/**
 * The compiled story before it is verified, sharing data with `scenario`:
 * for the checker's state explorer, which verifies it itself (and skips a
 * story the other analyses already report as broken). Throws
 * StoryCompileError when a condition or effect cannot be parsed.
 */
export function assembleStory(scenario: ScenarioT): StoryT {
  const nodes: Record<string, StoryNodeT> = {};
  for (const [id, n] of Object.entries(scenario.nodes)) {
    const where = `node "${id}"`;
    const choices = n.choices.map((c): StoryChoiceT => {
      const { if: condition, effects: choiceEffects, ...data } = c;
      return {
        ...data,
        ...(condition !== undefined
          ? { condition: bare(parsed(`${where} choice "${c.id}"`, condition, parseCondition)) }
          : {}),
        effects: effects(choiceEffects, `${where} choice "${c.id}"`),
      };
    });
    nodes[id] = {
      ...(n.chat !== undefined ? { chat: n.chat } : {}),
      messages: n.messages.map((m, i) => {
        const { if: condition, ...data } = m;
        return {
          ...data,
          signs: [...m.signs],
          ...(condition !== undefined
            ? { condition: bare(parsed(`${where} message ${i + 1}`, condition, parseCondition)) }
            : {}),
        };
      }),
      choices,
      ...(n.next !== undefined ? { next: n.next } : {}),
      effects: effects(n.effects, where),
      protective: outcomes(scenario.protective, n.protective, where),
      ...(n.ending ? { ending: n.ending } : {}),
    };
  }
  const variables: StoryT['variables'] = {};
  for (const [name, v] of Object.entries(scenario.variables))
    variables[name] = { type: v.type, default: v.default };
  const story: StoryT = {
    id: scenario.id,
    version: scenario.version,
    topics: scenario.topics,
    ageBands: scenario.ageBands,
    sourceLanguage: scenario.sourceLanguage,
    minutes: scenario.minutes,
    title: scenario.title,
    summary: scenario.summary,
    playerNote: scenario.playerNote,
    teacherNotes: scenario.teacherNotes,
    player: scenario.player,
    contacts: scenario.contacts,
    groups: scenario.groups,
    variables,
    start: scenario.start,
    firstChat: scenario.nodes[scenario.start]?.chat ?? Object.keys(scenario.contacts)[0] ?? '',
    protective: outcomes(scenario.protective, undefined, 'the story-wide protective actions'),
    nodes,
  };
  return story;
}

/** The pack for a loaded (and checked) scenario: its compiled story and every text table. */
export function buildPack(loaded: LoadedScenario): PackT {
  return {
    format: PACK_FORMAT,
    version: PACK_VERSION,
    scenario: compileStory(loaded.scenario, loaded.texts),
    texts: loaded.texts,
  };
}
