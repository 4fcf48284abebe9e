/**
 * The expression tree of conditions and effects, its typing rules and its
 * evaluation: everything the engine and the pack reader need, without the
 * parser (src/format/expressions.ts), which only the checker and the pack
 * compiler use. Keeping the parser out of here keeps it out of the game.
 *
 * Trees made by the parser carry `at` (a 0-based offset into the source text)
 * so the checker can point at a column; compiled packs leave it out.
 */

/** The values a story variable can hold. */
export type VariableValue = number | boolean | string;

export type ValueType = 'number' | 'boolean' | 'string';

export const BINARY_OPS = ['and', 'or', '==', '!=', '<', '<=', '>', '>=', '+', '-'] as const;
export type BinaryOp = (typeof BINARY_OPS)[number];

export const EFFECT_OPS = ['=', '+=', '-='] as const;
export type EffectOp = (typeof EFFECT_OPS)[number];

export type Expr =
  | { kind: 'literal'; value: VariableValue; at?: number }
  | { kind: 'var'; name: string; at?: number }
  | { kind: 'not'; operand: Expr; at?: number }
  | { kind: 'binary'; op: BinaryOp; left: Expr; right: Expr; at?: number };

export interface EffectAst {
  target: string;
  op: EffectOp;
  value: Expr;
  at?: number;
}

/**
 * A mistake in an expression; `at` is a 0-based offset into the source text
 * (0 when unknown). `variant` and `params` say the same as the English
 * message as data, for the checker's finding words (src/format/check/words/);
 * a test renders them and compares with the message.
 */
export class ExpressionError extends Error {
  constructor(
    message: string,
    readonly at: number,
    readonly variant = 'other',
    readonly params: Record<string, string | number> = {},
  ) {
    super(message);
    this.name = 'ExpressionError';
  }
}

/**
 * Works out the type of an expression given the declared variables, or throws
 * ExpressionError naming the mistake. Unknown variables are reported here too.
 */
export function typeOf(expr: Expr, vars: Record<string, ValueType>): ValueType {
  const at = expr.at ?? 0;
  switch (expr.kind) {
    case 'literal':
      return typeof expr.value as ValueType;
    case 'var': {
      const t = Object.hasOwn(vars, expr.name) ? vars[expr.name] : undefined;
      if (!t)
        throw new ExpressionError(`"${expr.name}" is not a declared variable`, at, 'undeclared', {
          name: expr.name,
        });
      return t;
    }
    case 'not': {
      const t = typeOf(expr.operand, vars);
      if (t !== 'boolean')
        throw new ExpressionError(`"not" needs a true/false value, but this is a ${t}`, at, 'not', {
          type: t,
        });
      return 'boolean';
    }
    case 'binary': {
      const l = typeOf(expr.left, vars);
      const r = typeOf(expr.right, vars);
      switch (expr.op) {
        case 'and':
        case 'or':
          if (l !== 'boolean' || r !== 'boolean') {
            throw new ExpressionError(
              `"${expr.op}" joins true/false values, but got a ${l} and a ${r}`,
              at,
              'joins',
              {
                op: expr.op,
                left: l,
                right: r,
              },
            );
          }
          return 'boolean';
        case '==':
        case '!=':
          if (l !== r)
            throw new ExpressionError(`cannot compare a ${l} with a ${r}`, at, 'compare', {
              left: l,
              right: r,
            });
          return 'boolean';
        case '<':
        case '<=':
        case '>':
        case '>=':
          if (l !== 'number' || r !== 'number') {
            throw new ExpressionError(
              `"${expr.op}" compares numbers, but got a ${l} and a ${r}`,
              at,
              'compares',
              {
                op: expr.op,
                left: l,
                right: r,
              },
            );
          }
          return 'boolean';
        case '+':
        case '-':
          if (l !== 'number' || r !== 'number') {
            throw new ExpressionError(
              `"${expr.op}" works on numbers, but got a ${l} and a ${r}`,
              at,
              'arithmetic',
              {
                op: expr.op,
                left: l,
                right: r,
              },
            );
          }
          return 'number';
      }
    }
  }
}

/** Checks an effect against the declared variables; throws ExpressionError. */
export function checkEffect(effect: EffectAst, vars: Record<string, ValueType>): void {
  const at = effect.at ?? 0;
  const target = Object.hasOwn(vars, effect.target) ? vars[effect.target] : undefined;
  if (!target)
    throw new ExpressionError(`"${effect.target}" is not a declared variable`, at, 'undeclared', {
      name: effect.target,
    });
  const value = typeOf(effect.value, vars);
  if (effect.op !== '=' && target !== 'number') {
    throw new ExpressionError(
      `"${effect.op}" only works on number variables; "${effect.target}" is a ${target}`,
      at,
      'number-only',
      { op: effect.op, name: effect.target, type: target },
    );
  }
  if (value !== target) {
    throw new ExpressionError(
      `"${effect.target}" holds a ${target}, but this gives it a ${value}`,
      effect.value.at ?? 0,
      'assign',
      { name: effect.target, type: target, value },
    );
  }
}

/** Evaluates a (type-checked) expression. */
export function evaluate(expr: Expr, vars: Record<string, VariableValue>): VariableValue {
  switch (expr.kind) {
    case 'literal':
      return expr.value;
    case 'var':
      return vars[expr.name] ?? false;
    case 'not':
      return !evaluate(expr.operand, vars);
    case 'binary': {
      if (expr.op === 'and') return Boolean(evaluate(expr.left, vars)) && Boolean(evaluate(expr.right, vars));
      if (expr.op === 'or') return Boolean(evaluate(expr.left, vars)) || Boolean(evaluate(expr.right, vars));
      const l = evaluate(expr.left, vars);
      const r = evaluate(expr.right, vars);
      switch (expr.op) {
        case '==':
          return l === r;
        case '!=':
          return l !== r;
        case '<':
          return (l as number) < (r as number);
        case '<=':
          return (l as number) <= (r as number);
        case '>':
          return (l as number) > (r as number);
        case '>=':
          return (l as number) >= (r as number);
        case '+':
          return (l as number) + (r as number);
        case '-':
          return (l as number) - (r as number);
      }
    }
  }
}

/** Applies an effect to a copy-on-write variable map, returning the new map. */
export function applyEffect(
  effect: EffectAst,
  vars: Record<string, VariableValue>,
): Record<string, VariableValue> {
  const value = evaluate(effect.value, vars);
  const current = vars[effect.target];
  let next: VariableValue = value;
  if (effect.op === '+=') next = (current as number) + (value as number);
  if (effect.op === '-=') next = (current as number) - (value as number);
  return { ...vars, [effect.target]: next };
}
