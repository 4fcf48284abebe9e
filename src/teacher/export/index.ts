/** Exports of a class's results: CSV per attempt, summary CSVs, JSON (docs/teacher-data.md). */
export {
  FORMULA_TRIGGER,
  DEFAULT_DIALECT,
  csvDialectFor,
  formatNumber,
  formatPercent,
  neutraliseCell,
  writeCsv,
  type CsvDialect,
} from './csv.js';
export { childNumbers, type ExportNames, type LabelKind, type Labeller } from './labels.js';
export {
  ATTEMPT_COLUMNS,
  attemptRows,
  attemptsCsv,
  localDateTime,
  type AttemptColumn,
  type AttemptCsvOptions,
  type AttemptRow,
} from './attempts.js';
export {
  SIGN_COLUMNS,
  SUMMARY_COLUMNS,
  signsCsv,
  summaryCsv,
  type SignColumn,
  type SummaryColumn,
  type SummaryCsvOptions,
  type SummaryScope,
} from './summary-csv.js';
export {
  EXPORT_FORMAT,
  EXPORT_VERSION,
  buildJsonExport,
  jsonExport,
  type ClassResultsExport,
  type JsonExportInput,
} from './json.js';
