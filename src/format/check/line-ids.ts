/**
 * A line id names one piece of text with one meaning. Reusing it for a
 * different role (a choice that is also an ending title) would force the same
 * words on translators in two contexts, where many languages need different
 * ones. Messages must be unique because flags and transcripts name them, and
 * choices must be unique within their node because the player picks by id.
 * Reusing a line in the same role (the same lesson in two endings) is fine.
 */
import type { CheckContext } from './context.js';
import { describePath } from './locate.js';
import { lineUses, roleWord, type LineUse } from './line-uses.js';

export function checkLineIds(ctx: CheckContext): void {
  const first = new Map<string, LineUse>();
  const choicesByNode = new Map<string, LineUse>();
  for (const use of lineUses(ctx.scenario)) {
    const nodeKey = `${use.node ?? ''}\u0000${use.id}`;
    const sameNode = use.role === 'choice' ? choicesByNode.get(nodeKey) : undefined;
    if (use.role === 'choice' && !sameNode) choicesByNode.set(nodeKey, use);
    const earlier = sameNode ?? first.get(use.id);
    if (!earlier) {
      first.set(use.id, use);
      continue;
    }
    const params = { path: describePath(use.path), line: use.id, there: describePath(earlier.path) };
    let variant: string | undefined;
    if (earlier.role !== use.role) variant = 'other-role';
    else if (use.role === 'message') variant = 'message';
    else if (sameNode) variant = 'choice';
    if (variant) {
      const words = {
        variant,
        params:
          variant === 'other-role'
            ? { ...params, earlier: roleWord(earlier.role), role: roleWord(use.role) }
            : params,
      };
      ctx.report.add(ctx.scenarioFile, 'error', 'duplicate-line-id', words, use.path);
    }
  }
}
