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

const SIGN_INDEX = new Map<WarningSign, number>(WARNING_SIGNS.map((s, i) => [s, i]));
const ACTION_INDEX = new Map<ProtectiveAction, number>(PROTECTIVE_ACTIONS.map((a, i) => [a, i]));

/**
 * An attempt made ready for adding, once: every level it is added to (up to
 * seven: class, story, topics, and the same for all classes) reuses these
 * counts and keys instead of walking the transcript again.
 */
export interface PreparedAttempt {
  attempt: ClassAttempt;
  facts: AttemptFacts;
  /** Sign index → [spotted, missed], for the signs this attempt showed. */
  signs: [number, number, number][];
  /** Protective action index → times taken (only actions taken). */
  actions: [number, number][];
  risky: { key: string; node: string; choice: string; times: number }[];
  pairKey: string;
}

function countSign(signs: [number, number, number][], sign: WarningSign, column: 1 | 2): void {
  const index = SIGN_INDEX.get(sign)!;
  for (const entry of signs) {
    if (entry[0] === index) {
      entry[column]++;
      return;
    }
  }
  const entry: [number, number, number] = [index, 0, 0];
  entry[column] = 1;
  signs.push(entry);
}

export function prepare(attempt: ClassAttempt, facts: AttemptFacts): PreparedAttempt {
  const t = attempt.transcript;
  // Plain loops over short lists: an attempt shows a handful of signs and actions.
  const signs: [number, number, number][] = [];
  for (const s of t.signsSpotted) for (const sign of s.signs) countSign(signs, sign, 1);
  for (const s of t.signsMissed) for (const sign of s.signs) countSign(signs, sign, 2);
  const actions: [number, number][] = [];
  for (const p of t.protectiveActions) {
    const index = ACTION_INDEX.get(p.action)!;
    let found = false;
    for (const entry of actions) {
      if (entry[0] === index) {
        entry[1]++;
        found = true;
      }
    }
    if (!found) actions.push([index, 1]);
  }
  const risky: PreparedAttempt['risky'] = [];
  if (facts.riskyChoices > 0) {
    for (const c of t.choices) {
      if (c.rating !== 'risky') continue;
      const key = `${attempt.scenarioId}\u0000${c.node}\u0000${c.choice}`;
      let entry: PreparedAttempt['risky'][number] | undefined;
      for (const r of risky) if (r.key === key) entry = r;
      if (entry) entry.times++;
      else risky.push({ key, node: c.node, choice: c.choice, times: 1 });
    }
  }
  return { attempt, facts, signs, actions, risky, pairKey: `${attempt.childKey}\u0000${attempt.scenarioId}` };
}

interface Pair {
  first: PreparedAttempt;
  best: PreparedAttempt;
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
  private together = 0;
  private completed = 0;
  private readonly durations: number[] = [];
  /** Summed in milliseconds (whole numbers add up exactly, in any order), turned into minutes at the end. */
  private durationMs = 0;
  private readonly endings = zeroEndings();
  private spotted = 0;
  private missed = 0;
  private readonly signSpotted = new Int32Array(WARNING_SIGNS.length);
  private readonly signMissed = new Int32Array(WARNING_SIGNS.length);
  private flags = 0;
  private falseFlags = 0;
  private signNamed = 0;
  private signNamedWrong = 0;
  private signNamedUnknown = 0;
  private readonly actionUses = new Int32Array(PROTECTIVE_ACTIONS.length);
  private readonly actionAttempts = new Int32Array(PROTECTIVE_ACTIONS.length);
  private readonly choices = { safe: 0, neutral: 0, risky: 0 };
  private readonly risky = new Map<string, RiskyChoiceFigures>();
  /** Per child and story: first and best attempt. */
  readonly pairs = new Map<string, Pair>();

  constructor(protected readonly top: number) {}

  add(p: PreparedAttempt): void {
    const { attempt, facts } = p;
    // A class session is an attempt of the class, not of a child: it counts
    // everywhere an attempt does, but adds no child and no first-vs-best pair.
    const together = attempt.source === 'classroom';
    if (together) this.together++;
    else this.children.add(attempt.childKey);
    this.attempts++;
    if (facts.completed) this.completed++;
    if (facts.endingKind) this.endings[facts.endingKind]++;
    this.durations.push(facts.minutes);
    this.durationMs += attempt.durationMs;
    this.spotted += facts.spotted;
    this.missed += facts.missed;
    for (const [index, spotted, missed] of p.signs) {
      this.signSpotted[index]! += spotted;
      this.signMissed[index]! += missed;
    }
    this.flags += facts.flags;
    this.falseFlags += facts.falseFlags;
    this.signNamed += facts.signNamed;
    this.signNamedWrong += facts.signNamedWrong;
    this.signNamedUnknown += facts.signNamedUnknown;
    for (const [index, uses] of p.actions) {
      this.actionUses[index]! += uses;
      this.actionAttempts[index]!++;
    }
    this.choices.safe += facts.safeChoices;
    this.choices.neutral += facts.neutralChoices;
    this.choices.risky += facts.riskyChoices;
    for (const r of p.risky) {
      let entry = this.risky.get(r.key);
      if (!entry) {
        entry = { scenarioId: attempt.scenarioId, node: r.node, choice: r.choice, times: 0, attempts: 0 };
        this.risky.set(r.key, entry);
      }
      entry.times += r.times;
      entry.attempts++;
    }
    if (together) return;
    const pair = this.pairs.get(p.pairKey);
    if (!pair) this.pairs.set(p.pairKey, { first: p, best: p, count: 1 });
    else {
      pair.count++;
      if (earlier(attempt, pair.first.attempt)) pair.first = p;
      const better = compareAttempts(facts, pair.best.facts);
      if (better > 0 || (better === 0 && earlier(attempt, pair.best.attempt))) pair.best = p;
    }
  }

  /** The signs' counts, for the discussion plan. */
  signCounts(): ReadonlyMap<WarningSign, { spotted: number; missed: number }> {
    const counts = new Map<WarningSign, { spotted: number; missed: number }>();
    WARNING_SIGNS.forEach((sign, i) => {
      if (this.signSpotted[i]! + this.signMissed[i]! > 0) {
        counts.set(sign, { spotted: this.signSpotted[i]!, missed: this.signMissed[i]! });
      }
    });
    return counts;
  }

  build(): Figures {
    return {
      children: this.children.size,
      attempts: this.attempts,
      playedTogether: this.together,
      completed: this.completed,
      completion: share(this.completed, this.attempts),
      minutesPlayed: this.durationMs / 60_000,
      medianMinutes: median(this.durations),
      endings: { ...this.endings },
      spotted: this.spotted,
      missed: this.missed,
      spottedShare: share(this.spotted, this.spotted + this.missed),
      signs: [...this.signCounts()].map(([sign, { spotted, missed }]) => ({
        sign,
        spotted,
        missed,
        share: share(spotted, spotted + missed),
      })),
      flags: this.flags,
      falseFlags: this.falseFlags,
      signNamed: this.signNamed,
      signNamedWrong: this.signNamedWrong,
      signNamedUnknown: this.signNamedUnknown,
      protective: PROTECTIVE_ACTIONS.map((action, i) => ({
        action,
        uses: this.actionUses[i]!,
        attempts: this.actionAttempts[i]!,
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

  override add(p: PreparedAttempt): void {
    super.add(p);
    const { facts } = p;
    const t = p.attempt.transcript;
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
