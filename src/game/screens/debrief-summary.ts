/** What the debrief lists, worked out from a finished story's transcript. */

/**
 * Warning signs, each once, with the first message that showed it: grouped
 * by sign, not by message, so a long story does not end with a wall of
 * quotes. Signs in `skip` (already listed elsewhere) are left out.
 */
export function signsWithExample(
  items: readonly { message: string; signs: readonly string[] }[],
  skip: ReadonlySet<string> = new Set(),
): Map<string, string> {
  const groups = new Map<string, string>();
  for (const item of items)
    for (const sign of item.signs) if (!skip.has(sign) && !groups.has(sign)) groups.set(sign, item.message);
  return groups;
}

/** Each protective action once, in the order first taken. */
export function actionsTaken(protective: readonly { action: string }[]): string[] {
  return [...new Set(protective.map((p) => p.action))];
}

/** The small "kind of ending" label is left out when the story's own title already says it. */
export function kindLabelNeeded(kindName: string, title: string): boolean {
  return kindName.trim().toLowerCase() !== title.trim().toLowerCase();
}
