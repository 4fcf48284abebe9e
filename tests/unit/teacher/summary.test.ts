/**
 * The class summary on fixed plays of real stories (golden-plays.ts). Every
 * expected figure below was worked out by hand from the plays' comments;
 * the arithmetic is written out next to it.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  attemptFacts,
  compareAttempts,
  storyFactsFromPack,
  summarise,
  type ClassSummary,
} from '../../../src/teacher/summary/index.js';
import type { ClassAttempt } from '../../../src/teacher/model.js';
import { facts, goldenAttempts, story } from './golden-plays.js';

const attempts = goldenAttempts();
const classes = [{ code: 'KXR-479' }, { code: 'PTW-236' }];
const summary = summarise(attempts, facts, { classes });
const byCode = (code: string): ClassSummary => summary.classes.find((c) => c.classCode === code)!;

describe('story facts from a pack', () => {
  it('lists the signs per message, the endings with their lessons, and the teacher notes', () => {
    const pw = storyFactsFromPack({ scenario: story('the-password') });
    expect(pw).toMatchObject({
      id: 'the-password',
      version: 1,
      topics: ['privacy'],
      ageBands: ['11-14'],
      titleLine: 'meta.title',
      discussionQuestions: [
        'teacher.question.clues',
        'teacher.question.friend',
        'teacher.question.location',
        'teacher.question.after',
      ],
    });
    expect(pw.signsByMessage['test.fake.now']).toEqual(['info-probing', 'pressure']);
    expect(pw.signsByMessage['start.fake.help']).toBeUndefined();
    expect(pw.signs).toEqual([
      'info-probing',
      'supervision-check',
      'secrecy',
      'guilt',
      'meetup-request',
      'pressure',
      'impersonation',
    ]);
    expect(Object.keys(pw.endings).sort()).toEqual([
      'end-helped',
      'end-safe',
      'end-safe-told',
      'end-supported',
    ]);
    expect(pw.endings['end-safe']).toEqual({
      kind: 'safe',
      titleLine: 'end.safe.title',
      lessons: [
        'tell-trusted-adult',
        'never-too-late',
        'people-can-pretend',
        'passwords-are-private',
        'location-off',
      ],
    });
    // Looking up an id that is not a node finds nothing, even one named like an object's property.
    expect(pw.endings['constructor']).toBeUndefined();
  });
});

describe('one attempt', () => {
  it('counts signs per message, and keeps wrong-sign flags apart from false flags', () => {
    const a2 = attemptFacts(attempts[1]!);
    expect(a2).toMatchObject({
      completed: true,
      endingKind: 'helped',
      spotted: 4, // guilt + impersonation + info-probing and pressure on one message
      missed: 5,
      spottedShare: 4 / 9,
      flags: 3,
      falseFlags: 0,
      signNamed: 2,
      signNamedWrong: 1,
      protectiveActions: ['block'],
      riskyChoices: 0,
      risky: false,
      minutes: 4,
    });
    expect(attemptFacts(attempts[3]!)).toMatchObject({ completed: false, spottedShare: null, risky: true });
  });

  it('ranks a finished play above an unfinished one, then a safe or helped ending above a supported one', () => {
    const [a1, a2, b1, b2] = attempts.map(attemptFacts);
    expect(compareAttempts(a2!, a1!)).toBeGreaterThan(0);
    expect(compareAttempts(b1!, b2!)).toBeGreaterThan(0);
    expect(compareAttempts(a1!, a1!)).toBe(0);
    // Same ending rank: the higher spotted share wins.
    expect(compareAttempts({ ...a2!, spottedShare: 0.9 }, { ...a2!, spottedShare: 0.5 })).toBeGreaterThan(0);
  });
});

describe('class KXR-479: Ana twice, Bruno twice (one unfinished), all The password', () => {
  const k = byCode('KXR-479');

  it('groups results however the child typed the class code', () => {
    expect(summary.classes.map((c) => c.classCode)).toEqual(['KXR-479', 'PTW-236']);
    expect(k.figures.attempts).toBe(4); // b1 was typed "kxr479"
    expect(summarise(attempts, facts).classes.map((c) => c.classCode)).toEqual(['KXR479', 'PTW236']);
  });

  it('has the hand-checked class figures', () => {
    expect(k.figures).toMatchObject({
      children: 2,
      attempts: 4,
      completed: 3,
      completion: 3 / 4,
      minutesPlayed: 14, // 6 + 4 + 3 + 1
      medianMinutes: 3.5, // between 3 and 4
      endings: { safe: 1, helped: 1, supported: 1 },
      spotted: 5, // 1 + 4 + 0 + 0
      missed: 13, // 7 + 5 + 1 + 0
      spottedShare: 5 / 18,
      flags: 5, // 1 + 3 + 1
      falseFlags: 1, // Bruno's start.fake.help
      signNamed: 3, // Ana: impersonation; pressure (wrong) and info-probing
      signNamedWrong: 1,
      signNamedUnknown: 0,
      choices: { safe: 13, neutral: 4, risky: 3 }, // a1 6/1/2, a2 6/0/0, b1 1/2/0, b2 0/1/1
    });
    expect(k.figures.signs).toEqual([
      { sign: 'info-probing', spotted: 1, missed: 3, share: 1 / 4 },
      { sign: 'secrecy', spotted: 0, missed: 1, share: 0 },
      { sign: 'guilt', spotted: 1, missed: 0, share: 1 },
      { sign: 'meetup-request', spotted: 0, missed: 5, share: 0 },
      { sign: 'pressure', spotted: 1, missed: 1, share: 1 / 2 },
      { sign: 'impersonation', spotted: 2, missed: 3, share: 2 / 5 },
    ]);
    expect(k.figures.protective).toEqual([
      { action: 'block', uses: 1, attempts: 1 },
      { action: 'report', uses: 0, attempts: 0 },
      { action: 'tell-adult', uses: 0, attempts: 0 },
      { action: 'save-evidence', uses: 0, attempts: 0 },
      { action: 'leave', uses: 0, attempts: 0 },
    ]);
    expect(k.figures.riskyChoices).toEqual([
      { scenarioId: 'the-password', node: 'ask-password', choice: 'c.ask.give', times: 2, attempts: 2 },
      { scenarioId: 'the-password', node: 'location', choice: 'c.location.share', times: 1, attempts: 1 },
    ]);
  });

  it('compares each child’s first and best attempt', () => {
    // Ana: first a1 (supported), best a2 (helped): improved. Bruno: first b1 (safe) is also
    // his best, since b2 is unfinished.
    expect(k.figures.firstVsBest).toEqual({
      pairs: 2,
      repeated: 2,
      improved: 1,
      first: {
        completed: 2,
        endings: { safe: 1, helped: 0, supported: 1 },
        spotted: 1,
        missed: 8,
        spottedShare: 1 / 9,
        riskyChoices: 2,
      },
      best: {
        completed: 2,
        endings: { safe: 1, helped: 1, supported: 0 },
        spotted: 4,
        missed: 6,
        spottedShare: 4 / 10,
        riskyChoices: 0,
      },
    });
    expect(k.children.map((c) => [c.nickname, c.attempts, c.completed, c.minutesPlayed])).toEqual([
      ['Ana', 2, 2, 10],
      ['Bruno', 2, 1, 4],
    ]);
    const [ana, bruno] = k.children;
    expect(ana!.stories).toMatchObject([
      { scenarioId: 'the-password', attempts: 2, first: { id: 'a1' }, best: { id: 'a2' } },
    ]);
    expect(bruno!.stories).toMatchObject([
      { scenarioId: 'the-password', attempts: 2, first: { id: 'b1' }, best: { id: 'b1' } },
    ]);
    expect(ana!.stories[0]!.first).toEqual({
      id: 'a1',
      startedAt: attempts[0]!.startedAt,
      endingKind: 'supported',
      endingNode: 'end-supported',
      spotted: 1,
      missed: 7,
      spottedShare: 1 / 8,
      riskyChoices: 2,
      falseFlags: 0,
    });
  });

  it('has the story’s endings, most missed messages and false flags', () => {
    expect(k.stories).toHaveLength(1);
    const s = k.stories[0]!;
    expect(s).toMatchObject({
      scenarioId: 'the-password',
      known: true,
      titleLine: 'meta.title',
      topics: ['privacy'],
    });
    // One story: its figures are the class's.
    const {
      scenarioId: _id,
      known: _known,
      titleLine: _title,
      topics: _topics,
      endingsByNode: _endings,
      missedMessages: _missed,
      falseFlagMessages: _false,
      ...storyFigures
    } = s;
    expect(storyFigures).toEqual(k.figures);
    expect(s.endingsByNode).toEqual([
      { node: 'end-helped', kind: 'helped', titleLine: 'end.helped.title', count: 1 },
      { node: 'end-safe', kind: 'safe', titleLine: 'end.safe.title', count: 1 },
      { node: 'end-supported', kind: 'supported', titleLine: 'end.supported.title', count: 1 },
    ]);
    // Missed twice: location.fake.mall, location.fake.share (a1 and a2); then once each, by id.
    expect(s.missedMessages.map((m) => [m.message, m.missed, m.spotted])).toEqual([
      ['location.fake.mall', 2, 0],
      ['location.fake.share', 2, 0],
      ['ask.fake.hurry', 1, 0],
      ['ask.fake.password', 1, 0],
      ['checkq.fake.obvious', 1, 0],
    ]);
    expect(s.falseFlagMessages).toEqual([{ message: 'start.fake.help', count: 1 }]);
    expect(k.topics.map((t) => [t.topic, t.stories, t.attempts])).toEqual([['privacy', ['the-password'], 4]]);
  });

  it('plans the discussion: the weakest signs, the lessons needed, the story’s questions', () => {
    // Shown at least 3 times and spotted under 75 %: meetup-request 0/5, info-probing 1/4,
    // impersonation 2/5 (pressure, secrecy and guilt were shown fewer than 3 times).
    expect(k.discuss.signs).toEqual([
      {
        sign: 'meetup-request',
        spotted: 0,
        missed: 5,
        share: 0,
        stories: ['the-password'],
        example: { scenarioId: 'the-password', message: 'location.fake.mall' },
      },
      {
        sign: 'info-probing',
        spotted: 1,
        missed: 3,
        share: 1 / 4,
        stories: ['the-password'],
        example: { scenarioId: 'the-password', message: 'location.fake.share' },
      },
      {
        sign: 'impersonation',
        spotted: 2,
        missed: 3,
        share: 2 / 5,
        stories: ['the-password'],
        example: { scenarioId: 'the-password', message: 'checkq.fake.obvious' },
      },
    ]);
    // a1 was risky and reached end-supported, whose lessons not every ending teaches are
    // not-your-fault, report-platform, stop-and-block, location-off, fix-what-was-shared:
    // needed once each, out of 3 finished plays. Equal shares: vocabulary order.
    expect(k.discuss.lessons).toEqual([
      { lesson: 'report-platform', needed: 1, offered: 3, share: 1 / 3, stories: ['the-password'] },
      { lesson: 'not-your-fault', needed: 1, offered: 3, share: 1 / 3, stories: ['the-password'] },
      { lesson: 'stop-and-block', needed: 1, offered: 3, share: 1 / 3, stories: ['the-password'] },
    ]);
    expect(k.discuss.stories).toEqual(['the-password']);
    expect(k.discuss.questions.map((q) => q.line)).toEqual([
      'teacher.question.clues',
      'teacher.question.friend',
      'teacher.question.location',
      'teacher.question.after',
    ]);
  });
});

describe('class PTW-236: Carla, two stories of two topics', () => {
  const p = byCode('PTW-236');

  it('has the hand-checked figures, per story and per topic', () => {
    expect(p.figures).toMatchObject({
      children: 1,
      attempts: 2,
      completed: 2,
      completion: 1,
      minutesPlayed: 7,
      medianMinutes: 3.5,
      endings: { safe: 0, helped: 1, supported: 1 },
      spotted: 3,
      missed: 3,
      spottedShare: 1 / 2,
      choices: { safe: 9, neutral: 0, risky: 1 },
    });
    expect(p.figures.signs).toEqual([
      { sign: 'flattery', spotted: 1, missed: 0, share: 1 },
      { sign: 'secrecy', spotted: 1, missed: 0, share: 1 },
      { sign: 'gift-bribe', spotted: 1, missed: 2, share: 1 / 3 },
      { sign: 'impersonation', spotted: 0, missed: 1, share: 0 },
    ]);
    expect(p.stories.map((s) => [s.scenarioId, s.attempts, s.spotted, s.missed])).toEqual([
      ['the-password', 1, 0, 1],
      ['the-secret-gift', 1, 3, 2],
    ]);
    expect(p.topics.map((t) => [t.topic, t.stories, t.attempts, t.endings])).toEqual([
      ['grooming', ['the-secret-gift'], 1, { safe: 0, helped: 0, supported: 1 }],
      ['privacy', ['the-password'], 1, { safe: 0, helped: 1, supported: 0 }],
    ]);
    expect(p.figures.firstVsBest).toMatchObject({ pairs: 2, repeated: 0, improved: 0 });
  });

  it('plans the discussion across both stories', () => {
    expect(p.discuss.signs.map((s) => [s.sign, s.share, s.example])).toEqual([
      ['gift-bribe', 1 / 3, { scenarioId: 'the-secret-gift', message: 'gift.star.gems' }],
    ]);
    // c1 (risky, end-supported of The secret gift) needs keep-evidence (taught only there: 1/1)
    // and not-your-fault, report-platform, stop-and-block (also taught by The password's
    // endings, which c2 finished without risk: 1/2).
    expect(p.discuss.lessons.map((l) => [l.lesson, l.needed, l.offered])).toEqual([
      ['keep-evidence', 1, 1],
      ['report-platform', 1, 2],
      ['not-your-fault', 1, 2],
    ]);
    expect(p.discuss.stories).toEqual(['the-secret-gift']);
    expect(p.discuss.questions).toEqual(
      [
        'teacher.question.secrets',
        'teacher.question.gifts',
        'teacher.question.grownup',
        'teacher.question.who',
      ].map((line) => ({ scenarioId: 'the-secret-gift', line })),
    );
  });
});

describe('the summary as a whole', () => {
  it('adds every class together', () => {
    expect(summary.all.classCode).toBeNull();
    expect(summary.all.figures).toMatchObject({
      children: 3,
      attempts: 6,
      completed: 5,
      minutesPlayed: 21,
      spotted: 8,
      missed: 16,
      endings: { safe: 1, helped: 2, supported: 2 },
    });
    expect(summary.all.stories.map((s) => [s.scenarioId, s.attempts])).toEqual([
      ['the-password', 5],
      ['the-secret-gift', 1],
    ]);
  });

  it('counts a result imported twice once', () => {
    const twice = summarise([...attempts, { ...attempts[0]!, source: 'qr' }], facts, { classes });
    expect(twice.duplicates).toBe(1);
    expect(twice.classes).toEqual(summary.classes);
  });

  it('gives the same summary whatever order the results come in', () => {
    fc.assert(
      fc.property(fc.shuffledSubarray(attempts, { minLength: attempts.length }), (shuffled) => {
        expect(summarise(shuffled, facts, { classes })).toEqual(summary);
      }),
      { numRuns: 30 },
    );
  });

  it('still counts a story it has no facts for, under no topic', () => {
    const s = summarise(attempts, [], { classes });
    const k = s.classes[0]!;
    expect(k.figures.attempts).toBe(4);
    expect(k.stories[0]).toMatchObject({
      scenarioId: 'the-password',
      known: false,
      titleLine: null,
      topics: [],
    });
    expect(k.stories[0]!.endingsByNode.every((e) => e.titleLine === null)).toBe(true);
    expect(k.topics).toEqual([]);
    expect(k.discuss.lessons).toEqual([]);
    expect(k.discuss.questions).toEqual([]);
    expect(k.discuss.signs.length).toBeGreaterThan(0);
  });

  it('summarises nothing as zeros and nulls, not as errors', () => {
    const empty = summarise([], facts);
    expect(empty.classes).toEqual([]);
    expect(empty.all.figures).toMatchObject({
      attempts: 0,
      completion: null,
      medianMinutes: null,
      spottedShare: null,
    });
  });

  it('treats ids from a hand-in as plain text, whatever they are called', () => {
    const odd: ClassAttempt = {
      ...attempts[0]!,
      id: 'odd',
      transcript: {
        ...attempts[0]!.transcript,
        ending: { node: 'constructor', kind: 'safe' },
        falseFlags: ['__proto__', 'toString'],
      },
    };
    const s = summarise([odd], facts);
    expect(s.all.stories[0]!.endingsByNode).toEqual([
      { node: 'constructor', kind: 'safe', titleLine: null, count: 1 },
    ]);
    expect(s.all.stories[0]!.falseFlagMessages.map((m) => m.message).sort()).toEqual([
      '__proto__',
      'toString',
    ]);
    expect(({} as Record<string, unknown>).count).toBeUndefined();
  });
});
