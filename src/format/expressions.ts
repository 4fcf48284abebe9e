/**
 * The small expression language used in `if:` conditions and `effects:`.
 *
 *   condition:  trust >= 2 and not toldFriend
 *               mood == "angry" or (coins > 10 and not paid)
 *   effect:     trust += 1     toldFriend = true     mood = "calm"
 *
 * Our own code on purpose: it is tiny, it never evaluates JavaScript, and it
 * reports mistakes with a column so the checker can point at them.
 *
 * This file is the parser: the checker and the pack compiler use it. The tree,
 * its typing rules and its evaluation live in expression-ast.ts, which is all
 * the engine needs, so the game never ships the parser.
 */
import { ExpressionError, type BinaryOp, type EffectOp, type VariableValue } from './expression-ast.js';

export {
  checkEffect,
  ExpressionError,
  typeOf,
  type BinaryOp,
  type ValueType,
  type VariableValue,
} from './expression-ast.js';

/** A parsed condition: the expression tree, every part with its source offset. */
export type Expr =
  | { kind: 'literal'; value: VariableValue; at: number }
  | { kind: 'var'; name: string; at: number }
  | { kind: 'not'; operand: Expr; at: number }
  | { kind: 'binary'; op: BinaryOp; left: Expr; right: Expr; at: number };

/** A parsed effect, with source offsets. */
export interface EffectAst {
  target: string;
  op: EffectOp;
  value: Expr;
  at: number;
}

interface Token {
  kind: 'num' | 'str' | 'ident' | 'op' | 'paren' | 'end';
  text: string;
  at: number;
}

const OPERATORS = ['==', '!=', '<=', '>=', '+=', '-=', '<', '>', '+', '-', '='];

// Character tests without a regular expression per character: the checker
// tokenizes every condition and effect of a story at each keystroke.
const isDigit = (c: string): boolean => c >= '0' && c <= '9';
const isLetter = (c: string): boolean => (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
const isNamePart = (c: string): boolean => isLetter(c) || isDigit(c) || c === '_' || c === '-';
/** What `\s` matches in the ASCII range, plus the rest through the regular expression. */
const isSpace = (c: string): boolean =>
  c === ' ' || c === '\t' || c === '\n' || c === '\r' || (c > '~' ? /\s/.test(c) : c === '\f' || c === '\v');

function tokenize(src: string): Token[] {
  const tokens: Token[] = [];
  let i = 0;
  while (i < src.length) {
    const c = src[i]!;
    if (isSpace(c)) {
      i++;
      continue;
    }
    const start = i;
    if (isDigit(c)) {
      while (i < src.length && (isDigit(src[i]!) || src[i] === '.')) i++;
      const text = src.slice(start, i);
      if (!/^\d+(\.\d+)?$/.test(text))
        throw new ExpressionError(`"${text}" is not a number`, start, 'not-a-number', { text });
      tokens.push({ kind: 'num', text, at: start });
    } else if (c === '"' || c === "'") {
      i++;
      while (i < src.length && src[i] !== c) i++;
      if (i >= src.length)
        throw new ExpressionError('this text has no closing quote', start, 'no-closing-quote');
      tokens.push({ kind: 'str', text: src.slice(start + 1, i), at: start });
      i++;
    } else if (isLetter(c) || c === '_') {
      while (i < src.length && isNamePart(src[i]!)) i++;
      tokens.push({ kind: 'ident', text: src.slice(start, i), at: start });
    } else if (c === '(' || c === ')') {
      tokens.push({ kind: 'paren', text: c, at: start });
      i++;
    } else {
      const op = OPERATORS.find((o) => src.startsWith(o, i));
      if (!op) throw new ExpressionError(`"${c}" is not allowed here`, start, 'not-allowed', { text: c });
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
    if (t.kind !== 'end')
      throw new ExpressionError(`unexpected "${t.text}"`, t.at, 'unexpected', { text: t.text });
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
      throw new ExpressionError(
        'to compare, write "==" (a single "=" changes a variable)',
        t.at,
        'single-equals',
      );
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
          throw new ExpressionError(`"${t.text}" needs something before it`, t.at, 'needs-before', {
            text: t.text,
          });
        return { kind: 'var', name: t.text, at: t.at };
      case 'paren':
        if (t.text === '(') {
          const inner = this.or();
          const close = this.take();
          if (close.text !== ')') throw new ExpressionError('a "(" is never closed', t.at, 'unclosed');
          return inner;
        }
        throw new ExpressionError('this ")" has no matching "("', t.at, 'unmatched');
      case 'end':
        throw new ExpressionError('the expression ends too early', t.at, 'ends-early');
      default:
        throw new ExpressionError(`unexpected "${t.text}"`, t.at, 'unexpected', { text: t.text });
    }
  }
  effect(): EffectAst {
    const target = this.take();
    if (target.kind !== 'ident')
      throw new ExpressionError('an effect starts with a variable name', target.at, 'effect-start');
    const op = this.take();
    if (op.kind !== 'op' || !['=', '+=', '-='].includes(op.text)) {
      throw new ExpressionError('after the variable, write "=", "+=" or "-="', op.at, 'effect-operator');
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
