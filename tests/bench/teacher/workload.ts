/**
 * What the teacher benchmark measures, the same code in Node and in the
 * browser page: import (decode every hand-in, check its class, turn it into
 * class attempts, drop repeats as the teacher's store would), summarise,
 * and write the attempt CSV.
 */
import { attemptsCsv, ATTEMPT_COLUMNS } from '../../../src/teacher/export/index.js';
import { checkClass, decodeHandIns, toClassAttempts } from '../../../src/teacher/handin/index.js';
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
  /** The floor in the same run: JSON.parse of every file, nothing else (machine speed, not our code). */
  baselineMs: number;
  /** The import one file after another (each checksum awaited before the next file starts). */
  sequentialMs: number;
  /** The import with eight files under way at once, so checksums overlap. */
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
  concurrency: number,
): Promise<ClassAttempt[]> {
  const decoded = await decodeHandIns(texts, { concurrency });
  const byId = new Map<string, ClassAttempt>();
  for (const d of decoded) {
    if (!d.ok) throw new Error(`a generated hand-in was refused: ${d.reason} (${d.detail})`);
    const match = checkClass(d.handIn, classes);
    if (!match.ok) throw new Error('a generated hand-in names no class');
    for (const a of toClassAttempts(d.handIn, {
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
  let parsed = 0;
  for (const file of data.files) if (JSON.parse(file)) parsed++;
  const baselineMs = performance.now() - t;
  if (parsed !== data.files.length) throw new Error('a file did not parse');

  t = performance.now();
  await importAll(data.files, data.classes, 1);
  const sequentialMs = performance.now() - t;

  t = performance.now();
  const attempts = await importAll(data.files, data.classes, 8);
  const importMs = performance.now() - t;

  t = performance.now();
  const fromCodes = await importAll(data.compacts, data.classes, 8);
  const compactImportMs = performance.now() - t;
  if (fromCodes.length !== attempts.length) throw new Error('the compact hand-ins gave other results');

  t = performance.now();
  const summary = summarise(attempts, data.facts, { classes: data.classes });
  const summaryMs = performance.now() - t;

  t = performance.now();
  const csv = attemptsCsv(attempts, { headers: HEADERS });
  const csvMs = performance.now() - t;
  return {
    sequentialMs,
    baselineMs,
    importMs,
    compactImportMs,
    summaryMs,
    csvMs,
    attempts: attempts.length,
    csvChars: csv.length,
    summary,
  };
}
