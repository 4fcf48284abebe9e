/**
 * The small expression language used in `if:` conditions and `effects:`.
 *
 *   condition:  trust >= 2 and not toldFriend
 *               mood == "angry" or (coins > 10 and not paid)
 *   effect:     trust += 1     toldFriend = true     mood = "calm"
 *
 * Our own code on purpose: it is tiny, it never evaluates JavaScript, and it
 * reports mistakes with a column so the checker can point at them.
 */
import type { VariableValue } from '../engine/types.js';

export type ValueType = 'number' | 'boolean' | 'string';

export type Expr =
  | { kind: 'literal'; value: VariableValue; at: number }
  | { kind: 'var'; name: string; at: number }
  | { kind: 'not'; operand: Expr; at: number }
  | { kind: 'binary'; op: BinaryOp; left: Expr; right: Expr; at: number };

export type BinaryOp = 'and' | 'or' | '==' | '!=' | '<' | '<=' | '>' | '>=' | '+' | '-';

export interface EffectAst {
  target: string;
  op: '=' | '+=' | '-=';
  value: Expr;
  at: number;
}

/** A mistake in an expression; `at` is a 0-based offset into the source text. */
export class ExpressionError extends Error {
  constructor(
    message: string,
    readonly at: number,
  ) {
    super(message);
    this.name = 'ExpressionError';
  }
}

interface Token {
  kind: 'num' | 'str' | 'ident' | 'op' | 'paren' | 'end';
  text: string;
  at: number;
}

const OPERATORS = ['==', '!=', '<=', '>=', '+=', '-=', '<', '>', '+', '-', '='];

function tokenize(src: string): Token[] {
  const tokens: Token[] = [];
  let i = 0;
  while (i < src.length) {
    const c = src[i]!;
    if (/\s/.test(c)) {
      i++;
      continue;
    }
    const start = i;
    if (/[0-9]/.test(c)) {
      while (i < src.length && /[0-9.]/.test(src[i]!)) i++;
      const text = src.slice(start, i);
      if (!/^\d+(\.\d+)?$/.test(text)) throw new ExpressionError(`"${text}" is not a number`, start);
      tokens.push({ kind: 'num', text, at: start });
    } else if (c === '"' || c === "'") {
      i++;
      while (i < src.length && src[i] !== c) i++;
      if (i >= src.length) throw new ExpressionError('this text has no closing quote', start);
      tokens.push({ kind: 'str', text: src.slice(start + 1, i), at: start });
      i++;
    } else if (/[A-Za-z_]/.test(c)) {
      while (i < src.length && /[A-Za-z0-9_-]/.test(src[i]!)) i++;
      tokens.push({ kind: 'ident', text: src.slice(start, i), at: start });
    } else if (c === '(' || c === ')') {
      tokens.push({ kind: 'paren', text: c, at: start });
      i++;
    } else {
      const op = OPERATORS.find((o) => src.startsWith(o, i));
      if (!op) throw new ExpressionError(`"${c}" is not allowed here`, start);
      tokens.push({ kind: 'op', text: op, at: start });
      i += op.length;
    }
  }
  tokens.push({ kind: 'end', text: '', at: src.length });
  return tokens;
}

class Parser {
  private pos = 0;
  constructor(private readonly tokens: Token[]) {}

  private peek(): Token {
    return this.tokens[this.pos]!;
  }
  private take(): Token {
    return this.tokens[this.pos++]!;
  }
  private isWord(word: string): boolean {
    const t = this.peek();
    return t.kind === 'ident' && t.text === word;
  }
  expectEnd(): void {
    const t = this.peek();
    if (t.kind !== 'end') throw new ExpressionError(`unexpected "${t.text}"`, t.at);
  }

