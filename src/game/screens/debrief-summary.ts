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

/** A warning sign spotted, with the message that showed it and what the player named on it. */
export interface SpottedSign {
  sign: string;
  message: string;
  /** The sign the player named on that message; null for "I'm not sure, it just feels wrong". */
  picked: string | null;
  /** The named sign is one the message shows (this one or another). */
  matched: boolean;
}

export interface FlagSummary {
  /** Different messages the player flagged, with a sign or not. */
  flagged: number;
  /** Each sign once, from the first flagged message that showed it. */
  spotted: SpottedSign[];
  /** Flagged messages that show no sign, each once. */
  looksNormal: string[];
}

interface FlagLike {
  message: string;
  sign?: string | undefined;
}

/**
 * The debrief's flag section, from the transcript alone. A message counts
 * once, however often it was flagged; the player's first flag on it says what
 * they named. Whether the named sign matched is worked out from the signs the
 * message shows, so results stored before `signMatched` was kept read the same.
 */
export function flagSummary(t: {
  flags: readonly FlagLike[];
  signsSpotted: readonly { message: string; signs: readonly string[] }[];
  falseFlags: readonly string[];
}): FlagSummary {
  const firstFlag = new Map<string, FlagLike>();
  for (const f of t.flags) if (!firstFlag.has(f.message)) firstFlag.set(f.message, f);
  const spotted: SpottedSign[] = [];
  const seen = new Set<string>();
  for (const item of t.signsSpotted) {
    const picked = firstFlag.get(item.message)?.sign ?? null;
    const matched = picked !== null && item.signs.includes(picked);
    for (const sign of item.signs) {
      if (seen.has(sign)) continue;
      seen.add(sign);
      spotted.push({ sign, message: item.message, picked, matched });
    }
  }
  return { flagged: firstFlag.size, spotted, looksNormal: [...new Set(t.falseFlags)] };
}
