/** Declared variables: defaults of the right type, and none declared for nothing. */
import type { CheckContext } from './context.js';
import { variablesMentioned } from './expressions.js';

const TYPE_WORDS = { number: 'a number', boolean: 'true or false', string: 'text' } as const;

export function checkVariables(ctx: CheckContext): void {
  const { scenario, scenarioFile: file, report } = ctx;
  const used = variablesMentioned(ctx);
  for (const [name, v] of Object.entries(scenario.variables)) {
    if (typeof v.default !== v.type) {
      const msg = `variables.${name}.default: "${name}" is declared as ${v.type}, so its default must be ${TYPE_WORDS[v.type]}, not ${JSON.stringify(v.default)}`;
      report.add(file, 'error', 'bad-default', msg, ['variables', name, 'default']);
    }
    if (!used.has(name)) {
      const msg = `variable "${name}" is declared but never used in a condition, effect or count; remove it or use it`;
      report.add(file, 'warning', 'unused-variable', msg, ['variables', name], 'key');
    }
  }
}
