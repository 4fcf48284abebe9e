/**
 * Flag scoring and the debrief's flag counts, on real engine output: every
 * shipped story, played at random as a child tapping anything might, with
 * flags that name the right sign, another sign of the band's picker, none
 * ("not sure"), a repeat, and flags on the last messages after the ending.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { EngineState, FlagResultEvent, PlayerInput } from '../../../../src/engine/types';
import { signsForBand, signsOffered, SIGNS_OFFERED } from '../../../../src/format/sign-sets';
import { AGE_BANDS, PLAYER, TOPICS, type WarningSign } from '../../../../src/format/taxonomy';
import { flagFeedback } from '../../../../src/game/chat/session/flag-feedback';
import { flagSummary } from '../../../../src/game/screens/debrief-summary';
import { legalInputs } from '../../engine/random-play';
import { stories, type Story } from '../../store/real-play';

/** How a flag names its sign: the right one, another one from the picker, or none. */
type Naming = 'right' | 'other' | 'unsure';

interface Played {
  state: EngineState;
  /** Every flag result the engine gave, with how the sign was named. */
  results: { naming: Naming; event: FlagResultEvent }[];
  /** Messages flagged, in order, each once. */
  flagged: string[];
}

function shownMessages(state: EngineState): string[] {
  return state.history.flatMap((h) => (h.type === 'message' && h.from !== PLAYER ? [h.id] : []));
}

function namedSign(story: Story, message: string, naming: Naming, pick: number): WarningSign | undefined {
  const right = story.signs.get(message) ?? [];
  const offered = signsOffered(story.scenario.ageBands, undefined, story.scenario.topics);
  if (naming === 'right' && right.length > 0) return right[pick % right.length];
  if (naming === 'unsure') return undefined;
  const others = offered.filter((s) => !right.includes(s));
  return others[pick % others.length];
}

/** Plays decisions; a flag's sign is named as the decision says. After the ending, flags go on. */
function play(story: Story, decisions: [number, number, number][], afterEnd: number[]): Played {
  const engine = story.engine(0);
  let state = engine.start().state;
  const results: Played['results'] = [];
  const flagged: string[] = [];
  const flag = (message: string, kind: number, pick: number) => {
    const naming = (['right', 'other', 'unsure'] as const)[kind % 3]!;
    const sign = namedSign(story, message, naming, pick);
    const input: PlayerInput = sign ? { type: 'flag', message, sign } : { type: 'flag', message };
    const step = engine.advance(state, input);
    state = step.state;
    const event = step.events.find((e) => e.type === 'flag-result');
    if (!event) throw new Error('a flag brought no flag-result');
    results.push({ naming: sign === undefined ? 'unsure' : naming, event });
    if (!flagged.includes(message)) flagged.push(message);
  };
  for (const [pick, kind, signPick] of decisions) {
    if (state.status === 'ended') break;
    const { advancing, flags } = legalInputs(engine, state);
    const options = [...advancing, ...flags];
    if (options.length === 0) break;
    const input = options[pick % options.length]!;
    if (input.type === 'flag') flag(input.message, kind, signPick);
    else state = engine.advance(state, input).state;
  }
  if (state.status === 'ended') {
    // The last messages arrive after the engine has ended; the child flags them then.
    const shown = shownMessages(state);
    for (const n of afterEnd) flag(shown[n % shown.length]!, n, n >> 2);
  }
  return { state, results, flagged };
}

const decisions = fc.array(fc.tuple(fc.nat(), fc.nat(), fc.nat()), { maxLength: 200 });
const game = fc.record({
  story: fc.nat({ max: stories.length - 1 }),
  decisions,
  afterEnd: fc.array(fc.nat(), { maxLength: 4 }),
});

describe('the picker offers signs from data, per age band', () => {
  it('every sign a shipped story tags is offered to each of its age bands', () => {
    for (const story of stories)
      for (const band of story.scenario.ageBands)
        for (const [message, signs] of story.signs)
          for (const sign of signs)
            expect(signsForBand(band, story.scenario.topics), `${story.id} ${message} ${band}`).toContain(
              sign,
            );
  });

  it('is short: at most 9 signs for the youngest and 16 for the others (20 with a topic), each once', () => {
    for (const band of AGE_BANDS) {
      expect(SIGNS_OFFERED[band].length).toBeLessThanOrEqual(band === '7-11' ? 9 : 16);
      for (const topic of TOPICS) {
        const list = signsForBand(band, [topic]);
        expect(new Set(list).size).toBe(list.length);
        expect(list.length).toBeLessThanOrEqual(20);
      }
    }
  });

  it("adds a topic's signs to every band, so a travel story offers its lures", () => {
    expect(signsForBand('14-18', ['travel-tourism'])).toContain('document-request');
    expect(signsForBand('14-18', ['grooming'])).not.toContain('document-request');
    expect(signsForBand('11-14', ['privacy'])).toContain('impersonation');
  });

  it("uses the player's band when the story is for it, else the story's own band", () => {
    expect(signsOffered(['11-14'], '11-14')).toBe(SIGNS_OFFERED['11-14']);
    expect(signsOffered(['11-14', '14-18'], '14-18')).toBe(SIGNS_OFFERED['14-18']);
    expect(signsOffered(['7-11'], '14-18')).toBe(SIGNS_OFFERED['7-11']);
  });
});

