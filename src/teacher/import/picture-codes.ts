/**
 * QR codes read from pictures (photos or screenshots of a child's screen,
 * chosen like files): every code found goes into one `QrCollector`, so a
 * sequence whose codes are spread over several pictures, in any order and
 * with repeats, still joins up. Each completed sequence becomes one item to
 * import, named after the pictures it came from; a picture that adds
 * nothing says why, and a sequence still missing codes says which.
 */
import { parseFrame, QrCollector } from '../handin/index';
import type { ImportItem, RefusedItem } from './import-hand-ins';

/** What was read from one picture: the texts of the codes in it, or that it would not open. */
export interface PictureCodes {
  name: string;
  /** null: the browser could not open the picture. */
  texts: string[] | null;
}

interface OpenSet {
  total: number;
  indices: Set<number>;
  names: string[];
}

export function itemsFromPictures(pictures: readonly PictureCodes[]): ImportItem[] {
  const collector = new QrCollector({ maxSets: 64 });
  const items: ImportItem[] = [];
  const open = new Map<string, OpenSet>();
  for (const picture of pictures) {
    if (picture.texts === null) {
      items.push({ name: picture.name, refused: 'picture-unreadable' });
      continue;
    }
    let useful = false;
    // What to say about a picture whose codes were all refused: the first reason found.
    let refusal: RefusedItem | null = null;
    for (const text of picture.texts) {
      const frame = parseFrame(text);
      const scan = collector.accept(text);
      if (scan.status === 'rejected') {
        if (scan.reason === 'tampered' && frame.ok) {
          // The joined codes did not match: the collector starts that sequence again.
          const set = open.get(frame.setId);
          open.delete(frame.setId);
          items.push({ name: namesOf(set, picture.name), refused: 'tampered' });
          useful = true;
        } else {
          refusal ??= {
            name: picture.name,
            refused: scan.reason,
            ...(scan.newer !== undefined && { newer: scan.newer }),
          };
        }
        continue;
      }
      useful = true;
      if (scan.status === 'already-complete') continue;
      const set = open.get(scan.setId) ?? { total: scan.total, indices: new Set<number>(), names: [] };
      open.set(scan.setId, set);
      if (!set.names.includes(picture.name)) set.names.push(picture.name);
      if (scan.status === 'complete') {
        open.delete(scan.setId);
        items.push({ name: set.names.join(', '), source: 'qr', input: scan.payload });
      } else if (frame.ok) set.indices.add(frame.index);
    }
    if (!useful) items.push(refusal ?? { name: picture.name, refused: 'no-code' });
  }
  for (const set of open.values()) {
    const missing: number[] = [];
    for (let i = 1; i <= set.total; i++) if (!set.indices.has(i)) missing.push(i);
    items.push({ name: set.names.join(', '), refused: 'incomplete', missing, total: set.total });
  }
  return items;
}

function namesOf(set: OpenSet | undefined, last: string): string {
  const names = set?.names ?? [];
  return (names.includes(last) ? names : [...names, last]).join(', ');
}
