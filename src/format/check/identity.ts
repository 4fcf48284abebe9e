/** The scenario id is how saved games and teacher data find it: it must match its folder. */
import type { CheckContext } from './context.js';

export function checkIdentity(ctx: CheckContext): void {
  if (ctx.folder === undefined) return;
  const folderName = ctx.folder.split(/[\\/]/).filter(Boolean).pop() ?? '';
  if (ctx.scenario.id !== folderName) {
    const msg = `id: "${ctx.scenario.id}" does not match the folder name "${folderName}"; rename one so they are the same`;
    ctx.report.add(ctx.scenarioFile, 'error', 'id-mismatch', msg, ['id']);
  }
}
