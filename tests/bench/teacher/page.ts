// The teacher benchmark's page: loads the generated class data served
// beside it and runs the same workload as the Node measurement, with zod
// jitless as in the game (its CSP forbids eval; so does this page's).
import '../../../src/game/services/zod-jitless';
import { runOnce, type BenchData, type Timings } from './workload.js';

declare global {
  interface Window {
    teacherBench: { run(): Promise<Timings> };
  }
}

const data = (await (await fetch('./bench-data.json')).json()) as BenchData;
window.teacherBench = {
  async run() {
    const { summary: _summary, ...timings } = await runOnce(data);
    return timings;
  },
};
document.title = 'Teacher bench ready';
