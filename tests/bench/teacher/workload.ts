/**
 * What the teacher benchmark measures, the same code in Node and in the
 * browser page: import (decode every hand-in, check its class, turn it into
 * class attempts, drop repeats as the teacher's store would), summarise,
 * and write the attempt CSV.
 */
import { attemptsCsv, ATTEMPT_COLUMNS } from '../../../src/teacher/export/index.js';
import { checkClass, decodeHandIn, toClassAttempts } from '../../../src/teacher/handin/index.js';
import type { ClassAttempt, TeacherClass } from '../../../src/teacher/model.js';
import { summarise, type StoryFacts, type Summary } from '../../../src/teacher/summary/index.js';

export interface BenchData {
  classes: TeacherClass[];
  facts: StoryFacts[];
  /** One hand-in file (JSON text) per child. */
  files: string[];
  /** The same hand-ins in their compact (QR) form. */
  compacts: string[];
}

export interface Timings {
  importMs: number;
  compactImportMs: number;
  summaryMs: number;
  csvMs: number;
  attempts: number;
  csvChars: number;
}

async function importAll(
  texts: readonly string[],
  classes: readonly TeacherClass[],
): Promise<ClassAttempt[]> {
  const byId = new Map<string, ClassAttempt>();
  for (const text of texts) {
    const decoded = await decodeHandIn(text);
    if (!decoded.ok)
      throw new Error(`a generated hand-in was refused: ${decoded.reason} (${decoded.detail})`);
    const match = checkClass(decoded.handIn, classes);
    if (!match.ok) throw new Error('a generated hand-in names no class');
    for (const a of toClassAttempts(decoded.handIn, {
      classCode: match.class.code,
      source: 'file',
      importedAt: 0,
    })) {
      if (!byId.has(a.id)) byId.set(a.id, a);
    }
  }
  return [...byId.values()];
}

const HEADERS = Object.fromEntries(ATTEMPT_COLUMNS.map((c) => [c, c])) as Record<
  (typeof ATTEMPT_COLUMNS)[number],
  string
>;

export async function runOnce(data: BenchData): Promise<Timings & { summary: Summary }> {
  let t = performance.now();
  const attempts = await importAll(data.files, data.classes);
  const importMs = performance.now() - t;

  t = performance.now();
  const fromCodes = await importAll(data.compacts, data.classes);
  const compactImportMs = performance.now() - t;
  if (fromCodes.length !== attempts.length) throw new Error('the compact hand-ins gave other results');

  t = performance.now();
  const summary = summarise(attempts, data.facts, { classes: data.classes });
  const summaryMs = performance.now() - t;

  t = performance.now();
  const csv = attemptsCsv(attempts, { headers: HEADERS });
  const csvMs = performance.now() - t;
  return {
    importMs,
    compactImportMs,
    summaryMs,
    csvMs,
    attempts: attempts.length,
    csvChars: csv.length,
    summary,
  };
}
