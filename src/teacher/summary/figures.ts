/**
 * Accumulators: one per class, per story and per topic. Each attempt is
 * added once to each level it belongs to, in a single pass, so 28,000
 * attempts take milliseconds; `build()` turns the counts into the summary's
 * plain figures. Everything keyed by an id from a hand-in lives in a Map
 * (an id such as "__proto__" or "constructor" is just a string there).
 */
import {
  PROTECTIVE_ACTIONS,
  WARNING_SIGNS,
  type EndingKind,
  type ProtectiveAction,
  type WarningSign,
} from '../../format/taxonomy.js';
import type { ClassAttempt } from '../model.js';
import { compareAttempts, type AttemptFacts } from './attempt-facts.js';
import type {
  AttemptBrief,
  AttemptSideFigures,
  EndingFigures,
  Figures,
  FirstVsBest,
  MessageFigures,
  RiskyChoiceFigures,
} from './types.js';

export const share = (part: number, whole: number): number | null => (whole > 0 ? part / whole : null);

export function zeroEndings(): Record<EndingKind, number> {
  return { safe: 0, helped: 0, supported: 0 };
}

/** Code-unit order: the same in every browser and language, unlike localeCompare. */
export function compareIds(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** Most first, then by id, so equal counts always come in the same order. */
export function byCountThenId<T>(count: (x: T) => number, id: (x: T) => string): (a: T, b: T) => number {
  return (a, b) => count(b) - count(a) || compareIds(id(a), id(b));
}

function median(values: number[]): number | null {
  if (values.length === 0) return null;
  const sorted = Float64Array.from(values).sort();
  const mid = sorted.length >> 1;
  return sorted.length % 2 === 1 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

interface Pair {
  first: { attempt: ClassAttempt; facts: AttemptFacts };
  best: { attempt: ClassAttempt; facts: AttemptFacts };
  count: number;
}

export function brief(attempt: ClassAttempt, facts: AttemptFacts): AttemptBrief {
  return {
    id: attempt.id,
    startedAt: attempt.startedAt,
    endingKind: facts.endingKind,
    endingNode: facts.endingNode,
    spotted: facts.spotted,
    missed: facts.missed,
    spottedShare: facts.spottedShare,
    riskyChoices: facts.riskyChoices,
    falseFlags: facts.falseFlags,
  };
}

/** Earlier first; the same start time falls back to the id, so "first" never depends on input order. */
function earlier(a: ClassAttempt, b: ClassAttempt): boolean {
  return a.startedAt < b.startedAt || (a.startedAt === b.startedAt && a.id < b.id);
}

export class FiguresBuilder {
  private readonly children = new Set<string>();
  private attempts = 0;
  private completed = 0;
  private readonly durations: number[] = [];
  /** Summed in milliseconds (whole numbers add up exactly, in any order), turned into minutes at the end. */
  private durationMs = 0;
  private readonly endings = zeroEndings();
  private spotted = 0;
  private missed = 0;
  private readonly signs = new Map<WarningSign, { spotted: number; missed: number }>();
  private flags = 0;
  private falseFlags = 0;
  private signNamed = 0;
  private signNamedWrong = 0;
  private signNamedUnknown = 0;
  private readonly protective = new Map<ProtectiveAction, { uses: number; attempts: number }>();
  private readonly choices = { safe: 0, neutral: 0, risky: 0 };
  private readonly risky = new Map<string, RiskyChoiceFigures>();
  /** Per child and story: first and best attempt. */
  readonly pairs = new Map<string, Pair>();

  constructor(protected readonly top: number) {}

  add(attempt: ClassAttempt, facts: AttemptFacts): void {
    const t = attempt.transcript;
    this.children.add(attempt.childKey);
    this.attempts++;
    if (facts.completed) this.completed++;
    if (facts.endingKind) this.endings[facts.endingKind]++;
    this.durations.push(facts.minutes);
    this.durationMs += attempt.durationMs;
    this.spotted += facts.spotted;
    this.missed += facts.missed;
    for (const s of t.signsSpotted) for (const sign of s.signs) this.sign(sign).spotted++;
    for (const s of t.signsMissed) for (const sign of s.signs) this.sign(sign).missed++;
    this.flags += facts.flags;
    this.falseFlags += facts.falseFlags;
    this.signNamed += facts.signNamed;
    this.signNamedWrong += facts.signNamedWrong;
    this.signNamedUnknown += facts.signNamedUnknown;
    for (const p of t.protectiveActions) this.action(p.action).uses++;
    for (const action of facts.protectiveActions) this.action(action).attempts++;
    this.choices.safe += facts.safeChoices;
    this.choices.neutral += facts.neutralChoices;
    this.choices.risky += facts.riskyChoices;
    if (facts.riskyChoices > 0) {
      const seen = new Set<string>();
      for (const c of t.choices) {
        if (c.rating !== 'risky') continue;
        const key = `${attempt.scenarioId}\u0000${c.node}\u0000${c.choice}`;
        let entry = this.risky.get(key);
        if (!entry) {
          entry = { scenarioId: attempt.scenarioId, node: c.node, choice: c.choice, times: 0, attempts: 0 };
          this.risky.set(key, entry);
        }
        entry.times++;
        if (!seen.has(key)) {
          seen.add(key);
          entry.attempts++;
        }
      }
    }
    const pairKey = `${attempt.childKey}\u0000${attempt.scenarioId}`;
    const pair = this.pairs.get(pairKey);
    const entry = { attempt, facts };
    if (!pair) this.pairs.set(pairKey, { first: entry, best: entry, count: 1 });
    else {
      pair.count++;
      if (earlier(attempt, pair.first.attempt)) pair.first = entry;
      const better = compareAttempts(facts, pair.best.facts);
      if (better > 0 || (better === 0 && earlier(attempt, pair.best.attempt))) pair.best = entry;
    }
  }

  private sign(sign: WarningSign) {
    let entry = this.signs.get(sign);
    if (!entry) this.signs.set(sign, (entry = { spotted: 0, missed: 0 }));
    return entry;
  }

  private action(action: ProtectiveAction) {
    let entry = this.protective.get(action);
    if (!entry) this.protective.set(action, (entry = { uses: 0, attempts: 0 }));
    return entry;
  }

  /** The signs' counts, for the discussion plan. */
  signCounts(): ReadonlyMap<WarningSign, { spotted: number; missed: number }> {
    return this.signs;
  }

  build(): Figures {
    return {
      children: this.children.size,
      attempts: this.attempts,
      completed: this.completed,
      completion: share(this.completed, this.attempts),
      minutesPlayed: this.durationMs / 60_000,
      medianMinutes: median(this.durations),
      endings: { ...this.endings },
      spotted: this.spotted,
      missed: this.missed,
      spottedShare: share(this.spotted, this.spotted + this.missed),
      signs: WARNING_SIGNS.filter((s) => this.signs.has(s)).map((sign) => {
        const { spotted, missed } = this.signs.get(sign)!;
        return { sign, spotted, missed, share: share(spotted, spotted + missed) };
      }),
      flags: this.flags,
      falseFlags: this.falseFlags,
      signNamed: this.signNamed,
      signNamedWrong: this.signNamedWrong,
      signNamedUnknown: this.signNamedUnknown,
      protective: PROTECTIVE_ACTIONS.map((action) => ({
        action,
        uses: this.protective.get(action)?.uses ?? 0,
        attempts: this.protective.get(action)?.attempts ?? 0,
      })),
      choices: { ...this.choices },
      riskyChoices: [...this.risky.values()]
        .sort(
          (a, b) =>
            b.attempts - a.attempts ||
            b.times - a.times ||
            compareIds(a.scenarioId, b.scenarioId) ||
            compareIds(a.node, b.node) ||
            compareIds(a.choice, b.choice),
        )
        .slice(0, this.top)
        .map((r) => ({ ...r })),
      firstVsBest: this.firstVsBest(),
    };
  }

  private firstVsBest(): FirstVsBest {
    const side = (): AttemptSideFigures & { shown: number } => ({
      completed: 0,
      endings: zeroEndings(),
      spotted: 0,
      missed: 0,
      spottedShare: null,
      riskyChoices: 0,
      shown: 0,
    });
    const first = side();
    const best = side();
    let repeated = 0;
    let improved = 0;
    const addTo = (s: ReturnType<typeof side>, f: AttemptFacts) => {
      if (f.completed) s.completed++;
      if (f.endingKind) s.endings[f.endingKind]++;
      s.spotted += f.spotted;
      s.missed += f.missed;
      s.riskyChoices += f.riskyChoices;
    };
    for (const pair of this.pairs.values()) {
      addTo(first, pair.first.facts);
      addTo(best, pair.best.facts);
      if (pair.count > 1) repeated++;
      if (compareAttempts(pair.best.facts, pair.first.facts) > 0) improved++;
    }
    const done = (s: ReturnType<typeof side>): AttemptSideFigures => ({
      completed: s.completed,
      endings: s.endings,
      spotted: s.spotted,
      missed: s.missed,
      spottedShare: share(s.spotted, s.spotted + s.missed),
      riskyChoices: s.riskyChoices,
    });
    return { pairs: this.pairs.size, repeated, improved, first: done(first), best: done(best) };
  }
}

/** A story's level adds which ending each attempt reached and which messages were missed or misflagged. */
export class StoryBuilder extends FiguresBuilder {
  readonly endingNodes = new Map<string, { kind: EndingKind; count: number; risky: number }>();
  readonly messages = new Map<string, MessageFigures>();
  private readonly misflagged = new Map<string, number>();
  completedCount = 0;

  override add(attempt: ClassAttempt, facts: AttemptFacts): void {
    super.add(attempt, facts);
    const t = attempt.transcript;
    if (t.ending) {
      this.completedCount++;
      let node = this.endingNodes.get(t.ending.node);
      if (!node) this.endingNodes.set(t.ending.node, (node = { kind: t.ending.kind, count: 0, risky: 0 }));
      node.count++;
      if (facts.risky) node.risky++;
    }
    for (const s of t.signsSpotted) this.message(s.message, s.signs).spotted++;
    for (const s of t.signsMissed) this.message(s.message, s.signs).missed++;
    for (const m of t.falseFlags) this.misflagged.set(m, (this.misflagged.get(m) ?? 0) + 1);
  }

  private message(id: string, signs: readonly WarningSign[]): MessageFigures {
    let entry = this.messages.get(id);
    if (!entry) this.messages.set(id, (entry = { message: id, signs: [...signs], spotted: 0, missed: 0 }));
    return entry;
  }

  endingFigures(titleOf: (node: string) => string | null): EndingFigures[] {
    return [...this.endingNodes.entries()]
      .map(([node, e]) => ({ node, kind: e.kind, titleLine: titleOf(node), count: e.count }))
      .sort(
        byCountThenId(
          (e) => e.count,
          (e) => e.node,
        ),
      );
  }

  missedMessages(): MessageFigures[] {
    return [...this.messages.values()]
      .filter((m) => m.missed > 0)
      .sort(
        byCountThenId(
          (m) => m.missed,
          (m) => m.message,
        ),
      )
      .slice(0, this.top)
      .map((m) => ({ ...m, signs: [...m.signs] }));
  }

  falseFlagMessages(): { message: string; count: number }[] {
    return [...this.misflagged.entries()]
      .map(([message, count]) => ({ message, count }))
      .sort(
        byCountThenId(
          (m) => m.count,
          (m) => m.message,
        ),
      )
      .slice(0, this.top);
  }
}
