/**
 * An ending stops the story, so choices, `next` or protective overrides
 * written on an ending node are never offered. Usually the author meant
 * a node just before the ending; worth a warning.
 */
import type { CheckContext } from './context.js';

export function checkEndings(ctx: CheckContext): void {
  for (const [id, node] of Object.entries(ctx.scenario.nodes)) {
    if (!node.ending) continue;
    const extra = [
      node.choices.length > 0 ? 'choices' : '',
      node.next !== undefined ? 'next' : '',
      node.protective !== undefined ? 'protective' : '',
    ].filter(Boolean);
    if (extra.length === 0) continue;
    const msg = `node "${id}" is an ending, so its ${extra.join(' and ')} will never be used; move them to another node or remove them`;
    ctx.report.add(ctx.scenarioFile, 'warning', 'ending-with-choices', msg, ['nodes', id], 'key');
  }
}
