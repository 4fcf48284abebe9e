/**
 * The class's results as files: the attempt CSV, the summary CSV, the
 * warning-signs CSV and the JSON export (src/teacher/export), in the
 * teacher's words and the device's spreadsheet dialect. Nicknames are in
 * them only when the teacher asks; otherwise every child is "Student 1",
 * "Student 2"… File names carry the class code and the date, never a
 * nickname. Pure (the page saves the text), so it is unit-tested.
 */
import {
  ATTEMPT_COLUMNS,
  SIGN_COLUMNS,
  SUMMARY_COLUMNS,
  attemptsCsv,
  jsonExport,
  signsCsv,
  summaryCsv,
  type CsvDialect,
} from '../export/index';
import type { ClassAttempt } from '../model';
import type { ClassSummary } from '../summary/index';
import { exportLabeller, type SummaryWords } from './words';

export const DOWNLOADS = ['attempts', 'summary', 'signs', 'json'] as const;
export type DownloadKind = (typeof DOWNLOADS)[number];

export interface DownloadInput {
  classCode: string;
  attempts: readonly ClassAttempt[];
  summary: ClassSummary;
  words: SummaryWords;
  dialect: CsvDialect;
  includeNicknames: boolean;
  now: number;
}

export interface DownloadFile {
  name: string;
  type: string;
  text: string;
}

/** "2026-12-03" in the device's time zone. */
function localDate(ms: number): string {
  const d = new Date(ms);
  const two = (n: number) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${two(d.getMonth() + 1)}-${two(d.getDate())}`;
}

/** A header per column key, from `summary.export.<key>`. */
function headers<C extends string>(columns: readonly C[], w: SummaryWords): Record<C, string> {
  return Object.fromEntries(columns.map((c) => [c, w.t(`summary.export.${c}`)])) as Record<C, string>;
}

export function downloadFile(kind: DownloadKind, input: DownloadInput): DownloadFile {
  const { words: w, dialect } = input;
  const label = exportLabeller(w);
  const pseudonym = input.includeNicknames ? undefined : (n: number) => w.t('summary.childNumber', { n });
  // The class code may hold only letters, digits and dashes (the store's rule); kept safe for a file name anyway.
  const base = `escudo-${input.classCode.replace(/[^A-Za-z0-9-]/g, '')}`;
  const day = localDate(input.now);
  const csv = 'text/csv;charset=utf-8';
  switch (kind) {
    case 'attempts':
      return {
        name: `${base}-results-${day}.csv`,
        type: csv,
        text: attemptsCsv(input.attempts, {
          headers: headers(ATTEMPT_COLUMNS, w),
          label,
          dialect,
          ...(pseudonym ? { pseudonym } : {}),
        }),
      };
    case 'summary':
      return {
        name: `${base}-summary-${day}.csv`,
        type: csv,
        text: summaryCsv(input.summary, { headers: headers(SUMMARY_COLUMNS, w), label, dialect }),
      };
    case 'signs':
      return {
        name: `${base}-signs-${day}.csv`,
        type: csv,
        text: signsCsv(input.summary, { headers: headers(SIGN_COLUMNS, w), label, dialect }),
      };
    case 'json':
      return {
        name: `${base}-results-${day}.json`,
        type: 'application/json',
        text: jsonExport({
          attempts: input.attempts,
          summary: input.summary,
          exportedAt: input.now,
          ...(pseudonym ? { pseudonym } : {}),
        }),
      };
  }
}
