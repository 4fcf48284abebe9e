/**
 * The summary as the pages show it: for one scope (the whole class, a topic
 * or a story) a list of blocks, each a table of numbers and, where a picture
 * helps, the chart drawn from the very same numbers. The table is what a
 * screen reader and the printed report read; the chart's own label says the
 * same in one sentence. Pure (words come in through `SummaryWords`), so it
 * is unit-tested.
 */
import { ENDING_KINDS } from '../../format/taxonomy';
import type {
  ChildSummary,
  ClassSummary,
  DiscussionPlan,
  Figures,
  StorySummary,
  TopicSummary,
} from '../summary/index';
import type { SummaryWords } from './words';

export interface TableData {
  caption: string;
  head: string[];
  /** Which columns hold numbers (set right-aligned, read as numbers). */
  numeric: boolean[];
  rows: { key: string; cells: string[] }[];
}

export interface ChartData {
  /** `bars`: one bar per label; `split`: each bar split into its series (spotted / missed). */
  kind: 'bars' | 'split';
  labels: string[];
  series: { name: string; values: number[] }[];
  /** What the chart shows, in one sentence (the canvas's accessible name). */
  summary: string;
}

export interface Block {
  id: string;
  title: string;
  table: TableData;
  chart?: ChartData;
  /** A sentence under the title (what the numbers mean). */
  note?: string;
}

export interface KeyFigure {
  id: string;
  label: string;
  value: string;
  /** e.g. "of 12 attempts". */
  detail?: string;
}

/** The figures at the top of a scope, large. */
export function keyFigures(f: Figures, w: SummaryWords): KeyFigure[] {
  return [
    { id: 'children', label: w.t('summary.figure.children'), value: w.count(f.children) },
    { id: 'attempts', label: w.t('summary.figure.attempts'), value: w.count(f.attempts) },
    {
      id: 'completion',
      label: w.t('summary.figure.completion'),
      value: w.percent(f.completion),
      detail: w.t('summary.figure.completionDetail', { done: w.count(f.completed), count: f.attempts }),
    },
    {
      id: 'spotted',
      label: w.t('summary.figure.spotted'),
      value: w.percent(f.spottedShare),
      detail: w.t('summary.figure.spottedDetail', {
        spotted: w.count(f.spotted),
        count: f.spotted + f.missed,
      }),
    },
    {
      id: 'minutes',
      label: w.t('summary.figure.minutes'),
      value: w.minutes(f.minutesPlayed),
      detail: w.t('summary.figure.medianDetail', { median: w.minutes(f.medianMinutes) }),
    },
    {
      id: 'false-flags',
      label: w.t('summary.figure.falseFlags'),
      value: w.count(f.falseFlags),
      detail: w.t('summary.figure.flagsDetail', { flags: w.count(f.flags), count: f.flags }),
    },
  ];
}

/** "Label: value, label: value…": the canvas's accessible name. */
function listSentence(title: string, parts: string[], w: SummaryWords): string {
  return parts.length === 0 ? `${title}. ${w.t('summary.none')}` : `${title}. ${parts.join('; ')}.`;
}

export function endingsBlock(f: Figures, w: SummaryWords): Block {
  const title = w.t('summary.block.endings');
  const labels = ENDING_KINDS.map((k) => w.endingKind(k));
  const values = ENDING_KINDS.map((k) => f.endings[k]);
  return {
    id: 'endings',
    title,
    note: w.t('summary.note.endings', { count: f.completed }),
    table: {
      caption: title,
      head: [w.t('summary.col.ending'), w.t('summary.col.count'), w.t('summary.col.share')],
      numeric: [false, true, true],
      rows: ENDING_KINDS.map((k, i) => ({
        key: k,
        cells: [labels[i]!, w.count(values[i]!), w.percent(f.completed ? values[i]! / f.completed : null)],
      })),
    },
    chart: {
      kind: 'bars',
      labels,
      series: [{ name: w.t('summary.col.count'), values }],
      summary: listSentence(
        title,
        labels.map((l, i) => `${l}: ${w.count(values[i]!)}`),
        w,
      ),
    },
  };
}

