/**
 * Importing hand-ins into one class: each file or completed set of QR codes
 * is read (`decodeHandIn`), matched to the class (`checkClass`) and stored
 * (`putAttempts`, which keeps an id it already has as it was, so importing
 * twice counts once). Every item gets its own outcome; a bad one never
 * stops the others and never changes what is stored.
 */
import {
  checkClass,
  decodeHandIns,
  toClassAttempts,
  type HandIn,
  type HandInRejection,
} from '../handin/index';
import type { ClassAttempt, TeacherClass } from '../model';
import { TeacherStoreError, type TeacherStore } from '../store/index';
import type { ImportOutcome, ReadRefusal } from './outcome';

/** Something to read as a hand-in: a file's bytes, or the compact text the QR codes joined into. */
export interface HandInItem {
  name: string;
  source: ClassAttempt['source'];
  input: string | Uint8Array;
}

/** Something refused before it could be read (too large, a picture without a code…). */
export interface RefusedItem {
  name: string;
  /** A hand-in's own reasons come from QR codes in pictures (another app's code, another version). */
  refused: ReadRefusal | HandInRejection;
  newer?: boolean;
  missing?: number[];
  total?: number;
}

export type ImportItem = HandInItem | RefusedItem;

export interface ImportTarget {
  store: Pick<TeacherStore, 'putAttempts'>;
  /** The class being imported into. */
  cls: TeacherClass;
  /** Every class on this device: a hand-in for another one names it. */
  classes: readonly TeacherClass[];
  now: number;
}

export async function importHandIns(
  items: readonly ImportItem[],
  target: ImportTarget,
): Promise<ImportOutcome[]> {
  const readable = items.filter((i): i is HandInItem => 'input' in i);
  const decoded = await decodeHandIns(readable.map((i) => i.input));
  const byItem = new Map(readable.map((item, n) => [item, decoded[n]!]));
  const outcomes: ImportOutcome[] = [];
  // One at a time, in the order given: two files of one child show the second as "already imported".
  for (const item of items) {
    if (!('input' in item)) {
      const { name, refused, newer, missing, total } = item;
      outcomes.push({
        name,
        status: 'refused',
        reason: refused,
        ...(newer !== undefined && { newer }),
        ...(missing && { missing, total }),
      });
      continue;
    }
    const result = byItem.get(item)!;
    if (!result.ok) {
      outcomes.push({
        name: item.name,
        status: 'refused',
        reason: result.reason,
        ...(result.newer !== undefined && { newer: result.newer }),
      });
      continue;
    }
    if (!checkClass(result.handIn, [target.cls]).ok) {
      const other = checkClass(result.handIn, target.classes);
      outcomes.push({
        name: item.name,
        status: 'refused',
        reason: 'wrong-class',
        classCode: result.handIn.classCode,
        ...(other.ok && { otherClass: other.class, handIn: result.handIn, source: item.source }),
      });
      continue;
    }
    outcomes.push(await storeHandIn(item.name, result.handIn, item.source, { ...target }));
  }
  return outcomes;
}

/**
 * Stores one hand-in's results under `target.cls` (also what "import into
 * that class" does with a hand-in that named another of the teacher's classes).
 */
export async function storeHandIn(
  name: string,
  handIn: HandIn,
  source: ClassAttempt['source'],
  target: Pick<ImportTarget, 'store' | 'cls' | 'now'>,
): Promise<ImportOutcome> {
  if (handIn.attempts.length === 0) return { name, status: 'refused', reason: 'no-results' };
  const attempts = toClassAttempts(handIn, { classCode: target.cls.code, source, importedAt: target.now });
  try {
    const stored = await target.store.putAttempts(attempts);
    // decodeHandIn validated every result already; a refusal here means the two rules disagree.
    if (stored.refused.length > 0 && stored.added + stored.alreadyPresent === 0) {
      return { name, status: 'refused', reason: 'malformed' };
    }
    if (stored.added === 0) {
      return { name, status: 'already', nickname: handIn.nickname, results: stored.alreadyPresent };
    }
    return {
      name,
      status: 'imported',
      nickname: handIn.nickname,
      added: stored.added,
      alreadyPresent: stored.alreadyPresent,
    };
  } catch (error) {
    if (!(error instanceof TeacherStoreError)) throw error;
    return { name, status: 'refused', reason: 'storage', storage: error.reason };
  }
}
