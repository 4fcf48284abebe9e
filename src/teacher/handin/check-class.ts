/**
 * Which of the teacher's classes a hand-in belongs to, by the class code the
 * child typed on their profile (compared as `normaliseClassCode` does, so
 * "kxr 479" finds "KXR-479"). A class still open wins over an archived one
 * with the same code; an archived match is returned too (the screens may
 * ask before adding results to an archived class).
 */
import { normaliseClassCode } from '../class-code.js';
import type { TeacherClass } from '../model.js';
import type { HandIn } from './format.js';

export type ClassCheck =
  | { ok: true; class: TeacherClass }
  /** No class of this teacher has the code the child typed (`classCode`, as typed). */
  | { ok: false; reason: 'wrong-class'; classCode: string };

export function checkClass(handIn: Pick<HandIn, 'classCode'>, classes: readonly TeacherClass[]): ClassCheck {
  const wanted = normaliseClassCode(handIn.classCode);
  let archived: TeacherClass | undefined;
  for (const c of classes) {
    if (wanted.length === 0 || normaliseClassCode(c.code) !== wanted) continue;
    if (!c.archived) return { ok: true, class: c };
    archived ??= c;
  }
  return archived
    ? { ok: true, class: archived }
    : { ok: false, reason: 'wrong-class', classCode: handIn.classCode };
}
