/**
 * The numbers of one attempt, worked out once and shared by the summary and
 * the CSV export, so a figure means the same in both (docs/teacher-data.md):
 *
 * - a warning sign counts once per message that shows it: a message with
 *   two signs that the child flagged is two signs spotted;
 * - the spotted share is spotted / (spotted + missed), and unknown (null)
 *   when the play showed no sign at all;
 * - a sign "named but wrong" is a right flag whose named sign is not one the
 *   message shows (`signMatched: false`); the child still noticed something
 *   real, so it is not a false flag. `signMatched: null` (an old result that
 *   does not tell) counts as unknown, never as right or wrong.
 */
import type { ClassAttempt } from '../model.js';
import type { EndingKind, ProtectiveAction } from '../../format/taxonomy.js';

export interface AttemptFacts {
  completed: boolean;
  endingKind: EndingKind | null;
  endingNode: string | null;
  spotted: number;
  missed: number;
  spottedShare: number | null;
  flags: number;
  falseFlags: number;
  /** Right flags that named a sign. */
  signNamed: number;
  signNamedWrong: number;
  signNamedUnknown: number;
  protectiveUses: number;
  /** Each protective action taken, once, in the order first taken. */
  protectiveActions: ProtectiveAction[];
  safeChoices: number;
  neutralChoices: number;
  riskyChoices: number;
  /** Something risky happened: a risky choice, or an ending of kind `supported`. */
  risky: boolean;
  minutes: number;
}

export function attemptFacts(attempt: Pick<ClassAttempt, 'transcript' | 'durationMs'>): AttemptFacts {
  const t = attempt.transcript;
  let spotted = 0;
  for (const s of t.signsSpotted) spotted += s.signs.length;
  let missed = 0;
  for (const s of t.signsMissed) missed += s.signs.length;
  let signNamed = 0;
  let signNamedWrong = 0;
  let signNamedUnknown = 0;
  for (const f of t.flags) {
    if (!f.correct || f.sign === undefined) continue;
    signNamed++;
    if (f.signMatched === false) signNamedWrong++;
    else if (f.signMatched === null || f.signMatched === undefined) signNamedUnknown++;
  }
  const actions: ProtectiveAction[] = [];
  for (const p of t.protectiveActions) if (!actions.includes(p.action)) actions.push(p.action);
  let safeChoices = 0;
  let neutralChoices = 0;
  let riskyChoices = 0;
  for (const c of t.choices) {
    if (c.rating === 'risky') riskyChoices++;
    else if (c.rating === 'safe') safeChoices++;
    else neutralChoices++;
  }
  const endingKind = t.ending?.kind ?? null;
  return {
    completed: t.ending !== null,
    endingKind,
    endingNode: t.ending?.node ?? null,
    spotted,
    missed,
    spottedShare: spotted + missed > 0 ? spotted / (spotted + missed) : null,
    flags: t.flags.length,
    falseFlags: t.falseFlags.length,
    signNamed,
    signNamedWrong,
    signNamedUnknown,
    protectiveUses: t.protectiveActions.length,
    protectiveActions: actions,
    safeChoices,
    neutralChoices,
    riskyChoices,
    risky: riskyChoices > 0 || endingKind === 'supported',
    minutes: attempt.durationMs / 60_000,
  };
}

const ENDING_RANK: Record<EndingKind, number> = { safe: 2, helped: 2, supported: 1 };

/**
 * The order "best attempt" is decided by (docs/teacher-data.md), most
 * important first: finished before unfinished; an ending where the child
 * stayed safe or got help (`safe`, `helped`) before one where something
 * risky happened (`supported`); a higher spotted share; fewer risky
 * choices; fewer false flags. Positive when `a` is better than `b`, 0 when
 * they are as good (the earlier attempt is then the best).
 */
export function compareAttempts(a: AttemptFacts, b: AttemptFacts): number {
  if (a.completed !== b.completed) return a.completed ? 1 : -1;
  const rankA = a.endingKind ? ENDING_RANK[a.endingKind] : 0;
  const rankB = b.endingKind ? ENDING_RANK[b.endingKind] : 0;
  if (rankA !== rankB) return rankA - rankB;
  // No sign shown at all ranks below any share.
  const shareA = a.spottedShare ?? -1;
  const shareB = b.spottedShare ?? -1;
  if (shareA !== shareB) return shareA - shareB;
  if (a.riskyChoices !== b.riskyChoices) return b.riskyChoices - a.riskyChoices;
  return b.falseFlags - a.falseFlags;
}
