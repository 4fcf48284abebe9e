/**
 * Fixed plays of two shipped stories through the real engine, for the
 * summary's and the export's golden tests. Each play is a script a child
 * could have tapped; what the engine records from it (signs spotted and
 * missed, flags, ending) is what the summary counts. The figures the tests
 * expect were worked out by hand from the stories (scenarios/the-password,
 * scenarios/the-secret-gift), play by play, in the comments below.
 *
 * Times: the engine's clock here ticks a second per step; the minutes are
 * set per play as a child's device would record them.
 */
import { createEngine, type PlayerInput } from '../../../src/engine/index.js';
import type { StoryT } from '../../../src/format/pack/schema.js';
import type { ProtectiveAction, WarningSign } from '../../../src/format/taxonomy.js';
import type { ClassAttempt } from '../../../src/teacher/model.js';
import { storyFactsFromPack, type StoryFacts } from '../../../src/teacher/summary/index.js';
import { shippedScenarios } from '../engine/shipped.js';

const shipped = new Map(shippedScenarios());

export function story(id: string): StoryT {
  const s = shipped.get(id);
  if (!s) throw new Error(`no shipped story ${id}`);
  return s;
}

export const facts: StoryFacts[] = ['the-password', 'the-secret-gift'].map((id) =>
  storyFactsFromPack({ scenario: story(id) }),
);

const choose = (choice: string): PlayerInput => ({ type: 'choose', choice });
const flag = (message: string, sign?: WarningSign): PlayerInput =>
  sign ? { type: 'flag', message, sign } : { type: 'flag', message };
const protect = (action: ProtectiveAction): PlayerInput => ({ type: 'protect', action });

interface Play {
  id: string;
  classCode: string;
  childKey: string;
  nickname: string;
  story: string;
  /** When the play started (ms), so "first" is the earlier play. */
  start: number;
  minutes: number;
  inputs: PlayerInput[];
}

const DAY = 86_400_000;
const T0 = Date.UTC(2026, 2, 2, 13, 0);

