/**
 * The class summary: per class (and all classes together), per story and
 * per topic, in one pass over the attempts (docs/teacher-data.md has every
 * definition). Pure: the same attempts and stories always give the same
 * summary, whatever order the attempts come in.
 *
 * An attempt id seen twice counts once (the first one in the list): the
 * same result imported from a file and from a QR code is one result.
 * Results of a story without StoryFacts (no longer on this device) are
 * still counted for their class and story, but under no topic and in no
 * lesson, since only the story says what those are.
 */
import { TOPICS, type Topic } from '../../format/taxonomy.js';
import { normaliseClassCode } from '../class-code.js';
import type { ClassAttempt } from '../model.js';
import { attemptFacts } from './attempt-facts.js';
import { discussionPlan, type PlanOptions } from './discuss.js';
import { FiguresBuilder, StoryBuilder, brief, compareIds, prepare, type PreparedAttempt } from './figures.js';
import type { StoryFacts } from './story-facts.js';
import type { ChildSummary, ClassSummary, StorySummary, Summary, SummaryOptions } from './types.js';

interface ChildAcc {
  childKey: string;
  nickname: string;
  ageBand: ClassAttempt['ageBand'];
  latest: number;
  attempts: number;
  completed: number;
  durationMs: number;
}

class Group {
  readonly figures: FiguresBuilder;
  readonly stories = new Map<string, StoryBuilder>();
  readonly topics = new Map<Topic, { builder: FiguresBuilder; stories: Set<string> }>();
  readonly children = new Map<string, ChildAcc>();

  constructor(
    readonly code: string | null,
    private readonly top: number,
  ) {
    this.figures = new FiguresBuilder(top);
  }

  add(prepared: PreparedAttempt, story: StoryFacts | undefined): void {
    const { attempt, facts } = prepared;
    this.figures.add(prepared);
    let s = this.stories.get(attempt.scenarioId);
    if (!s) this.stories.set(attempt.scenarioId, (s = new StoryBuilder(this.top)));
    s.add(prepared);
    for (const topic of story?.topics ?? []) {
      let t = this.topics.get(topic);
      if (!t) this.topics.set(topic, (t = { builder: new FiguresBuilder(this.top), stories: new Set() }));
      t.builder.add(prepared);
      t.stories.add(attempt.scenarioId);
    }
    // A class session is the class's, not a child's: no row in the per-child view.
    if (attempt.source === 'classroom') return;
    let child = this.children.get(attempt.childKey);
    if (!child) {
      child = {
        childKey: attempt.childKey,
        nickname: attempt.nickname,
        ageBand: attempt.ageBand,
        latest: -Infinity,
        attempts: 0,
        completed: 0,
        durationMs: 0,
      };
      this.children.set(attempt.childKey, child);
    }
    // A child may rename themselves between hand-ins: the latest result's nickname is shown.
    if (
      attempt.endedAt > child.latest ||
      (attempt.endedAt === child.latest && attempt.nickname < child.nickname)
    ) {
      child.latest = attempt.endedAt;
      child.nickname = attempt.nickname;
      child.ageBand = attempt.ageBand;
    }
    child.attempts++;
    if (facts.completed) child.completed++;
    child.durationMs += attempt.durationMs;
  }

  build(facts: ReadonlyMap<string, StoryFacts>, plan: PlanOptions): ClassSummary {
    const storyIds = [...this.stories.keys()].sort(compareIds);
    const stories: StorySummary[] = storyIds.map((id) => {
      const builder = this.stories.get(id)!;
      const known = facts.get(id);
      return {
        scenarioId: id,
        known: known !== undefined,
        titleLine: known?.titleLine ?? null,
        topics: known ? [...known.topics] : [],
        ...builder.build(),
        endingsByNode: builder.endingFigures((node) =>
          known && Object.hasOwn(known.endings, node) ? known.endings[node]!.titleLine : null,
        ),
        missedMessages: builder.missedMessages(),
        falseFlagMessages: builder.falseFlagMessages(),
      };
    });
    const topics = TOPICS.filter((t) => this.topics.has(t)).map((topic) => {
      const t = this.topics.get(topic)!;
      return { topic, stories: [...t.stories].sort(compareIds), ...t.builder.build() };
    });

    const perChild = new Map<string, ChildSummary['stories']>();
    for (const id of storyIds) {
      for (const pair of this.stories.get(id)!.pairs.values()) {
        const key = pair.first.attempt.childKey;
        let list = perChild.get(key);
        if (!list) perChild.set(key, (list = []));
        list.push({
          scenarioId: id,
          attempts: pair.count,
          first: brief(pair.first.attempt, pair.first.facts),
          best: brief(pair.best.attempt, pair.best.facts),
        });
      }
    }
    const children: ChildSummary[] = [...this.children.values()]
      .sort((a, b) => compareIds(a.nickname, b.nickname) || compareIds(a.childKey, b.childKey))
      .map((c) => ({
        childKey: c.childKey,
        nickname: c.nickname,
        ageBand: c.ageBand,
        attempts: c.attempts,
        completed: c.completed,
        minutesPlayed: c.durationMs / 60_000,
        stories: perChild.get(c.childKey) ?? [],
      }));

    const discuss = discussionPlan(
      this.figures.signCounts(),
      storyIds.map((id) => ({ scenarioId: id, builder: this.stories.get(id)!, facts: facts.get(id) })),
      plan,
    );
    return { classCode: this.code, figures: this.figures.build(), stories, topics, children, discuss };
  }
}

export function summarise(
  attempts: readonly ClassAttempt[],
  stories: readonly StoryFacts[],
  options: SummaryOptions = {},
): Summary {
  const top = Math.max(1, options.top ?? 5);
  const plan: PlanOptions = {
    weakShare: options.weakShare ?? 0.75,
    minSeen: Math.max(1, options.minSeen ?? 3),
    limit: Math.max(1, options.limit ?? 3),
    planStories: Math.max(1, options.planStories ?? 2),
  };
  const facts = new Map(stories.map((s) => [s.id, s]));
  const teacherCodes = new Map<string, string>();
  for (const c of options.classes ?? []) {
    const key = normaliseClassCode(c.code);
    if (!teacherCodes.has(key)) teacherCodes.set(key, c.code);
  }

  const all = new Group(null, top);
  const groups = new Map<string, Group>();
  const seen = new Set<string>();
  let duplicates = 0;
  for (const attempt of attempts) {
    if (seen.has(attempt.id)) {
      duplicates++;
      continue;
    }
    seen.add(attempt.id);
    const key = normaliseClassCode(attempt.classCode);
    let group = groups.get(key);
    if (!group) groups.set(key, (group = new Group(teacherCodes.get(key) ?? key, top)));
    const prepared = prepare(attempt, attemptFacts(attempt));
    const story = facts.get(attempt.scenarioId);
    group.add(prepared, story);
    all.add(prepared, story);
  }
  const classes = [...groups.values()]
    .sort((a, b) => compareIds(a.code ?? '', b.code ?? ''))
    .map((g) => g.build(facts, plan));
  return { classes, all: all.build(facts, plan), duplicates };
}
