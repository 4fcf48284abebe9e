/**
 * Where things are: every analysis reports a path into the data (such as
 * `['nodes', 'intro', 'choices', 1, 'goto']`) and a locator turns it into a
 * file, line and column. YAML files have real positions; packs (JSON) do not.
 */
import type { Finding } from '../load.js';
import { englishMessage } from './words/english.js';
import { phrase, type FindingWords } from './words/render.js';

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

/** A finding with its English message rendered from its words. */
export function makeFinding(
  where: Omit<Finding, 'message' | 'variant' | 'params'>,
  words: FindingWords,
): Finding {
  const finding: Finding = { ...where, message: englishMessage(where.code, words), params: words.params };
  if (words.variant) finding.variant = words.variant;
  return finding;
}

/** Collects findings: each analysis gives the code, its words and where; the English follows from them. */
export class Reporter {
  constructor(private readonly out: Finding[]) {}

  add(
    locator: FileLocator,
    severity: Finding['severity'],
    code: string,
    words: FindingWords,
    path: Path = [],
    part: 'key' | 'value' = 'value',
  ): void {
    const { line, column } = locator.at(path, part);
    this.out.push(makeFinding({ severity, code, file: locator.file, line, column }, words));
  }

  addAt(
    locator: FileLocator,
    severity: Finding['severity'],
    code: string,
    words: FindingWords,
    pos: Position,
  ): void {
    this.out.push(
      makeFinding({ severity, code, file: locator.file, line: pos.line, column: pos.column }, words),
    );
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

/**
 * A value quoted for a message, shortened so long input cannot flood it: text
 * and numbers as written, or a phrase for what has no text of its own.
 */
export function showWords(value: unknown): string {
  if (value === undefined) return phrase('value-nothing');
  if (value === null) return phrase('value-empty');
  if (typeof value === 'object') return phrase(Array.isArray(value) ? 'value-list' : 'value-fields');
  const text = typeof value === 'string' ? JSON.stringify(value) : String(value);
  return text.length > 60 ? `${text.slice(0, 57)}...` : text;
}