describe('flag scoring on every shipped story', () => {
  it('scores each flag as matched, other sign, not sure, false flag or repeated', () => {
    const outcomes = new Set<string>();
    fc.assert(
      fc.property(game, ({ story: n, decisions: list, afterEnd }) => {
        const story = stories[n]!;
        const { results } = play(story, list, afterEnd);
        const seen = new Set<string>();
        for (const { naming, event } of results) {
          const signs = story.signs.get(event.message) ?? [];
          const feedback = flagFeedback(event);
          outcomes.add(feedback.outcome);
          expect(event.correct).toBe(signs.length > 0);
          expect(feedback.signs).toEqual(signs);
          const expected = seen.has(event.message)
            ? 'repeated'
            : signs.length === 0
              ? 'false-flag'
              : naming === 'right'
                ? 'matched'
                : naming === 'other'
                  ? 'other-sign'
                  : 'unsure';
          expect(feedback.outcome, `${story.id} ${event.message}`).toBe(expected);
          // The sign really there is explained when the player did not name it.
          if (expected === 'other-sign' || expected === 'unsure') expect(feedback.explain).toEqual(signs);
          if (expected === 'other-sign') expect(event.signMatched).toBe(false);
          if (expected === 'matched') expect(event.signMatched).toBe(true);
          if (expected === 'unsure') expect(event.signMatched).toBeUndefined();
          // Only a real catch keeps its mark and is celebrated.
          expect(feedback.correct).toBe(signs.length > 0);
          expect(feedback.celebrate).toBe(signs.length > 0 && expected !== 'repeated');
          seen.add(event.message);
        }
      }),
      { numRuns: 300 },
    );
    expect([...outcomes].sort()).toEqual(['false-flag', 'matched', 'other-sign', 'repeated', 'unsure']);
  });

  it('records what the teacher summary reads: one flag per message, correct and signMatched as scored', () => {
    fc.assert(
      fc.property(game, ({ story: n, decisions: list, afterEnd }) => {
        const story = stories[n]!;
        const { state, results, flagged } = play(story, list, afterEnd);
        const t = state.transcript;
        expect(t.flags.map((f) => f.message)).toEqual(flagged);
        for (const f of t.flags) {
          const signs = story.signs.get(f.message) ?? [];
          const first = results.find((r) => r.event.message === f.message)!;
          expect(f.correct).toBe(signs.length > 0);
          if (first.naming === 'unsure') {
            expect(f.sign).toBeUndefined();
            expect(f.signMatched).toBeUndefined();
          } else expect(f.signMatched).toBe(signs.includes(f.sign!));
        }
        if (state.status === 'ended') {
          // A sign flagged (also after the ending) is spotted, never also missed.
          const spotted = new Set(t.signsSpotted.map((s) => s.message));
          for (const m of t.signsMissed) expect(spotted.has(m.message)).toBe(false);
          const shownWithSigns = new Set(shownMessages(state).filter((m) => story.signs.get(m)?.length));
          expect(new Set([...spotted, ...t.signsMissed.map((m) => m.message)])).toEqual(shownWithSigns);
        }
      }),
      { numRuns: 300 },
    );
  });
});

describe('the debrief counts flags from real play', () => {
  it('counts every message flagged, shows each caught sign with what was picked, and the normal ones', () => {
    let withFalseOnly = 0;
    fc.assert(
      fc.property(game, ({ story: n, decisions: list, afterEnd }) => {
        const story = stories[n]!;
        const { state, flagged, results } = play(story, list, afterEnd);
        const summary = flagSummary(state.transcript);
        expect(summary.flagged).toBe(flagged.length);
        const withSigns = flagged.filter((m) => story.signs.get(m)?.length);
        const normal = flagged.filter((m) => !story.signs.get(m)?.length);
        if (withSigns.length === 0 && normal.length > 0) withFalseOnly++;
        expect(summary.looksNormal).toEqual(normal);
        const caught = new Set(withSigns.flatMap((m) => story.signs.get(m)!));
        expect(new Set(summary.spotted.map((s) => s.sign))).toEqual(caught);
        for (const s of summary.spotted) {
          const first = results.find((r) => r.event.message === s.message)!;
          expect(s.picked).toBe(first.event.sign ?? null);
          expect(s.matched).toBe(first.naming === 'right');
        }
      }),
      { numRuns: 300 },
    );
    // The case the debrief once got wrong ("you did not flag any message") was played.
    expect(withFalseOnly).toBeGreaterThan(0);
  });
});
