/**
 * The summary as CSV: one row per class for the class as a whole, then one
 * per topic and one per story (the `scope` column says which), with the
 * summary's figures as columns; and the warning signs, one row per class,
 * scope and sign. Same words and dialect rules as the attempt CSV.
 */
import type { ClassSummary, Figures, Summary } from '../summary/types.js';
import { DEFAULT_DIALECT, formatNumber, formatPercent, writeCsv, type CsvDialect } from './csv.js';
import type { Labeller } from './labels.js';

export const SUMMARY_COLUMNS = [
  'class',
  'scope',
  'item',
  'children',
  'attempts',
  'completed',
  'completionPercent',
  'minutesPlayed',
  'medianMinutes',
  'endingsSafe',
  'endingsHelped',
  'endingsSupported',
  'signsSpotted',
  'signsMissed',
  'spottedPercent',
  'flags',
  'falseFlags',
  'signNamedWrong',
  'usedBlock',
  'usedReport',
  'usedTellAdult',
  'usedSaveEvidence',
  'usedLeave',
  'safeChoices',
  'neutralChoices',
  'riskyChoices',
  'playedAgain',
  'improved',
  'firstSpottedPercent',
  'bestSpottedPercent',
] as const;
export type SummaryColumn = (typeof SUMMARY_COLUMNS)[number];

export const SIGN_COLUMNS = [
  'class',
  'scope',
  'item',
  'sign',
  'spotted',
  'missed',
  'spottedPercent',
] as const;
export type SignColumn = (typeof SIGN_COLUMNS)[number];

/** What a summary row is about: a whole class, one of its topics, or one of its stories. */
export type SummaryScope = 'class' | 'topic' | 'story';

interface ScopedFigures {
  classCode: string;
  scope: SummaryScope;
  item: string;
  figures: Figures;
}

function scoped(summary: Summary | ClassSummary, allLabel: string): ScopedFigures[] {
  const classes = 'classes' in summary ? summary.classes : [summary];
  return classes.flatMap((c) => {
    const code = c.classCode ?? allLabel;
    return [
      { classCode: code, scope: 'class' as const, item: '', figures: c.figures },
      ...c.topics.map((t) => ({ classCode: code, scope: 'topic' as const, item: t.topic, figures: t })),
      ...c.stories.map((s) => ({ classCode: code, scope: 'story' as const, item: s.scenarioId, figures: s })),
    ];
  });
}

export interface SummaryCsvOptions<C extends string> {
  headers: Record<C, string>;
  columns?: readonly C[];
  label?: Labeller;
  dialect?: CsvDialect;
  /** The class column of "all classes together", when a ClassSummary of all is passed (default empty). */
  allClassesLabel?: string;
}

function namer(label: Labeller | undefined) {
  return (kind: Parameters<Labeller>[0], code: string) => (label ? label(kind, code) : undefined) ?? code;
}

function itemName(row: ScopedFigures, name: ReturnType<typeof namer>): string {
  if (row.scope === 'topic') return name('topic', row.item);
  if (row.scope === 'story') return name('story', row.item);
  return '';
}

/** `summary`: the whole Summary (every class) or one ClassSummary (e.g. `summary.all`). */
export function summaryCsv(
  summary: Summary | ClassSummary,
  options: SummaryCsvOptions<SummaryColumn>,
): string {
  const columns = options.columns ?? SUMMARY_COLUMNS;
  const d = options.dialect ?? DEFAULT_DIALECT;
  const name = namer(options.label);
  const int = (n: number) => String(n);
  const used = (f: Figures, action: string) =>
    int(f.protective.find((p) => p.action === action)?.attempts ?? 0);
  const cell: Record<SummaryColumn, (r: ScopedFigures) => string> = {
    class: (r) => r.classCode,
    scope: (r) => name('scope', r.scope),
    item: (r) => itemName(r, name),
    children: (r) => int(r.figures.children),
    attempts: (r) => int(r.figures.attempts),
    completed: (r) => int(r.figures.completed),
    completionPercent: (r) => formatPercent(r.figures.completion, d),
    minutesPlayed: (r) => formatNumber(r.figures.minutesPlayed, 1, d),
    medianMinutes: (r) => formatNumber(r.figures.medianMinutes, 1, d),
    endingsSafe: (r) => int(r.figures.endings.safe),
    endingsHelped: (r) => int(r.figures.endings.helped),
    endingsSupported: (r) => int(r.figures.endings.supported),
    signsSpotted: (r) => int(r.figures.spotted),
    signsMissed: (r) => int(r.figures.missed),
    spottedPercent: (r) => formatPercent(r.figures.spottedShare, d),
    flags: (r) => int(r.figures.flags),
    falseFlags: (r) => int(r.figures.falseFlags),
    signNamedWrong: (r) => int(r.figures.signNamedWrong),
    usedBlock: (r) => used(r.figures, 'block'),
    usedReport: (r) => used(r.figures, 'report'),
    usedTellAdult: (r) => used(r.figures, 'tell-adult'),
    usedSaveEvidence: (r) => used(r.figures, 'save-evidence'),
    usedLeave: (r) => used(r.figures, 'leave'),
    safeChoices: (r) => int(r.figures.choices.safe),
    neutralChoices: (r) => int(r.figures.choices.neutral),
    riskyChoices: (r) => int(r.figures.choices.risky),
    playedAgain: (r) => int(r.figures.firstVsBest.repeated),
    improved: (r) => int(r.figures.firstVsBest.improved),
    firstSpottedPercent: (r) => formatPercent(r.figures.firstVsBest.first.spottedShare, d),
    bestSpottedPercent: (r) => formatPercent(r.figures.firstVsBest.best.spottedShare, d),
  };
  const rows = scoped(summary, options.allClassesLabel ?? '').map((r) => columns.map((c) => cell[c](r)));
  return writeCsv(
    columns.map((c) => options.headers[c]),
    rows,
    d,
  );
}

/** One row per class, scope and warning sign shown. */
export function signsCsv(summary: Summary | ClassSummary, options: SummaryCsvOptions<SignColumn>): string {
  const columns = options.columns ?? SIGN_COLUMNS;
  const d = options.dialect ?? DEFAULT_DIALECT;
  const name = namer(options.label);
  const rows = scoped(summary, options.allClassesLabel ?? '').flatMap((r) =>
    r.figures.signs.map((s) => {
      const cell: Record<SignColumn, string> = {
        class: r.classCode,
        scope: name('scope', r.scope),
        item: itemName(r, name),
        sign: name('sign', s.sign),
        spotted: String(s.spotted),
        missed: String(s.missed),
        spottedPercent: formatPercent(s.share, d),
      };
      return columns.map((c) => cell[c]);
    }),
  );
  return writeCsv(
    columns.map((c) => options.headers[c]),
    rows,
    d,
  );
}
