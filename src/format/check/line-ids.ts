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
import { lineUses, type LineUse } from './line-uses.js';

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
    const where = `${describePath(use.path)}: "${use.id}"`;
    const there = describePath(earlier.path);
    let msg: string | undefined;
    if (earlier.role !== use.role) {
      msg = `${where} is already used as a ${earlier.role} (${there}); use a separate line id for this ${use.role}`;
    } else if (use.role === 'message') {
      msg = `${where} is already the id of another message (${there}); every message needs its own line id`;
    } else if (sameNode) {
      msg = `${where} is already a choice in this node (${there}); choices in one node need different ids`;
    }
    if (msg) ctx.report.add(ctx.scenarioFile, 'error', 'duplicate-line-id', msg, use.path);
  }
}
