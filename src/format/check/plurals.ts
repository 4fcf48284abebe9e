/**
 * Plural text needs a number. A line written with plural forms (or using
 * {{count}}) is only filled in when a message passes `count:`; anywhere else
 * the game has no number to choose a form with, and a child would see a
 * blank or a raw id. So such lines may only be used by messages with a count.
 */
import { entryText, placeholdersIn } from '../text.js';
import { has, type CheckContext } from './context.js';
import { describePath } from './locate.js';
import { lineUses, roleWord } from './line-uses.js';
import { phrase } from './words/render.js';

export function checkPlurals(ctx: CheckContext): void {
  const { scenario } = ctx;
  const source = has(ctx.texts, scenario.sourceLanguage) ? ctx.texts[scenario.sourceLanguage]! : undefined;
  if (!source) return;
  for (const use of lineUses(scenario)) {
    if (!has(source, use.id)) continue;
    const text = entryText(source[use.id]!);
    const plural = typeof text !== 'string';
    if (!plural && !placeholdersIn(text).has('count')) continue;
    if (use.role === 'message') {
      const message = use.path.slice(0, -1); // ['nodes', n, 'messages', i]
      const [, node, , index] = message;
      const m = scenario.nodes[String(node)]?.messages[Number(index)];
      if (m?.count !== undefined) continue;
    }
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
