/**
 * What every ending must teach, from the lessons its lines declare
 * (`teaches`). The rules come from docs/safeguarding.md:
 * - every ending gives a route to help (a trusted adult or a help line) and
 *   says it is never too late to tell;
 * - every ending of a sextortion story teaches the whole sextortion script;
 * - a `safe` ending that a player can reach after a risky choice (giving a
 *   school, a photo, a password...) still tells them to let a trusted adult
 *   know. "Can reach" is over the story graph, ignoring conditions, so it may
 *   ask for the line on an ending the conditions rule out; saying it there
 *   too does no harm.
 * A declaration naming a line the ending does not show would make the proof
 * worthless, so that is an error too.
 */
import { endingLessons } from '../lessons.js';
import type { ChoiceT } from '../schema.js';
import { HELP_ROUTE_LESSONS, SEXTORTION_SCRIPT, type Lesson } from '../taxonomy.js';
import { graphOf, has, type CheckContext } from './context.js';
import { reachableFrom } from './reachability.js';
import { items, phrase } from './words/render.js';

export function checkLessons(ctx: CheckContext): void {
  const { scenario, scenarioFile: file, report } = ctx;
  const afterRisk = safeEndingsAfterRisk(ctx);

  for (const [id, node] of Object.entries(scenario.nodes)) {
    const ending = node.ending;
    if (!ending) continue;
    const at = ['nodes', id, 'ending'];
    const shown = new Set([...ending.debrief, ...ending.lessons]);
    for (const line of Object.keys(ending.teaches)) {
      if (shown.has(line)) continue;
      const words = { params: { ending: id, line } };
      report.add(file, 'error', 'lesson-line-not-in-ending', words, [...at, 'teaches', line], 'key');
    }
    // Only lines the ending really shows count towards what it teaches.
    const taught = new Set<Lesson>(
      endingLessons({
        teaches: Object.fromEntries(Object.entries(ending.teaches).filter(([line]) => shown.has(line))),
      }),
    );
    // Points at `teaches`, or at the ending when the author has not written one.
    const where = [...at, 'teaches'];

    const missingHelp: string[] = [];
    if (!HELP_ROUTE_LESSONS.some((l) => taught.has(l))) {
      missingHelp.push(phrase('route-to-help', HELP_ROUTE_LESSONS.join(' or ')));
    }
    if (!taught.has('never-too-late')) missingHelp.push('never-too-late');
    if (missingHelp.length > 0) {
      const words = { params: { ending: id, missing: items(missingHelp) } };
      report.add(file, 'error', 'missing-help-lessons', words, where, 'key');
    }

    if (scenario.topics.includes('sextortion')) {
      const missing = SEXTORTION_SCRIPT.filter((l) => !taught.has(l));
      if (missing.length > 0) {
        const words = { params: { ending: id, missing: items(missing) } };
        report.add(file, 'error', 'sextortion-script-incomplete', words, where, 'key');
      }
    }

    const risk = afterRisk.get(id);
    if (ending.kind === 'safe' && risk && !taught.has('tell-trusted-adult')) {
      const words = { params: { ending: id, choice: risk.choice.id, node: risk.node } };
      report.add(file, 'error', 'safe-ending-after-risk', words, where, 'key');
    }
  }
}

interface Risk {
  node: string;
  choice: ChoiceT;
}

/** For each node reachable after some risky choice that is itself reachable, the first such choice. */
function safeEndingsAfterRisk(ctx: CheckContext): Map<string, Risk> {
  const { scenario } = ctx;
  const graph = graphOf(scenario);
  const result = new Map<string, Risk>();
  if (!has(scenario.nodes, scenario.start)) return result;
  const reachable = reachableFrom(scenario.start, graph);
  for (const [nodeId, node] of Object.entries(scenario.nodes)) {
    if (!reachable.has(nodeId)) continue;
    for (const choice of node.choices) {
      if (choice.rating !== 'risky' || !has(scenario.nodes, choice.goto)) continue;
      // A node already marked was reached from an earlier risky choice, and
      // so was everything after it: the walk stops there, so each node is
      // walked once however many risky choices there are.
      for (const after of reachableFrom(choice.goto, graph, result))
        result.set(after, { node: nodeId, choice });
    }
  }
  return result;
}
