/**
 * Reading one YAML file safely and remembering where every value came from.
 *
 * One path for the data, by construction: js-yaml always reads it. It is
 * about six times faster than `yaml`, which the checker's speed target
 * (200 generated stories in 2 s) needs. `yaml` never supplies data: it only
 * locates. It keeps each node's character range, so when an analysis reports
 * a finding its LineCounter turns the range into a line and column, and when
 * js-yaml refuses a file `yaml` says where and why in words an author knows.
 * The two parsers never have to agree on data, because only one reads it.
 *
 * Guards: UTF-8 only (encoding.ts), a size limit before parsing, a nesting limit while parsing, a limit
 * on what aliases may copy (so a "billion laughs" file cannot blow up what is
 * built from it), and every error caught, so a hostile file yields findings
 * instead of a crash.
 */
import { loadAll } from 'js-yaml';
import {
  isMap,
  isScalar,
  isSeq,
  LineCounter,
  parseAllDocuments,
  parseDocument,
  type Document,
  type Node as YamlNode,
} from 'yaml';
import type { Finding, SourceFile } from '../load.js';
import { encodingProblem } from './encoding.js';
import { makeFinding, type FileLocator, type Path, type Position } from './locate.js';
import type { FindingWords } from './words/render.js';

/** Larger files are refused unread: no real scenario or text table comes close. */
export const MAX_FILE_CHARS = 1_000_000;
/**
 * Values that aliases (`*name`) may copy in one file, counting every value
 * inside each copied part. Aliases are rare in scenarios; this is plenty.
 */
export const MAX_ALIASES = 100;
/**
 * Nesting js-yaml reads. The guard (guard.ts) explains anything deeper than
 * a scenario needs; this only stops a hostile file before it is built.
 */
const MAX_NESTING = 100;
/** Syntax errors reported per file; after the first few, the rest are noise. */
const MAX_SYNTAX_FINDINGS = 5;

/**
 * The YAML parser's most common complaints that have plain words of their
 * own: each is a variant of `yaml-syntax` (`finding.yaml-syntax.<code>`).
 */
const YAML_WORDS: ReadonlySet<string> = new Set([
  'DUPLICATE_KEY',
  'TAB_AS_INDENT',
  'BAD_INDENT',
  'MISSING_CHAR',
  'MULTIPLE_DOCS',
  'BLOCK_AS_IMPLICIT_KEY',
  'MULTILINE_IMPLICIT_KEY',
  'UNEXPECTED_TOKEN',
  'ALIAS_PROPS',
  'BAD_ALIAS',
]);

export interface YamlFile {
  /** The plain data, when the file parsed. */
  value?: unknown;
  locator: FileLocator;
  findings: Finding[];
}

/** `yaml`'s reading of a file: its nodes and ranges, never its data. */
interface Positions {
  doc: Document.Parsed;
  pos: (offset: number) => Position;
}

function positions(file: SourceFile): Positions {
  const lines = new LineCounter();
  const doc = parseDocument(file.text, {
    lineCounter: lines,
    prettyErrors: false,
    uniqueKeys: true,
    logLevel: 'silent',
  });
  const pos = (offset: number): Position => {
    const p = lines.linePos(offset);
    return { line: p.line, column: p.col };
  };
  return { doc, pos };
}

/** A locator that asks `yaml` for positions only when first asked for one. */
function lazyLocator(file: SourceFile): FileLocator {
  let real: FileLocator | undefined;
  const get = (): FileLocator => {
    if (!real) {
      try {
        const { doc, pos } = positions(file);
        real = yamlLocator(file, doc.contents as YamlNode | null, pos);
      } catch {
        real = flatLocator(file);
      }
    }
    return real;
  };
  return {
    file: file.path,
    at: (path, part) => get().at(path, part),
    inText: (path, at) => get().inText(path, at),
  };
}

