/**
 * The teacher benchmark's class data, made in Node: 40 classes × 35
 * children × 20 attempts of the shipped stories, each attempt a real random
 * play through the engine (from a pool of plays per story, so generating is
 * quick), handed in the way a child's device does (`encodeHandIn`).
 */
import { createEngine, type EngineState, type PlayerInput } from '../../../src/engine/index.js';
import type { StoryT } from '../../../src/format/pack/schema.js';
import { makeClassCode } from '../../../src/teacher/class-code.js';
import { encodeHandIn, type HandInAttemptInput } from '../../../src/teacher/handin/index.js';
import type { TeacherClass } from '../../../src/teacher/model.js';
import { storyFactsFromPack } from '../../../src/teacher/summary/index.js';
import { legalInputs } from '../../unit/engine/random-play.js';
import { shippedScenarios } from '../../unit/engine/shipped.js';
import type { BenchData } from './workload.js';

/** mulberry32: the same seed always gives the same class. */
function generator(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function playAtRandom(story: StoryT, random: () => number, start: number): EngineState {
  let clock = start;
  const engine = createEngine(story, { now: () => (clock += 800 + Math.floor(random() * 4000)), random });
  let state = engine.start().state;
  // Most plays finish; one in ten stops early, like a child called away.
  const limit = random() < 0.1 ? 3 + Math.floor(random() * 5) : 400;
  for (let step = 0; step < limit && state.status !== 'ended'; step++) {
    const { advancing, flags } = legalInputs(engine, state);
    let input: PlayerInput | undefined;
    if (flags.length > 0 && random() < 0.25) {
      const f = flags[Math.floor(random() * flags.length)]!;
      input = f;
    } else if (advancing.length > 0) input = advancing[Math.floor(random() * advancing.length)];
    if (!input) break;
    state = engine.advance(state, input).state;
  }
  return state;
}

const NAMES = ['Kiwi', 'Puma', 'Coral', 'Nube', 'Sol', 'Luna', 'Tatu', 'Onda', 'Rayo', 'Mango'];

export async function generateBenchData(
  classCount = 40,
  childrenPerClass = 35,
  attemptsPerChild = 20,
  seed = 2026,
): Promise<BenchData> {
  const random = generator(seed);
  const stories = shippedScenarios().map(([, s]) => s);
  const pool = stories.map((story, i) =>
    Array.from({ length: 40 }, (_, k) =>
      playAtRandom(story, random, 1_767_000_000_000 + (i * 40 + k) * 3_600_000),
    ),
  );
  const hex = () =>
    Math.floor(random() * 0x100000000)
      .toString(16)
      .padStart(8, '0');
  const classes: TeacherClass[] = [];
  const files: string[] = [];
  const compacts: string[] = [];
  for (let c = 0; c < classCount; c++) {
    const code = makeClassCode(random, { avoid: classes.map((k) => k.code) });
    classes.push({ code, name: `Class ${c + 1}`, createdAt: 0, archived: false });
    for (let k = 0; k < childrenPerClass; k++) {
      const attempts: HandInAttemptInput[] = [];
      for (let a = 0; a < attemptsPerChild; a++) {
        const plays = pool[Math.floor(random() * pool.length)]!;
        const t = plays[Math.floor(random() * plays.length)]!.transcript;
        const endedAt = t.endedAt ?? t.startedAt + 120_000;
        attempts.push({
          id: `${hex()}-${hex()}-${hex()}`,
          scenarioId: t.scenarioId,
          scenarioVersion: t.scenarioVersion,
          startedAt: t.startedAt,
          endedAt,
          durationMs: t.durationMs ?? endedAt - t.startedAt,
          transcript: t,
        });
      }
      const made = await encodeHandIn({
        // Children type codes loosely; the import matches them anyway.
        classCode: k % 3 === 0 ? code.toLowerCase().replace('-', '') : code,
        childKey: `${hex()}${hex()}`,
        nickname: `${NAMES[k % NAMES.length]} ${k}`,
        ageBand: '11-14',
        attempts,
      });
      if (!made.ok) throw new Error(`could not hand in: ${made.detail}`);
      files.push(made.file);
      compacts.push(made.compact);
    }
  }
  return { classes, facts: stories.map((s) => storyFactsFromPack({ scenario: s })), files, compacts };
}
