/**
 * `npm run bench`: engine and checker speed (targets.md).
 * - engine steps per second on a generated 1,000-node scenario (≥ 100,000/s)
 * - checker time for 200 generated scenarios (≤ 2 s)
 * Each figure is the median of five runs; the machine is shared and noisy.
 */
import { performance } from 'node:perf_hooks';
import { createEngine, type MessageEvent, type PlayerInput, type Step } from '../../src/engine/index.js';
import { checkScenario } from '../../src/format/check/index.js';
import { readPack } from '../../src/format/pack/read.js';
import { generatePack, generateScenario } from './generate.js';

const RUNS = 5;
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

function engineStepsPerSecond(): number {
  // Through JSON and the pack reader, as the game receives it.
  const { loaded } = readPack(JSON.parse(JSON.stringify(generatePack(1000, 7))));
  if (!loaded) throw new Error('the generated pack did not read back');
  let clock = 0;
  let seed = 1;
  const random = () => (seed = (seed * 16807) % 2147483647) / 2147483647;
  const engine = createEngine(loaded.scenario, { now: () => (clock += 500), random });
  let step: Step = engine.start();
  let steps = 0;
  const started = performance.now();
  while (performance.now() - started < 1000) {
    for (let i = 0; i < 1000; i++) {
      // Pick from what the last step offered, as the game does: one input in
      // five flags the latest message, the rest choose or protect.
      const r = random();
      const choices = step.events
        .slice()
        .reverse()
        .find((e) => e.type === 'choices');
      const message = step.state.history
        .slice()
        .reverse()
        .find((h): h is MessageEvent => h.type === 'message' && h.from !== 'player');
      let input: PlayerInput | null = null;
      if (r < 0.2 && message) input = { type: 'flag', message: message.id };
      else if (choices?.type === 'choices') {
        const open = choices.options.filter((o) => o.enabled);
        if (open.length > 0 && r < 0.9)
          input = { type: 'choose', choice: open[Math.floor(r * 997) % open.length]!.id };
        else if (choices.protective.length > 0)
          input = {
            type: 'protect',
            action: choices.protective[Math.floor(r * 991) % choices.protective.length]!,
          };
      }
      if (step.state.status === 'ended' || !input) step = engine.start();
      else {
        const next = engine.advance(step.state, input);
        // A flag only adds a flag result: keep offering the same choices.
        step = input.type === 'flag' ? { state: next.state, events: step.events } : next;
      }
      steps++;
    }
  }
  return steps / ((performance.now() - started) / 1000);
}

function checkerSeconds(): number {
  const sources = Array.from({ length: 200 }, (_, i) => generateScenario(40, i + 1));
  const started = performance.now();
  let errors = 0;
  for (const source of sources) errors += checkScenario(source).filter((f) => f.severity === 'error').length;
  const seconds = (performance.now() - started) / 1000;
  if (errors > 0) throw new Error(`generated scenarios had ${errors} checker errors`);
  return seconds;
}

const steps = median(Array.from({ length: RUNS }, engineStepsPerSecond));
const check = process.argv.includes('--engine-only')
  ? 0
  : median(Array.from({ length: RUNS }, checkerSeconds));

const rows = [
  [
    'engine steps/s (1,000-node scenario)',
    '>= 100000',
    Math.round(steps).toLocaleString('en'),
    steps >= 100_000,
  ],
  ['checker, 200 generated scenarios', '<= 2 s', `${check.toFixed(2)} s`, check <= 2],
] as const;
console.log('what'.padEnd(40), 'target'.padEnd(12), 'measured'.padEnd(12), 'result');
for (const [what, target, measured, pass] of rows) {
  console.log(what.padEnd(40), target.padEnd(12), String(measured).padEnd(12), pass ? 'PASS' : 'FAIL');
}
