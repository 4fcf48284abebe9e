/**
 * A scenario prepared for play: expressions parsed once, nodes and messages
 * indexed. Creating it fails fast (ScenarioCompileError) on a scenario the
 * checker would reject outright, so play itself never meets a broken reference.
 */
import { parseCondition, parseEffect, type EffectAst, type Expr } from '../format/expressions.js';
import type { ChoiceT, MessageT, NodeT, ProtectiveOutcomesT, ScenarioT } from '../format/schema.js';
import { PROTECTIVE_ACTIONS, type ProtectiveAction } from '../format/taxonomy.js';
import type { VariableValue } from './types.js';

export class ScenarioCompileError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'ScenarioCompileError';
  }
}

export interface CompiledChoice {
  source: ChoiceT;
  condition: Expr | null;
  effects: EffectAst[];
}

export interface CompiledOutcome {
  goto: string;
  effects: EffectAst[];
}

export interface CompiledNode {
  id: string;
  source: NodeT;
  effects: EffectAst[];
  choices: CompiledChoice[];
  /** Protective actions available at this node, with where each leads. */
  protective: Partial<Record<ProtectiveAction, CompiledOutcome>>;
}

export interface CompiledScenario {
  scenario: ScenarioT;
  nodes: Map<string, CompiledNode>;
  messages: Map<string, MessageT>;
  defaults: Record<string, VariableValue>;
  /** The first chat: the start node's, or the first contact's. */
  firstChat: string;
}

function compileEffects(list: string[], where: string): EffectAst[] {
  return list.map((src) => {
    try {
      return parseEffect(src);
    } catch (e) {
      throw new ScenarioCompileError(`${where}: effect "${src}": ${(e as Error).message}`);
    }
  });
}

function compileOutcomes(
  scenarioWide: ProtectiveOutcomesT,
  nodeOverride: ProtectiveOutcomesT | undefined,
  where: string,
): Partial<Record<ProtectiveAction, CompiledOutcome>> {
  const result: Partial<Record<ProtectiveAction, CompiledOutcome>> = {};
  for (const action of PROTECTIVE_ACTIONS) {
    const outcome = nodeOverride?.[action] ?? scenarioWide[action];
    if (outcome === undefined || outcome === 'hidden') continue;
    result[action] = { goto: outcome.goto, effects: compileEffects(outcome.effects, `${where} ${action}`) };
  }
  return result;
}

export function compileScenario(scenario: ScenarioT): CompiledScenario {
  const nodes = new Map<string, CompiledNode>();
  const messages = new Map<string, MessageT>();
  for (const [id, node] of Object.entries(scenario.nodes)) {
    const where = `node "${id}"`;
    const choices = node.choices.map((choice) => {
      let condition: Expr | null = null;
      if (choice.if !== undefined) {
        try {
          condition = parseCondition(choice.if);
        } catch (e) {
          throw new ScenarioCompileError(`${where}: condition "${choice.if}": ${(e as Error).message}`);
        }
      }
      return { source: choice, condition, effects: compileEffects(choice.effects, where) };
    });
    for (const message of node.messages) messages.set(message.id, message);
    nodes.set(id, {
      id,
      source: node,
      effects: compileEffects(node.effects, where),
      choices,
      protective: compileOutcomes(scenario.protective, node.protective, where),
    });
  }
  const targets: [string, string][] = [['start', scenario.start]];
  for (const node of nodes.values()) {
    if (node.source.next !== undefined) targets.push([`node "${node.id}" next`, node.source.next]);
    for (const c of node.choices) targets.push([`choice "${c.source.id}"`, c.source.goto]);
    for (const [action, o] of Object.entries(node.protective))
      targets.push([`node "${node.id}" ${action}`, o.goto]);
  }
  for (const [where, target] of targets) {
    if (!nodes.has(target))
      throw new ScenarioCompileError(`${where} leads to "${target}", which is not a node`);
  }
  const defaults: Record<string, VariableValue> = {};
  for (const [name, decl] of Object.entries(scenario.variables)) defaults[name] = decl.default;
  const firstChat = scenario.nodes[scenario.start]?.chat ?? Object.keys(scenario.contacts)[0] ?? '';
  return { scenario, nodes, messages, defaults, firstChat };
}