function flatLocator(file: SourceFile): FileLocator {
  return { file: file.path, at: () => ({ line: 1, column: 1 }), inText: () => ({ line: 1, column: 1 }) };
}

/**
 * How many values aliases copy. js-yaml gives every use of an anchor the
 * same object, so the data it builds stays small, but anything that copies
 * the data (the guard, validation) would multiply each shared part. A part
 * met again counts every value inside it; a part that contains itself
 * counts as endless.
 */
function aliasCopies(root: unknown): number {
  const sizes = new Map<object, number>();
  let copies = 0;
  const size = (value: unknown): number => {
    if (value === null || typeof value !== 'object') return 1;
    const known = sizes.get(value);
    if (known !== undefined) {
      copies += known;
      return known;
    }
    sizes.set(value, Infinity);
    let total = 1;
    for (const child of Object.values(value)) total += size(child);
    sizes.set(value, total);
    return total;
  };
  size(root);
  return copies;
}

type MakeFinding = (code: string, words: FindingWords, at: Position) => Finding;

/**
 * Why js-yaml refused a file, in `yaml`'s words and positions (one finding
 * per distinct complaint, and only a few: a broken file can produce
 * thousands that say the same). When `yaml` sees nothing wrong, or cannot
 * read the file at all, js-yaml's own reason is reported where it stopped.
 */
function explainRefusal(file: SourceFile, error: unknown, finding: MakeFinding): YamlFile {
  try {
    const { doc, pos } = positions(file);
    const locator = yamlLocator(file, doc.contents as YamlNode | null, pos);
    const seen = new Set<string>();
    const findings: Finding[] = [];
    for (const e of doc.errors) {
      const first = e.message.split('\n')[0] ?? '';
      const words = TOO_DEEP.test(first)
        ? NESTED_WORDS
        : YAML_WORDS.has(e.code)
          ? { variant: e.code, params: {} }
          : { variant: 'not-valid', params: { reason: first } };
      const said = JSON.stringify(words);
      if (seen.has(said) || findings.length >= MAX_SYNTAX_FINDINGS) continue;
      seen.add(said);
      findings.push(finding('yaml-syntax', words, pos(e.pos[0])));
    }
    if (findings.length > 0) return { locator, findings };
    return { locator, findings: [jsYamlFinding(error, finding)] };
  } catch {
    // `yaml` runs out of stack on absurd nesting that js-yaml refused calmly.
    return { locator: flatLocator(file), findings: [jsYamlFinding(error, finding)] };
  }
}

/** How either parser says a file is nested too deeply: wording only, never data. */
const TOO_DEEP = /call stack|maxDepth/i;
const NESTED_WORDS: FindingWords = { variant: 'too-deep', params: {} };

function jsYamlFinding(error: unknown, finding: MakeFinding): Finding {
  const reason =
    error instanceof Error ? ((error as { reason?: string }).reason ?? error.message) : String(error);
  const words = TOO_DEEP.test(reason) ? NESTED_WORDS : { variant: 'not-valid', params: { reason } };
  const mark = (error as { mark?: { line?: number; column?: number } } | null)?.mark;
  const at =
    typeof mark?.line === 'number' && typeof mark.column === 'number'
      ? { line: mark.line + 1, column: mark.column + 1 }
      : { line: 1, column: 1 };
  return finding('yaml-syntax', words, at);
}

/** Points at the start of the second document. */
function moreThanOneDocument(file: SourceFile, finding: MakeFinding): YamlFile {
  const lines = new LineCounter();
  let at = { line: 1, column: 1 };
  try {
    const second = parseAllDocuments(file.text, { lineCounter: lines })[1];
    const offset = second && 'range' in second ? second.range[0] : undefined;
    if (offset !== undefined) at = { line: lines.linePos(offset).line, column: lines.linePos(offset).col };
  } catch {
    // The message is still right without the position.
  }
  return {
    locator: flatLocator(file),
    findings: [finding('yaml-syntax', { variant: 'MULTIPLE_DOCS', params: {} }, at)],
  };
}

