/**
 * One row per attempt, for the CSV and the JSON export alike. The figures
 * are the summary's own (`attemptFacts`), so a spreadsheet adds up to what
 * the summary shows. Rows come sorted by class, child, story and start time.
 */
import type { ClassAttempt } from '../model.js';
import { attemptFacts } from '../summary/attempt-facts.js';
import type { EndingKind, ProtectiveAction } from '../../format/taxonomy.js';
import { DEFAULT_DIALECT, formatNumber, formatPercent, writeCsv, type CsvDialect } from './csv.js';
import { childNumbers, type ExportNames, type Labeller } from './labels.js';

/** The attempt CSV's columns, in their default order (the screens give each a header). */
export const ATTEMPT_COLUMNS = [
  'class',
  'nickname',
  'child',
  'ageBand',
  'story',
  'storyVersion',
  'attempt',
  'started',
  'ended',
  'minutes',
  'completed',
  'endingKind',
  'ending',
  'signsSpotted',
  'signsMissed',
  'spottedPercent',
  'flags',
  'falseFlags',
  'signNamedWrong',
  'protectiveActions',
  'actionsTaken',
  'safeChoices',
  'neutralChoices',
  'riskyChoices',
  'source',
] as const;
export type AttemptColumn = (typeof ATTEMPT_COLUMNS)[number];

/** An attempt's row with plain values (codes, numbers, times in ms): what the JSON export holds. */
export interface AttemptRow {
  class: string;
  nickname: string;
  child: string;
  ageBand: string;
  story: string;
  storyVersion: number;
  attempt: string;
  started: number;
  ended: number;
  minutes: number;
  completed: boolean;
  endingKind: EndingKind | null;
  ending: string | null;
  signsSpotted: number;
  signsMissed: number;
  /** 0 to 1, or null when no sign was shown. */
  spottedShare: number | null;
  flags: number;
  falseFlags: number;
  signNamedWrong: number;
  protectiveActions: number;
  actionsTaken: ProtectiveAction[];
  safeChoices: number;
  neutralChoices: number;
  riskyChoices: number;
  source: ClassAttempt['source'];
}

const cmp = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

export function attemptRows(attempts: readonly ClassAttempt[], names: ExportNames = {}): AttemptRow[] {
  const numbers = names.pseudonym ? childNumbers(attempts) : null;
  const rows = attempts.map((a): AttemptRow => {
    const f = attemptFacts(a);
    const n = numbers?.get(a.childKey);
    return {
      class: a.classCode,
      nickname: n !== undefined && names.pseudonym ? names.pseudonym(n) : a.nickname,
      child: n !== undefined ? String(n) : a.childKey,
      ageBand: a.ageBand,
      story: a.scenarioId,
      storyVersion: a.scenarioVersion,
      attempt: a.id,
      started: a.startedAt,
      ended: a.endedAt,
      minutes: f.minutes,
      completed: f.completed,
      endingKind: f.endingKind,
      ending: f.endingNode,
      signsSpotted: f.spotted,
      signsMissed: f.missed,
      spottedShare: f.spottedShare,
      flags: f.flags,
      falseFlags: f.falseFlags,
      signNamedWrong: f.signNamedWrong,
      protectiveActions: f.protectiveUses,
      actionsTaken: f.protectiveActions,
      safeChoices: f.safeChoices,
      neutralChoices: f.neutralChoices,
      riskyChoices: f.riskyChoices,
      source: a.source,
    };
  });
  const childOrder = (r: AttemptRow) => (numbers ? r.child.padStart(12, '0') : r.nickname);
  return rows.sort(
    (a, b) =>
      cmp(a.class, b.class) ||
      cmp(childOrder(a), childOrder(b)) ||
      cmp(a.child, b.child) ||
      cmp(a.story, b.story) ||
      a.started - b.started ||
      cmp(a.attempt, b.attempt),
  );
}

/** "2026-03-02 13:05" in the device's time zone: what spreadsheet programs read as a date and time. */
export function localDateTime(ms: number): string {
  const d = new Date(ms);
  const two = (n: number) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${two(d.getMonth() + 1)}-${two(d.getDate())} ${two(d.getHours())}:${two(d.getMinutes())}`;
}

export interface AttemptCsvOptions extends ExportNames {
  /** The header of every column, in the teacher's language. */
  headers: Record<AttemptColumn, string>;
  /** Which columns, in which order (default: all, in ATTEMPT_COLUMNS order). */
  columns?: readonly AttemptColumn[];
  label?: Labeller;
  dialect?: CsvDialect;
  /** How a time is written (default `localDateTime`). */
  formatTime?: (ms: number) => string;
}

export function attemptsCsv(attempts: readonly ClassAttempt[], options: AttemptCsvOptions): string {
  const columns = options.columns ?? ATTEMPT_COLUMNS;
  const dialect = options.dialect ?? DEFAULT_DIALECT;
  const label: Labeller = options.label ?? (() => undefined);
  const time = options.formatTime ?? localDateTime;
  const name = (kind: Parameters<Labeller>[0], code: string, scenarioId?: string) =>
    label(kind, code, scenarioId) ?? code;
  const int = (n: number) => String(n);
  const cell: Record<AttemptColumn, (r: AttemptRow) => string> = {
    class: (r) => r.class,
    nickname: (r) => r.nickname,
    child: (r) => r.child,
    ageBand: (r) => name('age-band', r.ageBand),
    story: (r) => name('story', r.story),
    storyVersion: (r) => int(r.storyVersion),
    attempt: (r) => r.attempt,
    started: (r) => time(r.started),
    ended: (r) => time(r.ended),
    minutes: (r) => formatNumber(r.minutes, 1, dialect),
    completed: (r) => name('yes-no', r.completed ? 'yes' : 'no'),
    endingKind: (r) => (r.endingKind ? name('ending-kind', r.endingKind) : ''),
    ending: (r) => (r.ending ? name('ending', r.ending, r.story) : ''),
    signsSpotted: (r) => int(r.signsSpotted),
    signsMissed: (r) => int(r.signsMissed),
    spottedPercent: (r) => formatPercent(r.spottedShare, dialect),
    flags: (r) => int(r.flags),
    falseFlags: (r) => int(r.falseFlags),
    signNamedWrong: (r) => int(r.signNamedWrong),
    protectiveActions: (r) => int(r.protectiveActions),
    actionsTaken: (r) => r.actionsTaken.map((a) => name('action', a)).join('; '),
    safeChoices: (r) => int(r.safeChoices),
    neutralChoices: (r) => int(r.neutralChoices),
    riskyChoices: (r) => int(r.riskyChoices),
    source: (r) => name('source', r.source),
  };
  const rows = attemptRows(attempts, options).map((r) => columns.map((c) => cell[c](r)));
  return writeCsv(
    columns.map((c) => options.headers[c]),
    rows,
    dialect,
  );
}