export const PLAYS: Play[] = [
  // Ana's first go at The password. Shown and flagged: start.fake.hi [impersonation], named
  // right. Shown, not flagged: ask.fake.password [info-probing], ask.fake.hurry [pressure],
  // location.fake.mall [meetup-request], location.fake.share [info-probing, meetup-request],
  // sharedloc.fake.see [meetup-request, secrecy]: 1 spotted, 7 missed. Risky: c.ask.give,
  // c.location.share. Ending: end-supported.
  {
    id: 'a1',
    classCode: 'KXR-479',
    childKey: 'child-ana',
    nickname: 'Ana',
    story: 'the-password',
    start: T0,
    minutes: 6,
    inputs: [
      flag('start.fake.hi', 'impersonation'),
      choose('c.start.sure'),
      choose('c.ask.give'),
      choose('c.location.share'),
      choose('c.sharedloc.dad'),
      choose('c.dad.password'),
      choose('c.fix.password'),
      choose('c.fix.location'),
      choose('c.fix.report'),
      choose('c.dadreport.thanks'),
    ],
  },
  // Ana again, a day later. Flagged: checkq.fake.trust [guilt] naming "pressure" (right flag,
  // wrong sign), start.fake.hi [impersonation] naming none, test.fake.now [info-probing,
  // pressure] naming info-probing. Not flagged: checkq.fake.obvious [impersonation],
  // test.fake.forgot [impersonation], location.fake.mall [meetup-request],
  // location.fake.share [info-probing, meetup-request]: 4 spotted, 5 missed. Blocks at the
  // location request. No risky choice. Ending: end-helped.
  {
    id: 'a2',
    classCode: 'KXR-479',
    childKey: 'child-ana',
    nickname: 'Ana',
    story: 'the-password',
    start: T0 + DAY,
    minutes: 4,
    inputs: [
      choose('c.start.really'),
      flag('checkq.fake.trust', 'pressure'),
      flag('start.fake.hi'),
      choose('c.checkq.test'),
      flag('test.fake.now', 'info-probing'),
      choose('c.test.notcaro'),
      protect('block'),
      choose('c.blocked.dad'),
      choose('c.dad.account'),
      choose('c.dadplan.ok'),
    ],
  },
  // Bruno (typed the class code in lower case). Flags start.fake.help, which shows no sign: a
  // false flag. Asks the real Caro, then closes the game. Not flagged: start.fake.hi
  // [impersonation]: 0 spotted, 1 missed. Ending: end-safe.
  {
    id: 'b1',
    classCode: 'kxr479',
    childKey: 'child-bruno',
    nickname: 'Bruno',
    story: 'the-password',
    start: T0 + 2 * DAY,
    minutes: 3,
    inputs: [
      flag('start.fake.help'),
      choose('c.start.caro'),
      choose('c.caro.ignore'),
      choose('c.wrapup.dinner'),
    ],
  },
  // Bruno again, unfinished: gives the password (risky) and stops at the location request.
  // Signs missed are only listed at an ending, so this play has none spotted and none missed.
  {
    id: 'b2',
    classCode: 'KXR-479',
    childKey: 'child-bruno',
    nickname: 'Bruno',
    story: 'the-password',
    start: T0 + 3 * DAY,
    minutes: 1,
    inputs: [choose('c.start.sure'), choose('c.ask.give')],
  },
  // Carla, in another class, plays The secret gift. Flagged: start.star.best [flattery] naming
  // flattery, secret.star.shh [secrecy, gift-bribe] naming secrecy. Not flagged:
  // gift.star.gems [gift-bribe], gift.star.look [gift-bribe]: 3 spotted, 2 missed. Risky:
  // c.gift.yes. Tells Mom. Ending: end-supported.
  {
    id: 'c1',
    classCode: 'PTW-236',
    childKey: 'child-carla',
    nickname: 'Carla',
    story: 'the-secret-gift',
    start: T0 + DAY,
    minutes: 5,
    inputs: [
      flag('start.star.best', 'flattery'),
      choose('c.start.who'),
      choose('c.gift.yes'),
      flag('secret.star.shh', 'secrecy'),
      choose('c.secret.cami'),
      choose('c.cami.mom'),
      choose('c.mom.worry'),
      choose('c.plan.what-now'),
    ],
  },
  // Carla plays The password: asks the real Caro at once, then Dad. Not flagged:
  // start.fake.hi [impersonation]: 0 spotted, 1 missed. Ending: end-helped.
  {
    id: 'c2',
    classCode: 'PTW-236',
    childKey: 'child-carla',
    nickname: 'Carla',
    story: 'the-password',
    start: T0 + 2 * DAY,
    minutes: 2,
    inputs: [choose('c.start.caro'), choose('c.caro.dad'), choose('c.dad.account'), choose('c.dadplan.ok')],
  },
];

/** Plays a script through the real engine; fails loudly if the story refuses a step. */
export function playScript(play: Play): ClassAttempt {
  let clock = play.start;
  const engine = createEngine(story(play.story), { now: () => (clock += 1000), random: () => 0.25 });
  let state = engine.start().state;
  for (const input of play.inputs) {
    const before = JSON.stringify(state);
    state = engine.advance(state, input).state;
    if (JSON.stringify(state) === before) throw new Error(`${play.id}: ${JSON.stringify(input)} did nothing`);
  }
  const t = state.transcript;
  const durationMs = play.minutes * 60_000;
  return {
    id: play.id,
    classCode: play.classCode,
    childKey: play.childKey,
    nickname: play.nickname,
    ageBand: '11-14',
    scenarioId: t.scenarioId,
    scenarioVersion: t.scenarioVersion,
    startedAt: t.startedAt,
    endedAt: t.startedAt + durationMs,
    durationMs,
    transcript: t,
    source: 'file',
    importedAt: T0 + 10 * DAY,
  };
}

export const goldenAttempts = (): ClassAttempt[] => PLAYS.map(playScript);
