/**
 * Writing CSV for spreadsheet programs, through papaparse's `unparse`:
 * - UTF-8 with a byte order mark, so Excel opens "María" and "Conceição"
 *   correctly instead of guessing an old code page;
 * - RFC 4180: fields quoted when they hold the delimiter, a quote, a line
 *   break or edge spaces, quotes doubled, records ended by CRLF;
 * - formula injection neutralised (OWASP "CSV Injection"): a cell that a
 *   spreadsheet could run as a formula gets a leading apostrophe, which
 *   spreadsheets show as text.
 *
 * papaparse's own `escapeFormulae: true` tests `/^[=+\-@\t\r].*$/`, whose
 * `.` stops at a line break, so "=HYPERLINK(…)\nx" slips through; and it
 * skips numbers, so -3 stays a bare "-3". We pass it our own pattern (below)
 * and hand it every cell as text, so every cell is checked.
 */
import Papa from 'papaparse';

/**
 * What makes a cell dangerous: it starts with = + - @ (or their full-width
 * forms, which some spreadsheet programs read alike), possibly after spaces,
 * or with a tab or a carriage return.
 */
export const FORMULA_TRIGGER = /^(?:[\t\r]|[\s\u00a0\u3000]*[=+\-@\uff1d\uff0b\uff0d\uff20])/u;

/** The cell as it will be written: with the neutralising apostrophe when it needs one. */
export function neutraliseCell(text: string): string {
  return FORMULA_TRIGGER.test(text) ? `'${text}` : text;
}

export interface CsvDialect {
  /** `;` where the decimal mark is a comma (Brazil, much of Latin America), so columns still split. */
  delimiter: ',' | ';';
  decimal: '.' | ',';
}

export const DEFAULT_DIALECT: CsvDialect = { delimiter: ',', decimal: '.' };

/**
 * The dialect a spreadsheet in this language expects: where numbers are
 * written "1,5", list separators are ";" (what Excel and LibreOffice use in
 * those locales). `locale` is a language tag such as "pt-BR" or "es-AR".
 */
export function csvDialectFor(locale: string): CsvDialect {
  try {
    const parts = new Intl.NumberFormat(locale).formatToParts(1.5);
    const decimal = parts.find((p) => p.type === 'decimal')?.value;
    return decimal === ',' ? { delimiter: ';', decimal: ',' } : DEFAULT_DIALECT;
  } catch {
    return DEFAULT_DIALECT;
  }
}

const BOM = '\ufeff';

/** A whole CSV document: header row, then the rows, every cell already text. */
export function writeCsv(
  header: readonly string[],
  rows: readonly (readonly string[])[],
  dialect: CsvDialect = DEFAULT_DIALECT,
): string {
  // The header goes in as the first row: given `fields` and no data, unparse would add an
  // empty record (it wraps the empty data list as one row).
  const body = Papa.unparse([[...header], ...rows.map((r) => [...r])], {
    delimiter: dialect.delimiter,
    newline: '\r\n',
    quotes: false,
    escapeFormulae: FORMULA_TRIGGER,
    header: false,
  });
  return BOM + body;
}

/** Numbers as a spreadsheet reads them: fixed decimals, the dialect's mark, no thousands separator. */
export function formatNumber(value: number | null, decimals: number, dialect: CsvDialect): string {
  if (value === null || !Number.isFinite(value)) return '';
  const text = decimals === 0 ? String(Math.round(value)) : value.toFixed(decimals);
  return dialect.decimal === ',' ? text.replace('.', ',') : text;
}

/** A share (0 to 1) as a whole percentage; empty when unknown. */
export function formatPercent(share: number | null, dialect: CsvDialect): string {
  return share === null ? '' : formatNumber(share * 100, 0, dialect);
}
