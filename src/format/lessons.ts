/**
 * The lessons an ending teaches, read from its `teaches` declarations. Shared
 * by the checker, the library table and (later) the teacher area, so they all
 * agree on one list in one order.
 */
import type { EndingT } from './schema.js';
import { LESSONS, type Lesson } from './taxonomy.js';

/** Every lesson any line of the ending is declared to teach, in vocabulary order, without repeats. */
export function endingLessons(ending: Pick<EndingT, 'teaches'>): Lesson[] {
  const taught = new Set(Object.values(ending.teaches).flat());
  return LESSONS.filter((lesson) => taught.has(lesson));
}
