/**
 * Reading one YAML file safely and remembering where every value came from.
 *
 * Two parsers, for speed without losing precision:
 * - js-yaml first: about ten times faster, and enough when the file is fine
 *   (the usual case). It runs with aliases refused and a depth limit, and
 *   anything it does not accept goes to the second parser.
 * - `yaml` for positions and for explaining problems: it keeps each node's
 *   character range, and a LineCounter turns a range into line and column.
 *   For a clean file it only runs when an analysis reports a finding there.
 * A property test checks that whenever js-yaml accepts a text, `yaml` reads
 * the same data. Guards: a size limit before parsing, a limit on aliases (so
 * a "billion laughs" file cannot blow up memory), and errors caught, so a
 * hostile file yields findings instead of a crash.
 */
import { load as fastLoad } from 'js-yaml';
import {
  isMap,
  isScalar,
  isSeq,
  LineCounter,
  parseDocument,
  type Document,
  type Node as YamlNode,
} from 'yaml';
import type { Finding, SourceFile } from '../load.js';
import type { FileLocator, Path, Position } from './locate.js';

/** Larger files are refused unread: no real scenario or text table comes close. */
export const MAX_FILE_CHARS = 1_000_000;
/** Aliases (`*name`) are rare in scenarios; a handful is plenty. */
export const MAX_ALIASES = 100;
/** Nesting the fast parser accepts; deeper files go to the full parser (and the guard). */
const FAST_MAX_DEPTH = 40;
/** Syntax errors reported per file; after the first few, the rest are noise. */
const MAX_SYNTAX_FINDINGS = 5;

/** Plain-word versions of the YAML parser's most common complaints. */
const YAML_WORDS: Record<string, string> = {
  DUPLICATE_KEY: 'this key appears twice in the same place; each key may appear only once',
  TAB_AS_INDENT: 'indent with spaces, not tabs',
  BAD_INDENT: 'the indentation here does not line up with the lines above',
  MISSING_CHAR: 'a closing quote or bracket is missing',
  MULTIPLE_DOCS: 'the file holds more than one document ("---"); keep one per file',
  BLOCK_AS_IMPLICIT_KEY: 'a key is missing its ":" or the indentation is off',
  MULTILINE_IMPLICIT_KEY: 'a key must fit on one line; check for a missing ":" or quote',
  UNEXPECTED_TOKEN: 'something here is not valid YAML; check quotes, colons and dashes',
  ALIAS_PROPS: 'an alias (*name) cannot have a tag or anchor',
  BAD_ALIAS: 'this alias (*name) refers to an anchor that does not exist',
};

export interface YamlFile {
  /** The plain data, when the file parsed. */
  value?: unknown;
  locator: FileLocator;
  findings: Finding[];
}

/** The full parse of a file, with positions. */
interface FullParse {
  doc: Document.Parsed;
  pos: (offset: number) => Position;
}

