/** Every condition and effect written in a scenario, with the path to it. */
import type { ScenarioT, ProtectiveOutcomesT } from '../schema.js';
import { PROTECTIVE_ACTIONS } from '../taxonomy.js';

export interface ExpressionSite {
  kind: 'condition' | 'effect';
  source: string;
  path: (string | number)[];
}

function protectiveEffects(
  outcomes: ProtectiveOutcomesT | undefined,
  base: (string | number)[],
): ExpressionSite[] {
  const sites: ExpressionSite[] = [];
  for (const action of PROTECTIVE_ACTIONS) {
    const outcome = outcomes?.[action];
    if (!outcome || outcome === 'hidden') continue;
    outcome.effects.forEach((source, i) =>
      sites.push({ kind: 'effect', source, path: [...base, action, 'effects', i] }),
    );
  }
  return sites;
}

export function expressionSites(scenario: ScenarioT): ExpressionSite[] {
  const sites = protectiveEffects(scenario.protective, ['protective']);
  for (const [id, node] of Object.entries(scenario.nodes)) {
    const at = ['nodes', id];
    node.effects.forEach((source, i) => sites.push({ kind: 'effect', source, path: [...at, 'effects', i] }));
    node.messages.forEach((m, i) => {
      if (m.if !== undefined)
        sites.push({ kind: 'condition', source: m.if, path: [...at, 'messages', i, 'if'] });
    });
    node.choices.forEach((c, i) => {
      if (c.if !== undefined)
        sites.push({ kind: 'condition', source: c.if, path: [...at, 'choices', i, 'if'] });
      c.effects.forEach((source, j) =>
        sites.push({ kind: 'effect', source, path: [...at, 'choices', i, 'effects', j] }),
      );
    });
    sites.push(...protectiveEffects(node.protective, [...at, 'protective']));
  }
  return sites;
}
