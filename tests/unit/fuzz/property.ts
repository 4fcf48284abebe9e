/**
 * The one property every file the app reads must keep, run the same way for
 * each kind: reading a hostile file never throws, never changes
 * Object.prototype (or any other built-in prototype), and ends in a refusal
 * with a known reason (nothing stored changed) or a correct import. Each
 * kind says how to read one case and what "correct" means (`FuzzKind.read`
 * returns how the case ended, or throws `Broken` when a promise broke).
 *
 * `mode: 'assert'` (unit tests) stops at the first broken case and shrinks
 * it; `mode: 'count'` (the benchmark) runs every case and counts failures.
 */
import fc from 'fast-check';

/** A promise broken: the message says which. */
export class Broken extends Error {}

export interface FuzzKind<Case> {
  name: string;
  /** Makes what the cases need once (a real file, a store…). */
  setUp(): Promise<FuzzContext<Case>>;
}

export interface FuzzContext<Case> {
  cases: fc.Arbitrary<Case>;
  /** Reads one case; returns how it ended (`imported`, `refused: <reason>`); throws Broken. */
  read(input: Case): Promise<string>;
}

export interface FuzzTally {
  kind: string;
  cases: number;
  ms: number;
  /** How the cases ended, e.g. `refused: checksum` → 1270. */
  outcomes: Record<string, number>;
  /** Broken promises (count mode only; assert mode throws on the first). */
  failures: string[];
}

const PROTOTYPES = [Object.prototype, Array.prototype, Function.prototype, String.prototype];
const snapshot = () => PROTOTYPES.map((p) => Object.getOwnPropertyNames(p).sort().join()).join('|');

export async function runFuzz<Case>(
  kind: FuzzKind<Case>,
  options: { runs: number; mode: 'assert' | 'count'; seed?: number },
): Promise<FuzzTally> {
  const context = await kind.setUp();
  const tally: FuzzTally = { kind: kind.name, cases: 0, ms: 0, outcomes: {}, failures: [] };
  const before = snapshot();
  const started = performance.now();
  const one = async (input: Case): Promise<boolean> => {
    tally.cases++;
    let ended: string;
    try {
      ended = await context.read(input);
      if (snapshot() !== before) throw new Broken('a built-in prototype was changed');
      if (({} as Record<string, unknown>).polluted !== undefined)
        throw new Broken('Object.prototype was polluted');
    } catch (error) {
      const problem =
        error instanceof Broken
          ? error.message
          : `threw: ${error instanceof Error ? error.message : String(error)}`;
      if (options.mode === 'assert') throw new Error(problem, { cause: error });
      tally.failures.push(problem);
      return true;
    }
    tally.outcomes[ended] = (tally.outcomes[ended] ?? 0) + 1;
    return true;
  };
  await fc.assert(fc.asyncProperty(context.cases, one), {
    numRuns: options.runs,
    // The broken promise's words in the failure, not only the counterexample.
    includeErrorInReport: true,
    ...(options.seed === undefined ? {} : { seed: options.seed }),
  });
  tally.ms = performance.now() - started;
  return tally;
}

/** Fails unless `reason` is one of the kind's known refusals. */
export function knownReason(reason: string, known: readonly string[]): string {
  if (!known.includes(reason)) throw new Broken(`unknown reason "${reason}"`);
  return `refused: ${reason}`;
}

/** Fails when what a store holds changed. */
export function unchanged(before: unknown, after: unknown, why: string): void {
  if (JSON.stringify(before) !== JSON.stringify(after)) throw new Broken(`${why}, yet stored data changed`);
}