export function signsBlock(f: Figures, w: SummaryWords): Block {
  const title = w.t('summary.block.signs');
  const spotted = w.t('summary.col.spotted');
  const missed = w.t('summary.col.missed');
  const labels = f.signs.map((s) => w.sign(s.sign));
  return {
    id: 'signs',
    title,
    note: w.t('summary.note.signs'),
    table: {
      caption: title,
      head: [w.t('summary.col.sign'), spotted, missed, w.t('summary.col.spottedShare')],
      numeric: [false, true, true, true],
      rows: f.signs.map((s, i) => ({
        key: s.sign,
        cells: [labels[i]!, w.count(s.spotted), w.count(s.missed), w.percent(s.share)],
      })),
    },
    chart:
      f.signs.length === 0
        ? undefined
        : {
            kind: 'split',
            labels,
            series: [
              { name: spotted, values: f.signs.map((s) => s.spotted) },
              { name: missed, values: f.signs.map((s) => s.missed) },
            ],
            summary: listSentence(
              title,
              f.signs.map((s, i) =>
                w.t('summary.chart.signPart', {
                  sign: labels[i],
                  spotted: w.count(s.spotted),
                  count: s.spotted + s.missed,
                }),
              ),
              w,
            ),
          },
  };
}

export function protectiveBlock(f: Figures, w: SummaryWords): Block {
  const title = w.t('summary.block.protective');
  const labels = f.protective.map((p) => w.action(p.action));
  return {
    id: 'protective',
    title,
    note: w.t('summary.note.protective'),
    table: {
      caption: title,
      head: [w.t('summary.col.action'), w.t('summary.col.attemptsUsing'), w.t('summary.col.times')],
      numeric: [false, true, true],
      rows: f.protective.map((p, i) => ({
        key: p.action,
        cells: [labels[i]!, w.count(p.attempts), w.count(p.uses)],
      })),
    },
    chart: {
      kind: 'bars',
      labels,
      series: [{ name: w.t('summary.col.attemptsUsing'), values: f.protective.map((p) => p.attempts) }],
      summary: listSentence(
        title,
        f.protective.map((p, i) => `${labels[i]}: ${w.count(p.attempts)}`),
        w,
      ),
    },
  };
}

export function riskyBlock(f: Figures, w: SummaryWords): Block {
  const title = w.t('summary.block.risky');
  return {
    id: 'risky',
    title,
    note: w.t('summary.note.risky'),
    table: {
      caption: title,
      head: [
        w.t('summary.col.choice'),
        w.t('summary.col.story'),
        w.t('summary.col.attempts'),
        w.t('summary.col.times'),
      ],
      numeric: [false, false, true, true],
      rows: f.riskyChoices.map((r) => ({
        key: `${r.scenarioId}/${r.node}/${r.choice}`,
        cells: [w.line(r.scenarioId, r.choice), w.story(r.scenarioId), w.count(r.attempts), w.count(r.times)],
      })),
    },
  };
}

export function firstBestBlock(f: Figures, w: SummaryWords): Block {
  const title = w.t('summary.block.firstBest');
  const { first, best } = f.firstVsBest;
  const row = (key: string, a: string, b: string) => ({ key, cells: [w.t(`summary.measure.${key}`), a, b] });
  return {
    id: 'first-best',
    title,
    note: w.t('summary.note.firstBest', {
      pairs: w.count(f.firstVsBest.pairs),
      repeated: w.count(f.firstVsBest.repeated),
      improved: w.count(f.firstVsBest.improved),
      count: f.firstVsBest.repeated,
    }),
    table: {
      caption: title,
      head: [w.t('summary.col.measure'), w.t('summary.col.first'), w.t('summary.col.best')],
      numeric: [false, true, true],
      rows: [
        row('completed', w.count(first.completed), w.count(best.completed)),
        ...ENDING_KINDS.map((k) => ({
          key: `ending-${k}`,
          cells: [w.endingKind(k), w.count(first.endings[k]), w.count(best.endings[k])],
        })),
        row('spottedShare', w.percent(first.spottedShare), w.percent(best.spottedShare)),
        row('riskyChoices', w.count(first.riskyChoices), w.count(best.riskyChoices)),
      ],
    },
  };
}

