/**
 * Exports: CSV a spreadsheet opens safely and correctly (BOM, RFC 4180,
 * CRLF, no cell that could run as a formula), that parses back to the same
 * values, and figures that add up to the summary's.
 */
import fc from 'fast-check';
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import {
  ATTEMPT_COLUMNS,
  SIGN_COLUMNS,
  SUMMARY_COLUMNS,
  attemptsCsv,
  buildJsonExport,
  csvDialectFor,
  jsonExport,
  neutraliseCell,
  signsCsv,
  summaryCsv,
  writeCsv,
  type AttemptColumn,
  type CsvDialect,
  type Labeller,
} from '../../../src/teacher/export/index.js';
import type { ClassAttempt } from '../../../src/teacher/model.js';
import { summarise } from '../../../src/teacher/summary/index.js';
import { facts, goldenAttempts } from './golden-plays.js';

/** The OWASP list: a cell starting with one of these may run as a formula. */
const OWASP_TRIGGER = /^[=+\-@\t\r]/;

function parse(csv: string, dialect: CsvDialect = { delimiter: ',', decimal: '.' }): string[][] {
  expect(csv.startsWith('\ufeff')).toBe(true);
  const result = Papa.parse<string[]>(csv, { delimiter: dialect.delimiter, newline: '\r\n' });
  expect(result.errors).toEqual([]);
  return result.data;
}

const headersOf = <K extends string>(keys: readonly K[]) =>
  Object.fromEntries(keys.map((k) => [k, `«${k}»`])) as Record<K, string>;

const attempts = goldenAttempts();
const summary = summarise(attempts, facts, { classes: [{ code: 'KXR-479' }, { code: 'PTW-236' }] });

describe('neutralising formulas', () => {
  it('prefixes an apostrophe to every cell a spreadsheet could run, and to nothing else', () => {
    for (const bad of [
      '=1+1',
      '+1',
      '-1',
      '@SUM(A1)',
      '\tx',
      '\rx',
      ' =1',
      '\u00a0-2',
      '＝1',
      '=1\n2',
      '-',
    ]) {
      expect(neutraliseCell(bad), JSON.stringify(bad)).toBe(`'${bad}`);
    }
    for (const fine of ['Ana', '12', '1-2', "'=x", '', ' a', 'a=b', 'e-mail', '\nx']) {
      expect(neutraliseCell(fine), JSON.stringify(fine)).toBe(fine);
    }
  });

  it('covers what papaparse’s own escapeFormulae misses (a formula over several lines)', () => {
    // Why we pass our own pattern: the library's default lets this through unchanged.
    const theirs = Papa.unparse([['=HYPERLINK("x")\nmore']], { escapeFormulae: true });
    expect(theirs.startsWith('"=')).toBe(true);
    const ours = parse(writeCsv(['h'], [['=HYPERLINK("x")\nmore']]));
    expect(ours[1]).toEqual(['\'=HYPERLINK("x")\nmore']);
  });
});

