/**
 * Placeholders the game cannot fill: only {{player}} and {{count}} exist (see
 * SCENARIO_PLACEHOLDERS). Checked in the source table; translations must use
 * the same placeholders as the source (the `placeholder-mismatch` check).
 */
import { entryText, placeholdersIn, SCENARIO_PLACEHOLDERS } from '../text.js';
import { has } from './context.js';
import type { TableContext } from './table-view.js';

export function checkPlaceholders(ctx: TableContext): void {
  const lang = ctx.view.sourceLanguage;
  if (!has(ctx.texts, lang) || !has(ctx.textFiles, lang)) return;
  const file = ctx.textFiles[lang]!;
  for (const [id, entry] of Object.entries(ctx.texts[lang]!)) {
    const unknown = [...placeholdersIn(entryText(entry))].filter((p) => !SCENARIO_PLACEHOLDERS.includes(p));
    if (unknown.length === 0) continue;
    const names = unknown.map((p) => `{{${p}}}`).join(', ');
    const words = { params: { line: id, names, player: '{{player}}', count: '{{count}}' } };
    ctx.report.add(file, 'error', 'unknown-placeholder', words, [id]);
  }
}
