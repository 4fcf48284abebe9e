/**
 * Recording a finished play's result so that doing it again is harmless.
 *
 * The browser can die between the two writes that finish a story (the
 * result, then clearing the saved game): killed 2–40 ms after the last tap,
 * about half the tries saved the ending but not the result, and the story
 * stayed "in progress" forever. So the result's id comes from the play itself
 * (who played which story, which version, when it started): recording the
 * same play twice writes the same record twice, never a second result. And
 * a saved game that has already ended is finished on resume (`ChatSession`)
 * or when the hub lists the stories (`finishEndedSave`).
 */
import type { Transcript } from '../../../engine/types';
import type { ProgressStore } from '../../../store/index';
import { sha256Hex } from '../../../store/sha256';

/** `r-` and 40 hex digits of a SHA-256 of the play's identity: fits the store's id shape. */
export async function resultIdOf(profileId: string, transcript: Transcript): Promise<string> {
  const { scenarioId, scenarioVersion, startedAt } = transcript;
  const digest = await sha256Hex(
    ['escudo-result', profileId, scenarioId, scenarioVersion, startedAt].join('\u0000'),
  );
  return `r-${digest.slice(0, 40)}`;
}

export type ResultProgress = Pick<ProgressStore, 'addAttempt' | 'clearState'>;

/** Keeps the result (same id every time for the same play), then drops the saved game. */
export async function recordResult(
  progress: ResultProgress,
  profileId: string,
  scenarioId: string,
  transcript: Transcript,
): Promise<void> {
  await progress.addAttempt({ id: await resultIdOf(profileId, transcript), profileId, transcript });
  await progress.clearState(profileId, scenarioId);
}

/**
 * A saved game whose story had already ended (the browser died before its
 * result was kept): records the result and clears it. True if it did. The
 * saved state is untrusted; the store validates the transcript, and one it
 * refuses leaves the saved game as it was.
 */
export async function finishEndedSave(
  progress: ResultProgress,
  profileId: string,
  scenarioId: string,
  saved: unknown,
): Promise<boolean> {
  if (!saved || typeof saved !== 'object') return false;
  const state = saved as { status?: unknown; scenarioId?: unknown; transcript?: unknown };
  if (state.status !== 'ended' || state.scenarioId !== scenarioId) return false;
  if (!state.transcript || typeof state.transcript !== 'object') return false;
  const transcript = state.transcript as Transcript;
  if (typeof transcript.endedAt !== 'number' || !transcript.ending) return false;
  await recordResult(progress, profileId, scenarioId, transcript);
  return true;
}