/** Stories or topics side by side (the whole class's view of its parts). */
function partsBlock(
  id: 'stories' | 'topics',
  parts: readonly { key: string; name: string; figures: Figures }[],
  w: SummaryWords,
): Block {
  const title = w.t(`summary.block.${id}`);
  return {
    id,
    title,
    table: {
      caption: title,
      head: [
        w.t(id === 'stories' ? 'summary.col.story' : 'summary.col.topic'),
        w.t('summary.col.children'),
        w.t('summary.col.attempts'),
        w.t('summary.col.completion'),
        w.t('summary.col.spottedShare'),
        w.t('summary.col.falseFlags'),
        w.t('summary.col.minutes'),
      ],
      numeric: [false, true, true, true, true, true, true],
      rows: parts.map((p) => ({
        key: p.key,
        cells: [
          p.name,
          w.count(p.figures.children),
          w.count(p.figures.attempts),
          w.percent(p.figures.completion),
          w.percent(p.figures.spottedShare),
          w.count(p.figures.falseFlags),
          w.minutes(p.figures.minutesPlayed),
        ],
      })),
    },
  };
}

export function storiesBlock(stories: readonly StorySummary[], w: SummaryWords): Block {
  return partsBlock(
    'stories',
    stories.map((s) => ({ key: s.scenarioId, name: w.story(s.scenarioId), figures: s })),
    w,
  );
}

export function topicsBlock(topics: readonly TopicSummary[], w: SummaryWords): Block {
  return partsBlock(
    'topics',
    topics.map((t) => ({ key: t.topic, name: w.topic(t.topic), figures: t })),
    w,
  );
}

/** One story's endings by name, most reached first. */
export function storyEndingsBlock(s: StorySummary, w: SummaryWords): Block {
  const title = w.t('summary.block.storyEndings');
  return {
    id: 'story-endings',
    title,
    table: {
      caption: title,
      head: [w.t('summary.col.ending'), w.t('summary.col.kind'), w.t('summary.col.count')],
      numeric: [false, false, true],
      rows: s.endingsByNode.map((e) => ({
        key: e.node,
        cells: [w.ending(s.scenarioId, e.node), w.endingKind(e.kind), w.count(e.count)],
      })),
    },
  };
}

/** The messages of one story whose warning signs were missed most. */
export function missedMessagesBlock(s: StorySummary, w: SummaryWords): Block {
  const title = w.t('summary.block.missedMessages');
  return {
    id: 'missed-messages',
    title,
    table: {
      caption: title,
      head: [w.t('summary.col.message'), w.t('summary.col.sign'), w.t('summary.col.missed')],
      numeric: [false, false, true],
      rows: s.missedMessages.map((m) => ({
        key: m.message,
        cells: [w.line(s.scenarioId, m.message), m.signs.map((x) => w.sign(x)).join(', '), w.count(m.missed)],
      })),
    },
  };
}

/** What a scope selector offers: the whole class, each topic, each story. */
export type Scope = { kind: 'class' } | { kind: 'topic'; id: string } | { kind: 'story'; id: string };

export function scopeKey(scope: Scope): string {
  return scope.kind === 'class' ? 'class' : `${scope.kind}:${scope.id}`;
}

export function parseScope(key: string | undefined, summary: ClassSummary): Scope {
  const colon = (key ?? '').indexOf(':');
  const kind = colon < 0 ? key : key!.slice(0, colon);
  const id = colon < 0 ? '' : key!.slice(colon + 1);
  if (kind === 'topic' && summary.topics.some((t) => t.topic === id)) return { kind, id };
  if (kind === 'story' && summary.stories.some((s) => s.scenarioId === id)) return { kind, id };
  return { kind: 'class' };
}

export function scopeChoices(summary: ClassSummary, w: SummaryWords): { key: string; label: string }[] {
  return [
    { key: 'class', label: w.t('summary.scope.wholeClass') },
    ...summary.topics.map((t) => ({
      key: scopeKey({ kind: 'topic', id: t.topic }),
      label: w.t('summary.scope.topicNamed', { name: w.topic(t.topic) }),
    })),
    ...summary.stories.map((s) => ({
      key: scopeKey({ kind: 'story', id: s.scenarioId }),
      label: w.t('summary.scope.storyNamed', { name: w.story(s.scenarioId) }),
    })),
  ];
}

