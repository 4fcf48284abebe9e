/**
 * "What to discuss next" (docs/teacher-data.md): the signs the class spotted
 * least, the lessons it needed most, and the discussion questions of the
 * stories where those showed most.
 *
 * - A weak sign was shown at least `minSeen` times and spotted less than
 *   `weakShare` of the time; the lowest share comes first.
 * - A lesson is needed when a finished attempt in which something risky
 *   happened (a risky choice, or a `supported` ending) reached an ending
 *   that teaches it. Lessons every ending of that story teaches (where to
 *   find help, never too late) are left out there: everyone hears them, so
 *   they say nothing about this class. The share is needed / finished
 *   attempts of the stories that teach it; the highest share comes first.
 */
import { LESSONS, WARNING_SIGNS, type Lesson, type WarningSign } from '../../format/taxonomy.js';
import { byCountThenId, compareIds, share, type StoryBuilder } from './figures.js';
import type { StoryFacts } from './story-facts.js';
import type { DiscussionPlan, WeakLesson, WeakSign } from './types.js';

export interface PlanStory {
  scenarioId: string;
  builder: StoryBuilder;
  facts: StoryFacts | undefined;
}

export interface PlanOptions {
  weakShare: number;
  minSeen: number;
  limit: number;
  planStories: number;
}

export function discussionPlan(
  signCounts: ReadonlyMap<WarningSign, { spotted: number; missed: number }>,
  stories: readonly PlanStory[],
  options: PlanOptions,
): DiscussionPlan {
  const signs = weakSigns(signCounts, stories, options);
  const lessons = weakLessons(stories, options);

  const score = new Map<string, number>();
  const bump = (id: string, n: number) => score.set(id, (score.get(id) ?? 0) + n);
  for (const weak of signs) {
    for (const s of stories) bump(s.scenarioId, missedOf(s.builder, weak.sign));
  }
  for (const weak of lessons) {
    for (const s of stories) bump(s.scenarioId, neededIn(s, weak.lesson));
  }
  const known = new Map(stories.map((s) => [s.scenarioId, s.facts]));
  const chosen = [...score.entries()]
    .filter(([id, n]) => n > 0 && known.get(id) !== undefined)
    .map(([id, n]) => ({ id, n }))
    .sort(
      byCountThenId(
        (x) => x.n,
        (x) => x.id,
      ),
    )
    .slice(0, options.planStories)
    .map((x) => x.id);
  const questions = chosen.flatMap((id) =>
    known.get(id)!.discussionQuestions.map((line) => ({ scenarioId: id, line })),
  );
  return { signs, lessons, stories: chosen, questions };
}

function missedOf(builder: StoryBuilder, sign: WarningSign): number {
  let missed = 0;
  for (const m of builder.messages.values()) if (m.signs.includes(sign)) missed += m.missed;
  return missed;
}

function weakSigns(
  counts: ReadonlyMap<WarningSign, { spotted: number; missed: number }>,
  stories: readonly PlanStory[],
  options: PlanOptions,
): WeakSign[] {
  const weak = WARNING_SIGNS.flatMap((sign) => {
    const c = counts.get(sign);
    if (!c) return [];
    const seen = c.spotted + c.missed;
    const s = share(c.spotted, seen);
    return seen >= options.minSeen && s !== null && s < options.weakShare ? [{ sign, ...c, share: s }] : [];
  });
  // Lowest share first; then the most missed; then vocabulary order (flatMap kept it, sort is stable).
  weak.sort((a, b) => a.share - b.share || b.missed - a.missed);
  return weak.slice(0, options.limit).map((w) => {
    const where = stories
      .map((s) => ({ id: s.scenarioId, n: missedOf(s.builder, w.sign) }))
      .filter((x) => x.n > 0)
      .sort(
        byCountThenId(
          (x) => x.n,
          (x) => x.id,
        ),
      );
    let example: WeakSign['example'] = null;
    let most = 0;
    for (const s of stories) {
      for (const m of s.builder.messages.values()) {
        if (!m.signs.includes(w.sign) || m.missed === 0) continue;
        const better =
          m.missed > most ||
          (m.missed === most &&
            example !== null &&
            (compareIds(s.scenarioId, example.scenarioId) || compareIds(m.message, example.message)) < 0);
        if (better) {
          most = m.missed;
          example = { scenarioId: s.scenarioId, message: m.message };
        }
      }
    }
    return { ...w, stories: where.map((x) => x.id), example };
  });
}

/** The lessons a story's endings teach that not every one of its endings teaches. */
function telling(facts: StoryFacts): Set<Lesson> {
  const endings = Object.values(facts.endings);
  const union = new Set(endings.flatMap((e) => e.lessons));
  return new Set([...union].filter((l) => !endings.every((e) => e.lessons.includes(l))));
}

function neededIn(story: PlanStory, lesson: Lesson): number {
  if (!story.facts) return 0;
  if (!telling(story.facts).has(lesson)) return 0;
  let needed = 0;
  for (const [node, reached] of story.builder.endingNodes) {
    const ending = Object.hasOwn(story.facts.endings, node) ? story.facts.endings[node] : undefined;
    if (ending?.lessons.includes(lesson)) needed += reached.risky;
  }
  return needed;
}

function weakLessons(stories: readonly PlanStory[], options: PlanOptions): WeakLesson[] {
  const needed = new Map<Lesson, number>();
  const offered = new Map<Lesson, number>();
  const where = new Map<Lesson, Map<string, number>>();
  for (const s of stories) {
    if (!s.facts) continue;
    for (const lesson of telling(s.facts)) {
      offered.set(lesson, (offered.get(lesson) ?? 0) + s.builder.completedCount);
      const n = neededIn(s, lesson);
      if (n === 0) continue;
      needed.set(lesson, (needed.get(lesson) ?? 0) + n);
      let m = where.get(lesson);
      if (!m) where.set(lesson, (m = new Map()));
      m.set(s.scenarioId, n);
    }
  }
  const weak = LESSONS.filter((l) => (needed.get(l) ?? 0) > 0).map((lesson) => {
    const n = needed.get(lesson)!;
    const o = offered.get(lesson)!;
    const stories = [...where.get(lesson)!.entries()]
      .map(([id, k]) => ({ id, k }))
      .sort(
        byCountThenId(
          (x) => x.k,
          (x) => x.id,
        ),
      )
      .map((x) => x.id);
    return { lesson, needed: n, offered: o, share: share(n, o), stories };
  });
  weak.sort((a, b) => (b.share ?? 0) - (a.share ?? 0) || b.needed - a.needed);
  return weak.slice(0, options.limit);
}
