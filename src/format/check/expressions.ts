/**
 * Conditions and effects: syntax, undeclared variables and type errors, each
 * pointing at the exact column inside the YAML string where possible.
 */
import {
  checkEffect,
  ExpressionError,
  parseCondition,
  parseEffect,
  typeOf,
  variablesIn,
  type EffectAst,
  type Expr,
  type ValueType,
} from '../expressions.js';
import { has, type CheckContext } from './context.js';
import { expressionSites } from './expression-sites.js';
import { describePath } from './locate.js';
import { suggestionWords } from './similar.js';
import type { FindingWords } from './words/render.js';

/** Runs `fn`, turning an ExpressionError into a report; true when it passed. */
function attempt(fn: () => void, onError: (error: ExpressionError) => void): boolean {
  try {
    fn();
    return true;
  } catch (error) {
    if (!(error instanceof ExpressionError)) throw error;
    onError(error);
    return false;
  }
}

export function checkExpressions(ctx: CheckContext): void {
  const { scenario, scenarioFile: file, report } = ctx;
  const types: Record<string, ValueType> = {};
  for (const [name, v] of Object.entries(scenario.variables)) types[name] = v.type;
  const declared = Object.keys(types);

  for (const site of expressionSites(scenario)) {
    const where = describePath(site.path);
    const fail = (code: string, words: FindingWords, at: number): void =>
      report.addAt(
        file,
        'error',
        code,
        { ...words, params: { path: where, ...words.params } },
        file.inText(site.path, at),
      );
    const reportAs = (code: string) => (e: ExpressionError) =>
      fail(code, { variant: e.variant, params: e.params }, e.at);

    let condition: Expr | undefined;
    let effect: EffectAst | undefined;
    const parsed = attempt(() => {
      if (site.kind === 'condition') condition = parseCondition(site.source);
      else effect = parseEffect(site.source);
    }, reportAs('expression-syntax'));
    if (!parsed) continue;

    // Undeclared names first, each reported at its own column, so the type
    // check below only ever speaks about variables that exist.
    const names = condition
      ? variablesIn(condition)
      : [{ name: effect!.target, at: effect!.at }, ...variablesIn(effect!.value)];
    const missing = names.filter((n) => !has(types, n.name));
    for (const n of missing) {
      const hint = suggestionWords(n.name, declared);
      fail('undeclared-variable', { variant: 'expression', params: { name: n.name, hint } }, n.at);
    }
    if (missing.length > 0) continue;

    attempt(() => {
      if (effect) return checkEffect(effect, types);
      const t = typeOf(condition!, types);
      if (t !== 'boolean')
        throw new ExpressionError(
          `a condition must be true or false, but this gives a ${t}`,
          0,
          'condition',
          { type: t },
        );
    }, reportAs('type-error'));
  }
}

/** Names of variables mentioned anywhere (conditions, effects, counts). */
export function variablesMentioned(ctx: CheckContext): Set<string> {
  const used = new Set<string>();
  for (const site of expressionSites(ctx.scenario)) {
    attempt(
      () => {
        if (site.kind === 'condition')
          variablesIn(parseCondition(site.source)).forEach((v) => used.add(v.name));
        else {
          const e = parseEffect(site.source);
          used.add(e.target);
          variablesIn(e.value).forEach((v) => used.add(v.name));
        }
      },
      () => undefined,
    );
  }
  for (const node of Object.values(ctx.scenario.nodes)) {
    for (const m of node.messages) if (m.count !== undefined) used.add(m.count);
  }
  return used;
}
