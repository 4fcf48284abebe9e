/**
 * A class session's result in the teacher area's own shape: a class
 * attempt of "the class" rather than of a child (`source: 'classroom'`,
 * `childKey` made from the class code, the nickname the teacher's word for
 * the class), with what the class decided beside the engine's transcript.
 */
import type { Transcript } from '../../engine/types';
import type { AgeBand } from '../../format/taxonomy';
import type { ClassAttempt, ClassroomPlay } from '../model';

/** The profile key every session of a class shares: never a child's (those are random ids). */
export const classKeyOf = (classCode: string): string => `class-${classCode}`;

export function classroomAttempt(input: {
  id: string;
  classCode: string;
  /** The teacher's word for the class ("La clase"), shown where a child's nickname would be. */
  label: string;
  /** The story's first age band: a class has no age band of its own. */
  ageBand: AgeBand;
  transcript: Transcript;
  play: ClassroomPlay;
  now: number;
}): ClassAttempt {
  const t = input.transcript;
  const endedAt = t.endedAt ?? input.now;
  return {
    id: input.id,
    classCode: input.classCode,
    childKey: classKeyOf(input.classCode),
    nickname: input.label,
    ageBand: input.ageBand,
    scenarioId: t.scenarioId,
    scenarioVersion: t.scenarioVersion,
    startedAt: t.startedAt,
    endedAt,
    durationMs: t.durationMs ?? Math.max(0, endedAt - t.startedAt),
    transcript: t,
    source: 'classroom',
    classroom: structuredClone(input.play),
    importedAt: input.now,
  };
}
