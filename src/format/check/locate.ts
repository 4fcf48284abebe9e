/**
 * Where things are: every analysis reports a path into the data (such as
 * `['nodes', 'intro', 'choices', 1, 'goto']`) and a locator turns it into a
 * file, line and column. YAML files have real positions; packs (JSON) do not.
 */
import type { Finding } from '../load.js';

export type Path = readonly (string | number)[];

export interface Position {
  line: number;
  column: number;
}

export interface FileLocator {
  file: string;
  /**
   * Position of the value at `path`, or of its key with `part: 'key'`. When the
   * path does not exist, the nearest existing ancestor's position.
   */
  at(path: Path, part?: 'key' | 'value'): Position;
  /** Position of character `offset` inside the text value at `path`. */
  inText(path: Path, offset: number): Position;
}

/** A locator for data with no source positions (a pack): line and column 0. */
export function unlocated(file: string): FileLocator {
  return { file, at: () => ({ line: 0, column: 0 }), inText: () => ({ line: 0, column: 0 }) };
}

/** Collects findings for one file. */
export class Reporter {
  constructor(private readonly out: Finding[]) {}

  add(
    locator: FileLocator,
    severity: Finding['severity'],
    code: string,
    message: string,
    path: Path = [],
    part: 'key' | 'value' = 'value',
  ): void {
    const { line, column } = locator.at(path, part);
    this.out.push({ severity, code, file: locator.file, line, column, message });
  }

  addAt(
    locator: FileLocator,
    severity: Finding['severity'],
    code: string,
    message: string,
    pos: Position,
  ): void {
    this.out.push({ severity, code, file: locator.file, line: pos.line, column: pos.column, message });
  }
}

/** Findings in a stable order: by file, line, column, then code. */
export function sortFindings(findings: Finding[]): Finding[] {
  return [...findings].sort(
    (a, b) =>
      (a.file < b.file ? -1 : a.file > b.file ? 1 : 0) ||
      a.line - b.line ||
      a.column - b.column ||
      (a.code < b.code ? -1 : a.code > b.code ? 1 : 0),
  );
}

/** `nodes.intro.choices[1].rating`: a path as authors see it in the file. */
export function describePath(path: Path): string {
  let out = '';
  for (const seg of path) {
    if (typeof seg === 'number') out += `[${seg}]`;
    else if (/^[A-Za-z0-9_$.-]+$/.test(seg)) out += out ? `.${seg}` : seg;
    else out += `[${JSON.stringify(seg)}]`;
  }
  return out;
}

/** A value quoted for a message, shortened so long input cannot flood it. */
export function show(value: unknown): string {
  let text: string;
  if (value === undefined) text = 'nothing';
  else if (typeof value === 'string') text = JSON.stringify(value);
  else if (value === null) text = 'empty';
  else if (typeof value === 'object') text = Array.isArray(value) ? 'a list' : 'a set of fields';
  else text = String(value);
  return text.length > 60 ? `${text.slice(0, 57)}...` : text;
}