/** The figures and blocks of one scope, in the order the page shows them. */
export function scopeView(
  summary: ClassSummary,
  scope: Scope,
  w: SummaryWords,
): { title: string; figures: Figures; keys: KeyFigure[]; blocks: Block[] } {
  const common = (f: Figures) => [
    endingsBlock(f, w),
    signsBlock(f, w),
    protectiveBlock(f, w),
    riskyBlock(f, w),
    firstBestBlock(f, w),
  ];
  if (scope.kind === 'story') {
    const s = summary.stories.find((x) => x.scenarioId === scope.id)!;
    return {
      title: w.story(s.scenarioId),
      figures: s,
      keys: keyFigures(s, w),
      blocks: [...common(s), storyEndingsBlock(s, w), missedMessagesBlock(s, w)],
    };
  }
  if (scope.kind === 'topic') {
    const t = summary.topics.find((x) => x.topic === scope.id)!;
    const stories = summary.stories.filter((s) => t.stories.includes(s.scenarioId));
    return {
      title: w.topic(t.topic),
      figures: t,
      keys: keyFigures(t, w),
      blocks: [...common(t), storiesBlock(stories, w)],
    };
  }
  const f = summary.figures;
  return {
    title: w.t('summary.scope.wholeClass'),
    figures: f,
    keys: keyFigures(f, w),
    blocks: [...common(f), topicsBlock(summary.topics, w), storiesBlock(summary.stories, w)],
  };
}

export interface PlanView {
  signs: { key: string; name: string; share: string; detail: string; example: string | null }[];
  lessons: { key: string; name: string; share: string; detail: string }[];
  questions: { key: string; story: string; text: string }[];
}

/** "What to discuss next" in words. */
export function planView(plan: DiscussionPlan, w: SummaryWords): PlanView {
  const storyList = (ids: readonly string[]) => ids.map((id) => w.story(id)).join(', ');
  return {
    signs: plan.signs.map((s) => ({
      key: s.sign,
      name: w.sign(s.sign),
      share: w.percent(s.share),
      detail: w.t('summary.plan.signDetail', {
        spotted: w.count(s.spotted),
        count: s.spotted + s.missed,
        stories: storyList(s.stories),
      }),
      example: s.example ? w.line(s.example.scenarioId, s.example.message) : null,
    })),
    lessons: plan.lessons.map((l) => ({
      key: l.lesson,
      name: w.lesson(l.lesson),
      share: w.percent(l.share),
      detail: w.t('summary.plan.lessonDetail', {
        needed: w.count(l.needed),
        count: l.offered,
        stories: storyList(l.stories),
      }),
    })),
    questions: plan.questions.map((q) => ({
      key: `${q.scenarioId}/${q.line}`,
      story: w.story(q.scenarioId),
      text: w.line(q.scenarioId, q.line),
    })),
  };
}

/**
 * The per-child table: one row per child and story, first and best
 * attempt. `name` gives each child's label: the nickname, or "Student 3"
 * in the anonymous view (the caller decides; this never looks at both).
 */
export function childrenTable(
  children: readonly ChildSummary[],
  name: (child: ChildSummary) => string,
  w: SummaryWords,
): TableData {
  const outcome = (b: ChildSummary['stories'][number]['first']) =>
    b.endingKind === null
      ? w.t('summary.child.unfinished')
      : w.t('summary.child.outcome', {
          ending: w.endingKind(b.endingKind),
          share: w.percent(b.spottedShare),
        });
  const rows = children
    .map((c) => ({ c, label: name(c) }))
    .sort((a, b) => a.label.localeCompare(b.label, undefined, { numeric: true }))
    .flatMap(({ c, label }) =>
      c.stories.map((s) => ({
        key: `${c.childKey}/${s.scenarioId}`,
        cells: [label, w.story(s.scenarioId), w.count(s.attempts), outcome(s.first), outcome(s.best)],
      })),
    );
  return {
    caption: w.t('summary.block.children'),
    head: [
      w.t('summary.col.student'),
      w.t('summary.col.story'),
      w.t('summary.col.attempts'),
      w.t('summary.col.first'),
      w.t('summary.col.best'),
    ],
    numeric: [false, false, true, false, false],
    rows,
  };
}