function fullParse(file: SourceFile): FullParse {
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

/**
 * Texts the fast parser reads differently from the full one (found by the
 * property test in tests/unit/format/yaml-parsers.property.test.ts), which
 * therefore always go to the full parser. All are rare in scenarios:
 * - a `%YAML` directive (it could switch the full parser to YAML 1.1 rules);
 * - explicit `? ` keys;
 * - tabs in indentation, which YAML forbids but js-yaml tolerates;
 * - anchors (`&name`) and tags (`!name`), which js-yaml accepts in more places;
 * - a byte-order mark anywhere but at the start (where it is removed);
 * - document markers other than a bare `---` line (`...`, indented `---`,
 *   `--- value`);
 * - block scalars with an explicit indentation digit (`>2`, `|1-`) or that
 *   keep trailing line breaks (`|+`, `>+`): js-yaml counts a last line of
 *   spaces with no line break after it as one more empty line;
 * - a carriage return not followed by a line feed (an old Mac line break),
 *   which js-yaml and `yaml` split into lines differently;
 * - numbers too big for JavaScript (`1e400`), which only js-yaml makes Infinity.
 */
const FAST_PATH_EXCLUSIONS: readonly RegExp[] = [
  /^%/m,
  /^[ \t]*(?:-[ \t]+)*\?(?:[ \t]|$)/m,
  /^ *\t/m,
  /(?:^|[\s[{,])&\S/m,
  /(?:^|[\s[{,])!/m,
  /\ufeff/,
  /^[ \t]*\.\.\.(?:[ \t]|$)/m,
  /^[ \t]+---/m,
  /^---[ \t]+\S/m,
  /(?:^|[\s:-])[|>][+-]?[0-9]/m,
  /(?:^|[\s:-])[|>][0-9]?\+/m,
  /\r(?!\n)/,
  // Only a plain number token: a quoted fingerprint such as '3e592abc' must
  // not send every translation table down the slow path.
  /\d[eE][-+]?\d{3,}(?=$|[\s,\]}#:])|[0-9]{300}/m,
];

/**
 * True when some mapping has a key "null": js-yaml's name for an empty or
 * null key (`: x`, `~: x`), which `yaml` calls "". Such texts go to `yaml`.
 */
function hasNullKey(value: unknown): boolean {
  if (value === null || typeof value !== 'object') return false;
  if (!Array.isArray(value) && Object.hasOwn(value, 'null')) return true;
  return Object.values(value).some(hasNullKey);
}

/**
 * The fast parser's reading of a file, or undefined when it declines: any
 * error, any alias, deep nesting, a null key, a text listed above, or a
 * file that is not a mapping. Every scenario and text table is a mapping; a
 * file that is one bare value (`|-` and a text) is where the two parsers
 * disagree most (js-yaml takes a line starting with # as a comment there),
 * and it is wrong anyway, so the full parser reads and explains it.
 */
function fastValue(text: string): { value: unknown } | undefined {
  if (FAST_PATH_EXCLUSIONS.some((pattern) => pattern.test(text))) return undefined;
  try {
    const value = fastLoad(text, { maxAliases: 0, maxDepth: FAST_MAX_DEPTH });
    if (value === null || typeof value !== 'object' || Array.isArray(value)) return undefined;
    return hasNullKey(value) ? undefined : { value };
  } catch {
    return undefined;
  }
}

/** A locator that parses the file fully only when first asked for a position. */
function lazyLocator(file: SourceFile): FileLocator {
  let real: FileLocator | undefined;
  const get = (): FileLocator => {
    if (!real) {
      try {
        const { doc, pos } = fullParse(file);
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

export function readYamlFile(original: SourceFile): YamlFile {
  // Editors on Windows often start UTF-8 files with a byte-order mark; it is
  // invisible, so it is dropped rather than counted as a column.
  const file = original.text.startsWith('\ufeff') ? { ...original, text: original.text.slice(1) } : original;
  const finding = (code: string, message: string, at: Position): Finding => ({
    severity: 'error',
    code,
    file: file.path,
    line: at.line,
    column: at.column,
    message,
  });
  const start = { line: 1, column: 1 };

  if (file.text.length > MAX_FILE_CHARS) {
    const message = `this file is ${file.text.length} characters long; the limit is ${MAX_FILE_CHARS}`;
    return { locator: flatLocator(file), findings: [finding('file-too-large', message, start)] };
  }

  const fast = fastValue(file.text);
  if (fast) return { value: fast.value, locator: lazyLocator(file), findings: [] };

  try {
    const { doc, pos } = fullParse(file);
    const locator = yamlLocator(file, doc.contents as YamlNode | null, pos);
    if (doc.errors.length > 0) {
      // One finding per distinct complaint, and only a few: a broken file can
      // produce thousands of errors that say the same thing.
      const seen = new Set<string>();
      const findings: Finding[] = [];
      for (const e of doc.errors) {
        const first = e.message.split('\n')[0] ?? '';
        const words = /call stack/i.test(first)
          ? 'this file is nested too deeply to read'
          : (YAML_WORDS[e.code] ?? `this is not valid YAML (${first})`);
        if (seen.has(words) || findings.length >= MAX_SYNTAX_FINDINGS) continue;
        seen.add(words);
        findings.push(finding('yaml-syntax', words, pos(e.pos[0])));
      }
      return { locator, findings };
    }
    const value: unknown = doc.toJS({ maxAliasCount: MAX_ALIASES });
    return { value, locator, findings: [] };
  } catch (error) {
    // Reached by alias bombs (toJS refuses them) and by nesting so deep that
    // the parser runs out of stack.
    const tooMany = error instanceof Error && /alias/i.test(error.message);
    const message = tooMany
      ? `this file uses aliases (*name) too many times; the limit is ${MAX_ALIASES}`
      : 'this file could not be read: it is nested too deeply or is not a scenario file';
    return {
      locator: flatLocator(file),
      findings: [finding(tooMany ? 'too-many-aliases' : 'unreadable', message, start)],
    };
  }
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
