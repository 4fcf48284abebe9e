/** A translation function for the teacher's words (namespace `teacher`, then the game's `ui`). */
export type TeacherText = (key: string, options?: Record<string, unknown>) => string;

/** A wait as a countdown, "4:59" or "0:30", rounded up to the second. */
export function countdown(ms: number): string {
  const seconds = Math.max(0, Math.ceil(ms / 1000));
  return `${Math.floor(seconds / 60)}:${String(seconds % 60).padStart(2, '0')}`;
}
