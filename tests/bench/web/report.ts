// Turns measurements into the PASS/FAIL table the benchmark prints.

export interface Figure {
  name: string;
  target: string;
  /** Human-readable measurement, or why it could not be measured. */
  measured: string;
  /** null when not measured. */
  pass: boolean | null;
  value: number | null;
  unit: string;
}

export function median(values: number[]): number {
  const sorted = values.filter((v) => Number.isFinite(v)).sort((a, b) => a - b);
  if (sorted.length === 0) return Number.NaN;
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

export const kib = (bytes: number): string => `${(bytes / 1024).toFixed(1)} KB`;

export function figure(
  name: string,
  target: string,
  value: number | null,
  unit: string,
  passes: (v: number) => boolean,
  show: (v: number) => string,
  whyMissing = 'not measured',
): Figure {
  if (value === null || !Number.isFinite(value)) {
    return { name, target, measured: whyMissing, pass: null, value: null, unit };
  }
  return { name, target, measured: show(value), pass: passes(value), value, unit };
}

export function table(figures: Figure[]): string {
  const rows = [
    ['figure', 'target', 'measured', 'result'],
    ...figures.map((f) => [
      f.name,
      f.target,
      f.measured,
      f.pass === null ? (f.value === null ? 'N/A' : '') : f.pass ? 'PASS' : 'FAIL',
    ]),
  ];
  const widths = rows[0]!.map((_, c) => Math.min(60, Math.max(...rows.map((r) => r[c]!.length))));
  const line = (r: string[]) => r.map((cell, c) => cell.padEnd(widths[c]!)).join('  ');
  return [line(rows[0]!), widths.map((w) => '-'.repeat(w)).join('  '), ...rows.slice(1).map(line)].join('\n');
}
