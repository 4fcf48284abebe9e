/**
 * Two folders with the same scenario id: the second is usually a copied
 * folder whose id was never changed. Saved games and teacher data find a
 * story by its id, so this is an error on both, each naming the other
 * folder. It replaces the folder-name mismatch the copy also has, whose
 * advice ("rename one so they are the same") would make things worse.
 */
import type { Finding } from '../load.js';
import { makeFinding, type FileLocator } from './locate.js';
import { items } from './words/render.js';

/** One folder checked: its findings, and where its id is written (when it could be read). */
export interface CheckedScenario {
  findings: Finding[];
  identity?: { id: string; folder: string; locator: FileLocator };
}

/** The last part of a folder path: what a scenario's id must be. */
function folderName(folder: string): string {
  return folder.split(/[\\/]/).filter(Boolean).pop() ?? '';
}

export function duplicateIds(checked: CheckedScenario[]): void {
  const byId = new Map<string, CheckedScenario[]>();
  for (const c of checked) {
    if (!c.identity) continue;
    const list = byId.get(c.identity.id) ?? [];
    list.push(c);
    byId.set(c.identity.id, list);
  }
  for (const [id, group] of byId) {
    if (group.length < 2) continue;
    for (const c of group) {
      const me = c.identity!;
      const others = group.filter((o) => o !== c).map((o) => o.identity!.folder);
      const named = folderName(me.folder) === id;
      const variant = !named ? 'rename-id' : others.length === 1 ? 'other-folder' : 'other-folders';
      const params = { id, others: items(others), folder: folderName(me.folder) };
      c.findings = c.findings.filter((f) => f.code !== 'id-mismatch');
      const { line, column } = me.locator.at(['id']);
      const where = { severity: 'error' as const, code: 'duplicate-id', file: me.locator.file, line, column };
      c.findings.push(makeFinding(where, { variant, params }));
    }
  }
}
