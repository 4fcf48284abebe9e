/**
 * An ending stops the story, so choices, `next` or protective overrides
 * written on an ending node are never offered. Usually the author meant
 * a node just before the ending; worth a warning.
 */
import type { CheckContext } from './context.js';
import { items } from './words/render.js';

export function checkEndings(ctx: CheckContext): void {
  for (const [id, node] of Object.entries(ctx.scenario.nodes)) {
    if (!node.ending) continue;
    const extra = [
      node.choices.length > 0 ? 'choices' : '',
      node.next !== undefined ? 'next' : '',
      node.protective !== undefined ? 'protective' : '',
    ].filter(Boolean);
    if (extra.length === 0) continue;
    const words = { params: { node: id, fields: items(extra) } };
    ctx.report.add(ctx.scenarioFile, 'warning', 'ending-with-choices', words, ['nodes', id], 'key');
  }
}
