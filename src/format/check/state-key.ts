/**
 * Which variable values tell two play states apart, for the state explorer.
 * Two states that differ only in a value no choice condition can ever see
 * offer exactly the same things for ever after, so exploring both would only
 * waste the bound. Two reductions, both exact (they never merge states that
 * could behave differently):
 *
 * - A variable matters only if a choice condition reads it, or an effect on a
 *   variable that matters does. Message conditions and `count:` decide what is
 *   shown, never what can be pressed, so a counter only shown to the player
 *   ("you have 3 new messages") is left out.
 * - A number that only ever grows (`+=` a literal, `=` a literal) and is only
 *   compared with literals behaves the same at every value above the largest
 *   literal it is compared with: it is counted up to one past that and no
 *   further. Likewise, mirrored, for a number that only ever shrinks. Without
 *   this, a loop that adds to a counter would have endless states.
 */
import type { EffectAst, Expr, VariableValue } from '../expression-ast.js';
import type { StoryNodeT, StoryT } from '../pack/schema.js';
import { PROTECTIVE_ACTIONS } from '../taxonomy.js';

type Vars = Record<string, VariableValue>;

const COMPARISONS: ReadonlySet<string> = new Set(['==', '!=', '<', '<=', '>', '>=']);

function readsOf(expr: Expr, into: Set<string>): Set<string> {
  if (expr.kind === 'var') into.add(expr.name);
  else if (expr.kind === 'not') readsOf(expr.operand, into);
  else if (expr.kind === 'binary') {
    readsOf(expr.left, into);
    readsOf(expr.right, into);
  }
  return into;
}

/** How each number is read: the literals it is compared with, or `free` if it is read any other way. */
interface Reads {
  literals: Map<string, number[]>;
  free: Set<string>;
}

function collectReads(expr: Expr, reads: Reads): void {
  if (expr.kind === 'var') reads.free.add(expr.name);
  else if (expr.kind === 'not') collectReads(expr.operand, reads);
  else if (expr.kind === 'binary') {
    const { left, right } = expr;
    if (COMPARISONS.has(expr.op)) {
      const pair =
        left.kind === 'var' && right.kind === 'literal'
          ? { name: left.name, value: right.value }
          : left.kind === 'literal' && right.kind === 'var'
            ? { name: right.name, value: left.value }
            : undefined;
      if (pair && typeof pair.value === 'number') {
        const list = reads.literals.get(pair.name) ?? [];
        list.push(pair.value);
        reads.literals.set(pair.name, list);
        return;
      }
    }
    collectReads(left, reads);
    collectReads(right, reads);
  }
}

function allEffects(story: StoryT): EffectAst[] {
  const out: EffectAst[] = [];
  const outcomes = (list: StoryNodeT['protective']) => {
    for (const action of PROTECTIVE_ACTIONS) out.push(...(list[action]?.effects ?? []));
  };
  outcomes(story.protective);
  for (const node of Object.values(story.nodes)) {
    out.push(...node.effects);
    for (const choice of node.choices) out.push(...choice.effects);
    outcomes(node.protective);
  }
  return out;
}

/** How one variable enters the key: as it is, or clamped to a range beyond which it behaves the same. */
interface KeyPart {
  name: string;
  min: number;
  max: number;
}

/** A function giving the part of a state's key that its variables contribute, and the variables that matter. */
export interface VariableKeying {
  /** Variables that can change what a player can press, in a stable order. */
  relevant: string[];
  key(vars: Vars): string;
}

export function variableKeying(story: StoryT): VariableKeying {
  const relevant = new Set<string>();
  for (const node of Object.values(story.nodes))
    for (const choice of node.choices) if (choice.condition) readsOf(choice.condition, relevant);
  const effects = allEffects(story);
  for (let grew = true; grew;) {
    grew = false;
    for (const effect of effects) {
      if (!relevant.has(effect.target)) continue;
      for (const name of readsOf(effect.value, new Set())) {
        if (!relevant.has(name)) {
          relevant.add(name);
          grew = true;
        }
      }
    }
  }

  const reads: Reads = { literals: new Map(), free: new Set() };
  for (const node of Object.values(story.nodes))
    for (const choice of node.choices) if (choice.condition) collectReads(choice.condition, reads);
  const grows = new Set<string>();
  const shrinks = new Set<string>();
  /** Set to something other than a literal: no telling where it goes. */
  const computed = new Set<string>();
  for (const effect of effects) {
    if (!relevant.has(effect.target)) continue;
    collectReads(effect.value, reads);
    const literal = effect.value.kind === 'literal' && typeof effect.value.value === 'number';
    if (!literal) computed.add(effect.target);
    else if (effect.op === '+=') grows.add(effect.target);
    else if (effect.op === '-=') shrinks.add(effect.target);
  }

  const names = [...relevant].sort();
  const parts: KeyPart[] = names.map((name) => {
    const literals = reads.literals.get(name);
    const clampable =
      story.variables[name]?.type === 'number' &&
      literals !== undefined &&
      !reads.free.has(name) &&
      !computed.has(name) &&
      !(grows.has(name) && shrinks.has(name));
    if (!clampable) return { name, min: -Infinity, max: Infinity };
    // Effects only add literals ≥ 0 with += and take them away with -= (the
    // language has no negative numbers), so one direction is enough.
    if (grows.has(name)) return { name, min: -Infinity, max: Math.max(...literals) + 1 };
    if (shrinks.has(name)) return { name, min: Math.min(...literals) - 1, max: Infinity };
    return { name, min: -Infinity, max: Infinity };
  });

  return {
    relevant: names,
    key(vars) {
      let out = '';
      for (const { name, min, max } of parts) {
        const value = vars[name];
        if (typeof value === 'number') out += `${Math.min(max, Math.max(min, value))}|`;
        else out += `${JSON.stringify(value)}|`;
      }
      return out;
    },
  };
}
