/**
 * Plural text needs a number. A line written with plural forms (or using
 * {{count}}) is only filled in when a message passes `count:`; anywhere else
 * the game has no number to choose a form with, and a child would see a
 * blank or a raw id. So such lines may only be used by messages with a count.
 */
import { entryText, placeholdersIn } from '../text.js';
import { has } from './context.js';
import { describePath } from './locate.js';
import { roleWord } from './line-uses.js';
import type { TableContext } from './table-view.js';
import { phrase } from './words/render.js';

export function checkPlurals(ctx: TableContext): void {
  const { view } = ctx;
  const source = has(ctx.texts, view.sourceLanguage) ? ctx.texts[view.sourceLanguage]! : undefined;
  if (!source) return;
  for (const use of view.uses) {
    if (!has(source, use.id)) continue;
    const text = entryText(source[use.id]!);
    const plural = typeof text !== 'string';
    if (!plural && !placeholdersIn(text).has('count')) continue;
    if (use.role === 'message' && use.counted) continue;
    const words = {
      variant: use.role === 'message' ? 'message' : 'elsewhere',
      params: {
        path: describePath(use.path),
        line: use.id,
        what: plural ? phrase('has-plural-forms') : phrase('uses-count', '{{count}}'),
        role: roleWord(use.role),
      },
    };
    ctx.report.add(ctx.scenarioFile, 'error', 'plural-without-count', words, use.path);
  }
}
