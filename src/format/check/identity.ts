/** The scenario id is how saved games and teacher data find it: it must match its folder. */
import type { CheckContext } from './context.js';

export function checkIdentity(ctx: CheckContext): void {
  if (ctx.folder === undefined) return;
  const folderName = ctx.folder.split(/[\\/]/).filter(Boolean).pop() ?? '';
  if (ctx.scenario.id !== folderName) {
    const words = { params: { id: ctx.scenario.id, folder: folderName } };
    ctx.report.add(ctx.scenarioFile, 'error', 'id-mismatch', words, ['id']);
  }
}
