/** Declared variables: defaults of the right type, and none declared for nothing. */
import type { CheckContext } from './context.js';
import { variablesMentioned } from './expressions.js';
import { phrase } from './words/render.js';

export function checkVariables(ctx: CheckContext): void {
  const { scenario, scenarioFile: file, report } = ctx;
  const used = variablesMentioned(ctx);
  for (const [name, v] of Object.entries(scenario.variables)) {
    if (typeof v.default !== v.type) {
      const words = {
        params: { name, type: v.type, expected: phrase(`type-${v.type}`), value: JSON.stringify(v.default) },
      };
      report.add(file, 'error', 'bad-default', words, ['variables', name, 'default']);
    }
    if (!used.has(name)) {
      report.add(file, 'warning', 'unused-variable', { params: { name } }, ['variables', name], 'key');
    }
  }
}
