/**
 * The JSON export: the same rows as the attempt CSV (plain values: codes,
 * numbers, times in milliseconds) and the summary, in one versioned
 * document for anyone who wants to work with the data in another tool.
 * With `pseudonym`, nicknames and profile keys are replaced everywhere,
 * the summary's per-child view included.
 */
import type { ClassAttempt } from '../model.js';
import type { ChildSummary, ClassSummary, Summary } from '../summary/types.js';
import { attemptRows, type AttemptRow } from './attempts.js';
import { childNumbers, type ExportNames } from './labels.js';

export const EXPORT_FORMAT = 'escudo-class-results';
export const EXPORT_VERSION = 1;

export interface ClassResultsExport {
  format: typeof EXPORT_FORMAT;
  version: number;
  /** ISO 8601, UTC. */
  exportedAt: string;
  attempts: AttemptRow[];
  summary: Summary | ClassSummary;
}

export interface JsonExportInput extends ExportNames {
  attempts: readonly ClassAttempt[];
  summary: Summary | ClassSummary;
  exportedAt: number;
}

function renameChildren(summary: ClassSummary, rename: (c: ChildSummary) => ChildSummary): ClassSummary {
  return { ...summary, children: summary.children.map(rename) };
}

export function buildJsonExport(input: JsonExportInput): ClassResultsExport {
  let summary = input.summary;
  const pseudonym = input.pseudonym;
  if (pseudonym) {
    const numbers = childNumbers(input.attempts);
    const rename = (c: ChildSummary): ChildSummary => {
      const n = numbers.get(c.childKey) ?? 0;
      return { ...c, childKey: String(n), nickname: pseudonym(n) };
    };
    summary =
      'classes' in summary
        ? {
            ...summary,
            classes: summary.classes.map((c) => renameChildren(c, rename)),
            all: renameChildren(summary.all, rename),
          }
        : renameChildren(summary, rename);
  }
  return {
    format: EXPORT_FORMAT,
    version: EXPORT_VERSION,
    exportedAt: new Date(input.exportedAt).toISOString(),
    attempts: attemptRows(input.attempts, input),
    summary,
  };
}

export function jsonExport(input: JsonExportInput): string {
  return JSON.stringify(buildJsonExport(input), null, 2);
}
