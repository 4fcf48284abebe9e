/**
 * A decoded hand-in as the teacher area keeps it: one `ClassAttempt` per
 * result, filed under the teacher's own spelling of the class code (the one
 * `checkClass` matched), so every result of a class carries the same code
 * however each child typed it.
 */
import type { ClassAttempt } from '../model.js';
import type { HandIn } from './format.js';

export interface ClassAttemptOptions {
  /** The teacher's class code (`checkClass(...).class.code`). */
  classCode: string;
  source: ClassAttempt['source'];
  importedAt: number;
}

export function toClassAttempts(handIn: HandIn, options: ClassAttemptOptions): ClassAttempt[] {
  return handIn.attempts.map((a) => ({
    id: a.id,
    classCode: options.classCode,
    childKey: handIn.childKey,
    nickname: handIn.nickname,
    ageBand: handIn.ageBand,
    scenarioId: a.scenarioId,
    scenarioVersion: a.scenarioVersion,
    startedAt: a.startedAt,
    endedAt: a.endedAt,
    durationMs: a.durationMs,
    transcript: a.transcript,
    source: options.source,
    importedAt: options.importedAt,
  }));
}
