/**
 * A class session in the class summary: an attempt of the class, not of a
 * child. On the golden plays (golden-plays.ts), the class plays The password
 * together with Ana's first script (a1: 1 sign spotted, 7 missed, risky
 * c.ask.give and c.location.share, a supported ending, 6 minutes).
 */
import { describe, expect, it } from 'vitest';
import { summarise } from '../../../src/teacher/summary/index.js';
import type { ClassAttempt } from '../../../src/teacher/model.js';
import { facts, goldenAttempts, playScript, PLAYS } from './golden-plays.js';

const a1 = PLAYS.find((p) => p.id === 'a1')!;
const together: ClassAttempt = {
  ...playScript({ ...a1, id: 'class-1', childKey: 'class-KXR-479', nickname: 'La clase' }),
  source: 'classroom',
  classroom: {
    decisions: [{ node: 'start', picked: 'c.start.sure', hands: [{ option: 'c.start.sure', count: 14 }] }],
    tried: [],
  },
};
const classes = [{ code: 'KXR-479' }, { code: 'PTW-236' }];

describe('a class session in the summary', () => {
  it('alone: one attempt of the class, and no child', () => {
    const k = summarise([together], facts, { classes }).classes[0]!;
    expect(k.figures).toMatchObject({
      children: 0,
      attempts: 1,
      playedTogether: 1,
      completed: 1,
      endings: { safe: 0, helped: 0, supported: 1 },
      spotted: 1,
      missed: 7,
      minutesPlayed: 6,
    });
    expect(k.children).toEqual([]);
    expect(k.figures.firstVsBest.pairs).toBe(0);
    expect(k.stories[0]).toMatchObject({ scenarioId: 'the-password', attempts: 1, playedTogether: 1 });
  });

  it('beside the children: counts as an attempt, adds no child, leaves first-vs-best alone', () => {
    const without = summarise(goldenAttempts(), facts, { classes });
    const withIt = summarise([...goldenAttempts(), together], facts, { classes });
    const before = without.classes.find((c) => c.classCode === 'KXR-479')!;
    const k = withIt.classes.find((c) => c.classCode === 'KXR-479')!;
    expect(k.figures).toMatchObject({
      children: 2, // Ana and Bruno, as before
      attempts: 5, // 4 + the class
      playedTogether: 1,
      completed: 4, // 3 + 1
      minutesPlayed: 20, // 14 + 6
      spotted: 6, // 5 + 1
      missed: 20, // 13 + 7
      spottedShare: 6 / 26,
      endings: { safe: 1, helped: 1, supported: 2 },
    });
    expect(k.figures.riskyChoices[0]).toMatchObject({ choice: 'c.ask.give', times: 3, attempts: 3 });
    expect(k.children).toEqual(before.children);
    expect(k.figures.firstVsBest).toEqual(before.figures.firstVsBest);
    // The other class and the all-classes view: one more attempt, no more children.
    expect(withIt.all.figures.children).toBe(without.all.figures.children);
    expect(withIt.all.figures.attempts).toBe(without.all.figures.attempts + 1);
    expect(without.all.figures.playedTogether).toBe(0);
  });
});