describe('the CSV format', () => {
  it('writes a BOM, CRLF between records and RFC 4180 quoting', () => {
    const csv = writeCsv(
      ['name', 'note'],
      [
        ['María', 'a, b'],
        ['Conceição', 'say "hi"'],
        ['Zoë', 'two\r\nlines'],
      ],
    );
    expect(csv).toBe('\ufeffname,note\r\nMaría,"a, b"\r\nConceição,"say ""hi"""\r\nZoë,"two\r\nlines"');
    expect(parse(csv)).toEqual([
      ['name', 'note'],
      ['María', 'a, b'],
      ['Conceição', 'say "hi"'],
      ['Zoë', 'two\r\nlines'],
    ]);
  });

  it('picks the delimiter and decimal mark a spreadsheet in the device’s locale expects', () => {
    expect(csvDialectFor('en')).toEqual({ delimiter: ',', decimal: '.' });
    expect(csvDialectFor('es-MX')).toEqual({ delimiter: ',', decimal: '.' });
    expect(csvDialectFor('pt-BR')).toEqual({ delimiter: ';', decimal: ',' });
    expect(csvDialectFor('es-AR')).toEqual({ delimiter: ';', decimal: ',' });
    expect(csvDialectFor('not a locale!')).toEqual({ delimiter: ',', decimal: '.' });
  });

  // Text with everything that breaks CSV or spreadsheets: triggers first, quotes, both
  // delimiters, line breaks of every kind, a BOM, non-ASCII.
  const nasty = fc.oneof(
    fc.string({ unit: 'binary', maxLength: 12 }),
    fc
      .tuple(fc.constantFrom('=', '+', '-', '@', '\t', '\r', ' =', '＝', '\n='), fc.string({ maxLength: 8 }))
      .map(([a, b]) => a + b),
    fc
      .array(fc.constantFrom('"', ',', ';', '\r', '\n', '\ufeff', ' ', 'a', 'é', '='), { maxLength: 8 })
      .map((cs) => cs.join('')),
  );
  const table = fc.integer({ min: 1, max: 5 }).chain((width) =>
    fc.tuple(
      // Headers are the screens' words, never empty (a document of one empty cell is no CSV at all).
      fc.array(
        nasty.filter((h) => h.length > 0),
        { minLength: width, maxLength: width },
      ),
      fc.array(fc.array(nasty, { minLength: width, maxLength: width }), { maxLength: 4 }),
      fc.constantFrom<CsvDialect>({ delimiter: ',', decimal: '.' }, { delimiter: ';', decimal: ',' }),
    ),
  );

  it('over 10,000 random tables: no cell starts with a formula trigger, and every value comes back', () => {
    fc.assert(
      fc.property(table, ([header, rows, dialect]) => {
        const back = parse(writeCsv(header, rows, dialect), dialect);
        const sent = [header, ...rows];
        expect(back).toHaveLength(sent.length);
        back.forEach((row, r) => {
          expect(row).toHaveLength(sent[r]!.length);
          row.forEach((cell, c) => {
            expect(cell).not.toMatch(OWASP_TRIGGER);
            const original = sent[r]![c]!;
            expect(cell).toBe(neutraliseCell(original));
          });
        });
      }),
      { numRuns: 10_000 },
    );
  });

  it('neutralises names and labels in the attempt CSV, whatever they are', () => {
    const base = attempts[0]!;
    fc.assert(
      fc.property(nasty, nasty, nasty, (nickname, classCode, word) => {
        const attempt: ClassAttempt = { ...base, nickname, classCode };
        const label: Labeller = () => word;
        const csv = attemptsCsv([attempt], { headers: headersOf(ATTEMPT_COLUMNS), label });
        const [header, row] = parse(csv);
        for (const cell of [...header!, ...row!]) expect(cell).not.toMatch(OWASP_TRIGGER);
        expect(row![ATTEMPT_COLUMNS.indexOf('nickname')]).toBe(neutraliseCell(nickname));
        expect(row![ATTEMPT_COLUMNS.indexOf('class')]).toBe(neutraliseCell(classCode));
        expect(row![ATTEMPT_COLUMNS.indexOf('endingKind')]).toBe(neutraliseCell(word));
      }),
      { numRuns: 1000 },
    );
  });
});

describe('the attempt CSV', () => {
  const utc = (ms: number) => new Date(ms).toISOString().slice(0, 16).replace('T', ' ');

  it('has the headers the screens gave, one row per attempt, and the summary’s figures', () => {
    const rows = parse(attemptsCsv(attempts, { headers: headersOf(ATTEMPT_COLUMNS), formatTime: utc }));
    expect(rows[0]).toEqual(ATTEMPT_COLUMNS.map((c) => `«${c}»`));
    expect(rows).toHaveLength(1 + attempts.length);
    const col = (name: AttemptColumn) => ATTEMPT_COLUMNS.indexOf(name);
    // Sorted by class code, then nickname, then story and start: Bruno's "kxr479" sorts after "KXR-479".
    expect(rows.slice(1).map((r) => r[col('attempt')])).toEqual(['a1', 'a2', 'b2', 'c2', 'c1', 'b1']);
    const a1 = rows[1]!;
    expect(Object.fromEntries(ATTEMPT_COLUMNS.map((c) => [c, a1[col(c)]]))).toEqual({
      class: 'KXR-479',
      nickname: 'Ana',
      child: 'child-ana',
      ageBand: '11-14',
      story: 'the-password',
      storyVersion: '1',
      attempt: 'a1',
      started: '2026-03-02 13:00',
      ended: '2026-03-02 13:06',
      minutes: '6.0',
      completed: 'yes',
      endingKind: 'supported',
      ending: 'end-supported',
      signsSpotted: '1',
      signsMissed: '7',
      spottedPercent: '13', // 1 of 8 = 12.5 %
      flags: '1',
      falseFlags: '0',
      signNamedWrong: '0',
      protectiveActions: '0',
      actionsTaken: '',
      safeChoices: '6',
      neutralChoices: '1',
      riskyChoices: '2',
      source: 'file',
    });
    // The columns add up to the summary's figures.
    const sum = (name: AttemptColumn) => rows.slice(1).reduce((n, r) => n + Number(r[col(name)]), 0);
    expect(sum('signsSpotted')).toBe(summary.all.figures.spotted);
    expect(sum('signsMissed')).toBe(summary.all.figures.missed);
    expect(sum('falseFlags')).toBe(summary.all.figures.falseFlags);
    expect(sum('riskyChoices')).toBe(summary.all.figures.choices.risky);
    expect(sum('minutes')).toBeCloseTo(summary.all.figures.minutesPlayed);
  });

  it('writes the screens’ words for codes, in the chosen columns and dialect', () => {
    const label: Labeller = (kind, code, scenarioId) =>
      kind === 'ending'
        ? `${scenarioId}/${code}`
        : kind === 'yes-no'
          ? code === 'yes'
            ? 'sí'
            : 'no'
          : `${kind}:${code}`;
    const columns = ['nickname', 'story', 'completed', 'ending', 'minutes', 'actionsTaken'] as const;
    const rows = parse(
      attemptsCsv(attempts, {
        headers: headersOf(ATTEMPT_COLUMNS),
        columns,
        label,
        dialect: { delimiter: ';', decimal: ',' },
      }),
      { delimiter: ';', decimal: ',' },
    );
    expect(rows[0]).toEqual(columns.map((c) => `«${c}»`));
    expect(rows[2]).toEqual([
      'Ana',
      'story:the-password',
      'sí',
      'the-password/end-helped',
      '4,0',
      'action:block',
    ]);
    expect(rows[3]).toEqual(['Bruno', 'story:the-password', 'no', '', '1,0', '']);
  });

  it('leaves no nickname or profile key in an anonymous export', () => {
    const pseudonym = (n: number) => `Niño ${n}`;
    const csv = attemptsCsv(attempts, { headers: headersOf(ATTEMPT_COLUMNS), pseudonym });
    const json = jsonExport({ attempts, summary, exportedAt: 0, pseudonym });
    for (const text of [csv, json]) {
      for (const secret of ['Ana', 'Bruno', 'Carla', 'child-ana', 'child-bruno', 'child-carla']) {
        expect(text).not.toContain(secret);
      }
    }
    const rows = parse(csv);
    expect(new Set(rows.slice(1).map((r) => r[ATTEMPT_COLUMNS.indexOf('nickname')]))).toEqual(
      new Set(['Niño 1', 'Niño 2', 'Niño 3']),
    );
  });
});