export function readYamlFile(original: SourceFile): YamlFile {
  // Editors on Windows often start UTF-8 files with a byte-order mark; it is
  // invisible, so it is dropped rather than counted as a column.
  const file = original.text.startsWith('\ufeff') ? { ...original, text: original.text.slice(1) } : original;
  const finding: MakeFinding = (code, words, at) =>
    makeFinding({ severity: 'error', code, file: file.path, line: at.line, column: at.column }, words);
  const start = { line: 1, column: 1 };

  // One clear error for a file in another encoding, instead of its mangled
  // letters showing up as changed lines.
  const encoding = encodingProblem(original);
  if (encoding) {
    return { locator: flatLocator(file), findings: [finding('not-utf8', encoding.words, encoding.at)] };
  }

  if (file.text.length > MAX_FILE_CHARS) {
    const words = { params: { size: file.text.length, limit: MAX_FILE_CHARS } };
    return { locator: flatLocator(file), findings: [finding('file-too-large', words, start)] };
  }

  let documents: unknown[];
  try {
    // loadAll, not load: an empty file is an empty document (the schema
    // explains it), and two documents are a mistake `yaml` can word.
    documents = loadAll(file.text, { maxDepth: MAX_NESTING, maxAliases: -1 });
  } catch (error) {
    return explainRefusal(file, error, finding);
  }
  if (documents.length > 1) return moreThanOneDocument(file, finding);

  const value = documents[0] ?? null;
  if (aliasCopies(value) > MAX_ALIASES) {
    const words = { params: { limit: MAX_ALIASES } };
    return { locator: flatLocator(file), findings: [finding('too-many-aliases', words, start)] };
  }
  return { value, locator: lazyLocator(file), findings: [] };
}

/** Finds the YAML node (and its key) at a data path. */
function walk(
  root: YamlNode | null,
  path: Path,
): { node: YamlNode | null; key: YamlNode | null; depth: number } {
  let node = root;
  let key: YamlNode | null = null;
  let depth = 0;
  for (const seg of path) {
    if (isMap(node)) {
      const pair = node.items.find((p) => isScalar(p.key) && String(p.key.value) === String(seg));
      if (!pair) break;
      key = pair.key as YamlNode;
      node = (pair.value as YamlNode | null) ?? key;
    } else if (isSeq(node) && typeof seg === 'number') {
      const item = node.items[seg] as YamlNode | undefined;
      if (!item) break;
      key = item;
      node = item;
    } else break;
    depth++;
  }
  return { node, key, depth };
}

function yamlLocator(
  file: SourceFile,
  root: YamlNode | null,
  pos: (offset: number) => Position,
): FileLocator {
  const start = (node: YamlNode | null): Position =>
    node?.range ? pos(node.range[0]) : { line: 1, column: 1 };
  return {
    file: file.path,
    at(path, part = 'value') {
      const found = walk(root, path);
      // Missing path: point at the key of the deepest ancestor that exists.
      if (found.depth < path.length) return start(found.key ?? found.node);
      return start(part === 'key' ? (found.key ?? found.node) : found.node);
    },
    inText(path, offset) {
      const found = walk(root, path);
      const node = found.node;
      if (found.depth < path.length || !isScalar(node) || !node.range || typeof node.value !== 'string') {
        return start(node);
      }
      // Map the offset only when the source is the text itself (plain, or
      // quoted without escapes on one line); otherwise the start of the value.
      const raw = file.text.slice(node.range[0], node.range[1]);
      const value = node.value;
      if (raw === value) return pos(node.range[0] + offset);
      const quoted =
        (node.type === 'QUOTE_DOUBLE' || node.type === 'QUOTE_SINGLE') && raw.slice(1, -1) === value;
      if (quoted) return pos(node.range[0] + 1 + offset);
      return start(node);
    },
  };
}