  or(): Expr {
    let left = this.and();
    while (this.isWord('or')) {
      const at = this.take().at;
      left = { kind: 'binary', op: 'or', left, right: this.and(), at };
    }
    return left;
  }
  private and(): Expr {
    let left = this.not();
    while (this.isWord('and')) {
      const at = this.take().at;
      left = { kind: 'binary', op: 'and', left, right: this.not(), at };
    }
    return left;
  }
  private not(): Expr {
    if (this.isWord('not')) {
      const at = this.take().at;
      return { kind: 'not', operand: this.not(), at };
    }
    return this.comparison();
  }
  private comparison(): Expr {
    const left = this.sum();
    const t = this.peek();
    if (t.kind === 'op' && ['==', '!=', '<', '<=', '>', '>='].includes(t.text)) {
      this.take();
      return { kind: 'binary', op: t.text as BinaryOp, left, right: this.sum(), at: t.at };
    }
    if (t.kind === 'op' && t.text === '=') {
      throw new ExpressionError('to compare, write "==" (a single "=" changes a variable)', t.at);
    }
    return left;
  }
  sum(): Expr {
    let left = this.atom();
    for (;;) {
      const t = this.peek();
      if (t.kind !== 'op' || (t.text !== '+' && t.text !== '-')) return left;
      this.take();
      left = { kind: 'binary', op: t.text, left, right: this.atom(), at: t.at };
    }
  }
  private atom(): Expr {
    const t = this.take();
    switch (t.kind) {
      case 'num':
        return { kind: 'literal', value: Number(t.text), at: t.at };
      case 'str':
        return { kind: 'literal', value: t.text, at: t.at };
      case 'ident':
        if (t.text === 'true' || t.text === 'false')
          return { kind: 'literal', value: t.text === 'true', at: t.at };
        if (['and', 'or', 'not'].includes(t.text))
          throw new ExpressionError(`"${t.text}" needs something before it`, t.at);
        return { kind: 'var', name: t.text, at: t.at };
      case 'paren':
        if (t.text === '(') {
          const inner = this.or();
          const close = this.take();
          if (close.text !== ')') throw new ExpressionError('a "(" is never closed', t.at);
          return inner;
        }
        throw new ExpressionError('this ")" has no matching "("', t.at);
      case 'end':
        throw new ExpressionError('the expression ends too early', t.at);
      default:
        throw new ExpressionError(`unexpected "${t.text}"`, t.at);
    }
  }
  effect(): EffectAst {
    const target = this.take();
    if (target.kind !== 'ident')
      throw new ExpressionError('an effect starts with a variable name', target.at);
    const op = this.take();
    if (op.kind !== 'op' || !['=', '+=', '-='].includes(op.text)) {
      throw new ExpressionError('after the variable, write "=", "+=" or "-="', op.at);
    }
    const value = this.or();
    this.expectEnd();
    return { target: target.text, op: op.text as EffectAst['op'], value, at: target.at };
  }
}

/** Parses a condition; throws ExpressionError with a position. */
export function parseCondition(src: string): Expr {
  const parser = new Parser(tokenize(src));
  const expr = parser.or();
  parser.expectEnd();
  return expr;
}

/** Parses an effect such as `trust += 1`; throws ExpressionError with a position. */
export function parseEffect(src: string): EffectAst {
  return new Parser(tokenize(src)).effect();
}

/** Names of the variables an expression reads, with their positions. */
export function variablesIn(expr: Expr): { name: string; at: number }[] {
  switch (expr.kind) {
    case 'literal':
      return [];
    case 'var':
      return [{ name: expr.name, at: expr.at }];
    case 'not':
      return variablesIn(expr.operand);
    case 'binary':
      return [...variablesIn(expr.left), ...variablesIn(expr.right)];
  }
}

/**
 * Works out the type of an expression given the declared variables, or throws
 * ExpressionError naming the mistake. Unknown variables are reported here too.
 */
export function typeOf(expr: Expr, vars: Record<string, ValueType>): ValueType {
  switch (expr.kind) {
    case 'literal':
      return typeof expr.value as ValueType;
    case 'var': {
      const t = Object.hasOwn(vars, expr.name) ? vars[expr.name] : undefined;
      if (!t) throw new ExpressionError(`"${expr.name}" is not a declared variable`, expr.at);
      return t;
    }
    case 'not': {
      const t = typeOf(expr.operand, vars);
      if (t !== 'boolean')
        throw new ExpressionError(`"not" needs a true/false value, but this is a ${t}`, expr.at);
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
              expr.at,
            );
          }
          return 'boolean';
        case '==':
        case '!=':
          if (l !== r) throw new ExpressionError(`cannot compare a ${l} with a ${r}`, expr.at);
          return 'boolean';
        case '<':
        case '<=':
        case '>':
        case '>=':
          if (l !== 'number' || r !== 'number') {
            throw new ExpressionError(`"${expr.op}" compares numbers, but got a ${l} and a ${r}`, expr.at);
          }
          return 'boolean';
        case '+':
        case '-':
          if (l !== 'number' || r !== 'number') {
            throw new ExpressionError(`"${expr.op}" works on numbers, but got a ${l} and a ${r}`, expr.at);
          }
          return 'number';
      }
    }
  }
}

/** Checks an effect against the declared variables; throws ExpressionError. */
export function checkEffect(effect: EffectAst, vars: Record<string, ValueType>): void {
  const target = Object.hasOwn(vars, effect.target) ? vars[effect.target] : undefined;
  if (!target) throw new ExpressionError(`"${effect.target}" is not a declared variable`, effect.at);
  const value = typeOf(effect.value, vars);
  if (effect.op !== '=' && target !== 'number') {
    throw new ExpressionError(
      `"${effect.op}" only works on number variables; "${effect.target}" is a ${target}`,
      effect.at,
    );
  }
  if (value !== target) {
    throw new ExpressionError(
      `"${effect.target}" holds a ${target}, but this gives it a ${value}`,
      effect.value.at,
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
