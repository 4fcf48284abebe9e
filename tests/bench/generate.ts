/**
 * Generated scenarios for benchmarks and property tests: any size, valid, and
 * clean under the checker (no errors, no warnings), with an English source
 * table and a fingerprinted Spanish translation.
 *
 * Shape: nodes n0..n(N-1); the last tenth (at least 3) are endings. Every other
 * node has one to three messages, a choice to the next node (so everything is
 * reachable), a choice to one of the endings (so every ending is reachable),
 * and sometimes a locked-when-false conditional choice jumping ahead.
 */
import { stringify } from 'yaml';
import { loadScenario, type ScenarioSource } from '../../src/format/load.js';
import { buildPack } from '../../src/format/pack/compile.js';
import type { PackT } from '../../src/format/pack/schema.js';
import { sourceFingerprint } from '../../src/format/text.js';
import { SIGNS_OFFERED } from '../../src/format/sign-sets.js';
import { ENDING_KINDS } from '../../src/format/taxonomy.js';

/** mulberry32: a tiny seeded generator, so the same seed gives the same scenario. */
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

export function generateScenario(nodeCount: number, seed: number): ScenarioSource {
  const n = Math.max(4, Math.floor(nodeCount));
  const random = generator(seed);
  const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)]!;
  const id = `generated-${n}-${seed}`;
  const endings = Math.max(3, Math.floor(n / 10));
  const firstEnding = n - endings;
  const en: Record<string, string> = {};
  const line = (key: string, text: string): string => ((en[key] = text), key);

  const nodes: Record<string, unknown> = {};
  for (let i = 0; i < n; i++) {
    const name = `n${i}`;
    if (i >= firstEnding) {
      nodes[name] = {
        ending: {
          kind: ENDING_KINDS[i % ENDING_KINDS.length],
          title: line(`${name}.title`, `Ending ${i}`),
          debrief: [
            line(`${name}.debrief`, `What happened in ending ${i}, and that it is never too late to tell.`),
          ],
          lessons: ['lesson.tell'],
          teaches: { [`${name}.debrief`]: ['never-too-late'], 'lesson.tell': ['tell-trusted-adult'] },
        },
      };
      continue;
    }
    const messages = Array.from({ length: 1 + Math.floor(random() * 3) }, (_, m) => ({
      id: line(`${name}.m${m}`, `Message ${m} at node ${i}.`),
      from: random() < 0.8 ? 'sam' : 'narrator',
      typing: Math.floor(random() * 1500),
      signs: random() < 0.4 ? [pick(SIGNS_OFFERED['11-14'])] : [],
    }));
    const choices: Record<string, unknown>[] = [
      {
        id: line(`${name}.next`, `Carry on (${i}).`),
        goto: `n${i + 1}`,
        rating: 'neutral',
        effects: ['trust += 1'],
      },
      {
        id: line(`${name}.stop`, `Stop and ask for help (${i}).`),
        goto: `n${firstEnding + (i % endings)}`,
        rating: 'safe',
        effects: ['told = true', 'mood = "calm"'],
      },
    ];
    // In tiny scenarios there are fewer ordinary nodes than endings: the last
    // ordinary node then links the endings no earlier node reached.
    if (i === firstEnding - 1) {
      for (let j = firstEnding; j < endings; j++) {
        choices.push({
          id: line(`${name}.end${j}`, `Finish (${j}).`),
          goto: `n${firstEnding + j}`,
          rating: 'safe',
        });
      }
    }
    if (random() < 0.3 && i + 2 < firstEnding) {
      choices.push({
        id: line(`${name}.jump`, `Skip ahead (${i}).`),
        goto: `n${i + 2 + Math.floor(random() * (firstEnding - i - 2))}`,
        rating: 'risky',
        if: 'trust >= 2 and not told',
        showLocked: true,
        once: true,
      });
    }
    nodes[name] = { ...(i === 0 ? { chat: 'sam' } : {}), messages, choices };
  }

  const scenario = {
    id,
    version: 1,
    topics: ['grooming'],
    ageBands: ['11-14'],
    sourceLanguage: 'en',
    minutes: 5,
    title: line('title', `Generated scenario ${id}`),
    summary: line('summary', 'A generated scenario for measuring speed.'),
    playerNote: line('player-note', 'You can stop at any time and talk to an adult.'),
    teacherNotes: {
      learningGoals: [line('goal', 'A learning goal.')],
      discussionQuestions: [line('question', 'A discussion question?')],
      contentNote: line('content-note', 'A content note.'),
    },
    contacts: { sam: { name: line('sam.name', 'Sam'), avatar: 'fox', app: 'game-chat' } },
    variables: {
      trust: { type: 'number', default: 0 },
      told: { type: 'boolean', default: false },
      mood: { type: 'string', default: 'unsure' },
    },
    start: 'n0',
    protective: {
      block: { goto: `n${firstEnding}` },
      'tell-adult': { goto: `n${firstEnding + 1}`, effects: ['told = true'] },
    },
    nodes,
  };
  line('lesson.tell', 'It is never too late to tell a trusted adult.');

  const es: Record<string, { text: string; source: string }> = {};
  for (const [key, text] of Object.entries(en))
    es[key] = { text: `[es] ${text}`, source: sourceFingerprint(text) };

  const folder = `generated/${id}`;
  return {
    folder,
    scenario: { path: `${folder}/scenario.yaml`, text: stringify(scenario) },
    texts: [
      { path: `${folder}/text/en.yaml`, text: stringify(en) },
      { path: `${folder}/text/es.yaml`, text: stringify(es) },
    ],
  };
}

/** The compiled pack of a generated scenario: what the engine runs. */
export function generatePack(nodeCount: number, seed: number): PackT {
  const { loaded, findings } = loadScenario(generateScenario(nodeCount, seed));
  if (!loaded)
    throw new Error(`the generated scenario did not load: ${findings.map((f) => f.message).join('; ')}`);
  return buildPack(loaded);
}
