/**
 * A compiled story back in the authoring shape, so the checker's analyses
 * can judge a pack that arrives from outside (check-pack.ts) exactly as they
 * judge a scenario folder. Conditions and effects are printed back as text
 * (fully parenthesised, so the parser reads the same tree); each node's
 * merged protective actions become explicit overrides, and an action the
 * node left out becomes `hidden`.
 */
import type { EffectAst, Expr } from '../expression-ast.js';
import type { ProtectiveOutcomesT, ScenarioT } from '../schema.js';
import { PROTECTIVE_ACTIONS } from '../taxonomy.js';
import type { StoryOutcomeT, StoryT } from './schema.js';

/** A value the expression language cannot write (a text holding both kinds of quote). */
export class UnprintableExpression extends Error {
  override name = 'UnprintableExpression';
}

function literal(value: number | boolean | string): string {
  if (typeof value === 'boolean') return String(value);
  if (typeof value === 'number') {
    if (!Number.isFinite(value)) throw new UnprintableExpression(`the number ${value} cannot be written`);
    return value < 0 ? `(0 - ${-value})` : String(value);
  }
  if (!value.includes('"')) return `"${value}"`;
  if (!value.includes("'")) return `'${value}'`;
  throw new UnprintableExpression('a text value holds both kinds of quote');
}

export function printExpr(expr: Expr): string {
  switch (expr.kind) {
    case 'literal':
      return literal(expr.value);
    case 'var':
      return expr.name;
    case 'not':
      return `not (${printExpr(expr.operand)})`;
    case 'binary':
      return `(${printExpr(expr.left)}) ${expr.op} (${printExpr(expr.right)})`;
  }
}

export function printEffect(effect: EffectAst): string {
  return `${effect.target} ${effect.op} ${printExpr(effect.value)}`;
}

function outcome(o: StoryOutcomeT) {
  return { goto: o.goto, effects: o.effects.map(printEffect), ...(o.target ? { target: o.target } : {}) };
}

/** Throws UnprintableExpression for a tree the text form cannot hold. */
export function storyAsScenario(story: StoryT): ScenarioT {
  const protective: ProtectiveOutcomesT = {};
  for (const action of PROTECTIVE_ACTIONS) {
    const o = story.protective[action];
    if (o) protective[action] = outcome(o);
  }
  const nodes: ScenarioT['nodes'] = {};
  for (const [name, node] of Object.entries(story.nodes)) {
    const overrides: ProtectiveOutcomesT = {};
    for (const action of PROTECTIVE_ACTIONS) {
      const o = node.protective[action];
      overrides[action] = o ? outcome(o) : 'hidden';
    }
    nodes[name] = {
      ...(node.chat ? { chat: node.chat } : {}),
      messages: node.messages.map(({ condition, ...message }) => ({
        ...message,
        ...(condition ? { if: printExpr(condition) } : {}),
      })),
      choices: node.choices.map(({ condition, effects, ...choice }) => ({
        ...choice,
        effects: effects.map(printEffect),
        ...(condition ? { if: printExpr(condition) } : {}),
      })),
      ...(node.next ? { next: node.next } : {}),
      effects: node.effects.map(printEffect),
      ...(node.ending ? { ending: node.ending } : { protective: overrides }),
    };
  }
  const { firstChat: _firstChat, protective: _protective, nodes: _nodes, ...rest } = story;
  return { ...rest, protective, nodes } as ScenarioT;
}
