/**
 * Results played on this very device (a shared class tablet) by profiles
 * whose class code names a class: they count for the class directly, with
 * nothing to hand in. Read from the children's progress store, never copied
 * into the teacher's. Pure, so it is unit-tested.
 */
import type { Attempt, Profile } from '../../store/index';
import type { ClassAttempt } from '../model';
import { sameClass, type ClassCodeTools } from '../ui/class-code-seam';

export interface DevicePlayer {
  profileId: string;
  nickname: string;
  avatar: string;
  /** Finished stories (results) of this player on this device. */
  results: number;
}

/** The players on this device in this class, with how many results each has, by nickname. */
export function devicePlayersOf(
  classCode: string,
  profiles: readonly Profile[],
  attempts: readonly Attempt[],
  tools: ClassCodeTools,
): DevicePlayer[] {
  const counts = new Map<string, number>();
  for (const a of attempts) counts.set(a.profileId, (counts.get(a.profileId) ?? 0) + 1);
  return profiles
    .filter((p) => sameClass(tools, p.classCode, classCode))
    .map((p) => ({ profileId: p.id, nickname: p.nickname, avatar: p.avatar, results: counts.get(p.id) ?? 0 }))
    .sort((a, b) => a.nickname.localeCompare(b.nickname));
}

/** This device's results for a class, in the teacher area's own shape (`source: 'this-device'`). */
export function deviceAttemptsOf(
  classCode: string,
  profiles: readonly Profile[],
  attempts: readonly Attempt[],
  tools: ClassCodeTools,
  now: number,
): ClassAttempt[] {
  const inClass = new Map(
    profiles.filter((p) => sameClass(tools, p.classCode, classCode)).map((p) => [p.id, p]),
  );
  return attempts.flatMap((a) => {
    const p = inClass.get(a.profileId);
    if (!p) return [];
    return [
      {
        id: a.id,
        classCode,
        childKey: p.id,
        nickname: p.nickname,
        ageBand: p.ageBand,
        scenarioId: a.scenarioId,
        scenarioVersion: a.scenarioVersion,
        startedAt: a.startedAt,
        endedAt: a.endedAt,
        durationMs: a.durationMs,
        transcript: a.transcript,
        source: 'this-device' as const,
        importedAt: now,
      },
    ];
  });
}