describe('the summary CSVs', () => {
  it('has a row per class, topic and story with the summary’s figures', () => {
    const rows = parse(summaryCsv(summary, { headers: headersOf(SUMMARY_COLUMNS) }));
    const col = (name: (typeof SUMMARY_COLUMNS)[number]) => SUMMARY_COLUMNS.indexOf(name);
    expect(rows.slice(1).map((r) => [r[col('class')], r[col('scope')], r[col('item')]])).toEqual([
      ['KXR-479', 'class', ''],
      ['KXR-479', 'topic', 'privacy'],
      ['KXR-479', 'story', 'the-password'],
      ['PTW-236', 'class', ''],
      ['PTW-236', 'topic', 'grooming'],
      ['PTW-236', 'topic', 'privacy'],
      ['PTW-236', 'story', 'the-password'],
      ['PTW-236', 'story', 'the-secret-gift'],
    ]);
    const k = rows[1]!;
    expect(
      [
        'children',
        'attempts',
        'completed',
        'completionPercent',
        'minutesPlayed',
        'medianMinutes',
        'endingsSupported',
        'signsSpotted',
        'signsMissed',
        'spottedPercent',
        'usedBlock',
        'riskyChoices',
        'playedAgain',
        'improved',
        'firstSpottedPercent',
        'bestSpottedPercent',
      ].map((c) => k[col(c as (typeof SUMMARY_COLUMNS)[number])]),
    ).toEqual(['2', '4', '3', '75', '14.0', '3.5', '1', '5', '13', '28', '1', '3', '2', '1', '11', '40']);
  });

  it('writes all classes together under the screens’ label, and the signs one row each', () => {
    const rows = parse(
      summaryCsv(summary.all, { headers: headersOf(SUMMARY_COLUMNS), allClassesLabel: 'Todas' }),
    );
    expect(rows[1]!.slice(0, 3)).toEqual(['Todas', 'class', '']);
    const signs = parse(signsCsv(summary, { headers: headersOf(SIGN_COLUMNS) }));
    expect(signs[1]).toEqual(['KXR-479', 'class', '', 'info-probing', '1', '3', '25']);
    // Every class, topic and story row repeats its signs: 6 + 6 + 6 for KXR-479, 4 + 3 + 1 + 1 + 3 for PTW-236.
    expect(signs).toHaveLength(1 + 18 + 12);
  });
});

describe('the JSON export', () => {
  it('holds the same rows and the summary, versioned', () => {
    const exported = JSON.parse(
      jsonExport({ attempts, summary, exportedAt: Date.UTC(2026, 2, 9) }),
    ) as ReturnType<typeof buildJsonExport>;
    expect(exported.format).toBe('escudo-class-results');
    expect(exported.version).toBe(1);
    expect(exported.exportedAt).toBe('2026-03-09T00:00:00.000Z');
    expect(exported.attempts.map((r) => r.attempt)).toEqual(['a1', 'a2', 'b2', 'c2', 'c1', 'b1']);
    expect(exported.attempts[0]).toMatchObject({
      signsSpotted: 1,
      signsMissed: 7,
      spottedShare: 1 / 8,
      endingKind: 'supported',
    });
    expect(exported.summary).toEqual(JSON.parse(JSON.stringify(summary)));
  });
});
