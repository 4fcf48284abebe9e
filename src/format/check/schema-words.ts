/**
 * Turns zod's validation issues into sentences an author can act on: which
 * field, what was found, and what is allowed there.
 *
 * Only zod's public API is used: the documented issue fields, and a per-parse
 * error map (`safeParse(input, { error })`) that asks the object schema which
 * raised an "unknown field" issue for its fields, through its public `shape`.
 * Nothing here reads zod's internals, so a zod upgrade cannot silently change
 * what authors are told.
 */
import { z } from 'zod';
import { describePath, show, type Path } from './locate.js';
import { suggestion } from './similar.js';

/** An issue ready to become a finding. */
export interface SchemaProblem {
  code: string;
  path: Path;
  part: 'key' | 'value';
  message: string;
}

type Issue = z.core.$ZodIssue;

/** What each fixed list is called, by the field that holds it. */
const LIST_NOUNS: Record<string, string> = {
  rating: 'safety rating',
  kind: 'kind of ending',
  topics: 'topic',
  ageBands: 'age band',
  app: 'chat app',
  avatar: 'avatar',
  role: 'role',
  signs: 'warning sign',
  type: 'variable type',
};

const TYPE_WORDS: Record<string, string> = {
  string: 'text',
  number: 'a number',
  int: 'a whole number',
  boolean: 'true or false',
  array: 'a list (lines starting with "- ")',
  object: 'a set of fields (name: value)',
  record: 'a set of named entries (name: value)',
};

/**
 * The per-parse error map. For an unknown field, the message it gives zod is
 * the list of fields the object allows, as JSON; `allowedKeys` reads it back.
 * Every other issue keeps the message its schema gave it.
 */
const ALLOWED = 'allowed-keys:';
function recordAllowedKeys(issue: z.core.$ZodRawIssue): string | undefined {
  if (issue.code !== 'unrecognized_keys' || !(issue.inst instanceof z.ZodObject)) return undefined;
  return ALLOWED + JSON.stringify(Object.keys(issue.inst.shape));
}

function allowedKeys(issue: Issue): string[] | undefined {
  if (!issue.message.startsWith(ALLOWED)) return undefined;
  const keys: unknown = JSON.parse(issue.message.slice(ALLOWED.length));
  return Array.isArray(keys) ? keys.map(String) : undefined;
}

/**
 * `schema.safeParse(input)`, with what describeIssues needs to list the
 * fields allowed where an unknown one was found. Validate with this whenever
 * the issues will be described to an author.
 */
export function parseForWords<T extends z.ZodType>(
  schema: T,
  input: unknown,
): z.ZodSafeParseResult<z.output<T>> {
  return schema.safeParse(input, { error: recordAllowedKeys });
}

function listWords(values: readonly unknown[]): string {
  const quoted = values.map((v) => String(v));
  if (quoted.length <= 1) return quoted.join('');
  return `${quoted.slice(0, -1).join(', ')} or ${quoted[quoted.length - 1]}`;
}

function valueAt(input: unknown, path: Path): unknown {
  let v = input;
  for (const seg of path) {
    if (v === null || typeof v !== 'object' || !Object.hasOwn(v, seg)) return undefined;
    v = (v as Record<string | number, unknown>)[seg];
  }
  return v;
}

/** "nodes.intro.choices[1].rating" or "the file" at the top. */
function where(prefix: string, path: Path): string {
  const p = describePath(path);
  return p ? `${prefix}${p}` : prefix ? prefix.replace(/[.\s]+$/, '') : 'the file';
}

export interface DescribeOptions {
  /** The data that was validated, to quote what was found. */
  input: unknown;
  /** Text put before every path, e.g. `line ` for text tables. */
  prefix?: string;
}

/**
 * Describes every issue (from `parseForWords`); union failures are narrowed to
 * the branch that fits best.
 */
export function describeIssues(
  issues: readonly Issue[],
  opts: DescribeOptions,
  base: Path = [],
): SchemaProblem[] {
  return issues.flatMap((issue) => describeIssue(issue, opts, base));
}

/** Extra words for required fields whose purpose the bare "is missing" does not say. */
const MISSING_HINTS: Record<string, string> = {
  playerNote:
    ': the line id of the note children read before the story starts (calm, not giving away the twist, ' +
    'saying they can stop at any time and talk to an adult); teacherNotes.contentNote is only for the teacher',
  // assets/helplines.yaml (docs/helplines.md)
  verifiedOn: ': the day (YYYY-MM-DD) someone checked the entry against its source, or null for a candidate',
  verifiedBy: ': who checked it, as a role or organisation (never a person’s name), or null for a candidate',
};

function describeIssue(issue: Issue, opts: DescribeOptions, base: Path): SchemaProblem[] {
  const path = [...base, ...(issue.path as (string | number)[])];
  const at = where(opts.prefix ?? '', path);
  const value = valueAt(opts.input, path);
  const last = path[path.length - 1];
  const problem = (message: string, code = 'schema', part: 'key' | 'value' = 'value'): SchemaProblem[] => [
    { code, path, part, message },
  ];

  switch (issue.code) {
    case 'invalid_type': {
      const expected = TYPE_WORDS[issue.expected] ?? issue.expected;
      if (value === undefined && path.length > 0) {
        const parent = path.slice(0, -1);
        return [
          {
            code: 'schema',
            path: parent,
            part: 'key',
            message: `${parent.length ? `${where(opts.prefix ?? '', parent)}: ` : ''}"${String(last)}" is missing; it should be ${expected}${MISSING_HINTS[String(last)] ?? ''}`,
          },
        ];
      }
      if (path.length === 0 && (value === undefined || value === null)) {
        return problem(`the file is empty; it should be ${expected}`);
      }
      return problem(`${at}: should be ${expected}, but it is ${show(value)}`);
    }
    case 'invalid_value': {
      // A list item's noun comes from the list's field (signs[0] -> signs).
      const field = typeof last === 'number' ? path[path.length - 2] : last;
      const noun = LIST_NOUNS[String(field)];
      const allowed = listWords(issue.values);
      // teaches: { <line>: [<lesson>, ...] }: the list's field is the line id.
      if (typeof last === 'number' && path[path.length - 3] === 'teaches') {
        const options = issue.values.map(String);
        const hint = typeof value === 'string' ? suggestion(value, options) : '';
        return problem(
          `${at}: ${show(value)} is not a known lesson${hint || `; use one of ${allowed}`} (see docs/safeguarding.md)`,
          'unknown-lesson',
        );
      }
      if (field === 'signs') {
        return problem(
          `${at}: ${show(value)} is not a known warning sign; use one of ${allowed}`,
          'unknown-warning-sign',
        );
      }
      return problem(`${at}: ${show(value)} is not ${noun ? `a ${noun}` : 'allowed here'}; use ${allowed}`);
    }
    case 'unrecognized_keys':
      return issue.keys.map((key) => {
        const allowed = allowedKeys(issue);
        let hint = '';
        if (allowed) {
          hint = suggestion(key, allowed) || `; allowed here: ${allowed.join(', ')}`;
        }
        const inWhat = path.length ? `${at}: ` : '';
        return {
          code: 'schema',
          path: [...path, key],
          part: 'key' as const,
          message: `${inWhat}"${key}" is not a known field${hint}`,
        };
      });
    case 'invalid_key': {
      const inner = issue.issues[0];
      const rule = inner && inner.code === 'invalid_format' ? `: ${inner.message}` : '';
      return problem(`${at}: the name "${String(last)}" is not allowed${rule}`, 'schema', 'key');
    }
    case 'invalid_format':
      return problem(`${at}: ${show(value)} is not allowed here: ${issue.message}`);
    case 'too_small':
      if (issue.origin === 'array' || issue.origin === 'set') {
        return problem(
          `${at}: needs at least ${String(issue.minimum)} item${issue.minimum === 1 ? '' : 's'}`,
        );
      }
      if (issue.origin === 'string') return problem(`${at}: must not be empty`);
      return problem(
        issue.inclusive === false
          ? `${at}: ${show(value)} is too small; it must be more than ${String(issue.minimum)}`
          : `${at}: ${show(value)} is too small; the least allowed is ${String(issue.minimum)}`,
      );
    case 'too_big':
      if (issue.origin === 'string') {
        return problem(`${at}: is too long; at most ${String(issue.maximum)} characters`);
      }
      if (issue.origin === 'array')
        return problem(`${at}: has too many items; at most ${String(issue.maximum)}`);
      return problem(
        issue.inclusive === false
          ? `${at}: ${show(value)} is too big; it must be less than ${String(issue.maximum)}`
          : `${at}: ${show(value)} is too big; the most allowed is ${String(issue.maximum)}`,
      );
    case 'invalid_union':
      return describeUnion(issue.errors, opts, path, at, value);
    default:
      return problem(`${at}: ${issue.message}`);
  }
}

/**
 * A union failed. If the value has the right basic type for exactly one
 * branch (say, an object where "hidden" or {goto} is allowed), report that
 * branch's detailed problems; otherwise list what would be accepted.
 */
function describeUnion(
  branches: readonly (readonly Issue[])[],
  opts: DescribeOptions,
  path: Path,
  at: string,
  value: unknown,
): SchemaProblem[] {
  const rootMismatch = (i: Issue): boolean =>
    i.path.length === 0 &&
    (i.code === 'invalid_type' ||
      i.code === 'invalid_value' ||
      (i.code === 'invalid_union' && i.errors.every((b) => b.some(rootMismatch))));
  const fitting = branches.filter((b) => !b.some(rootMismatch));
  if (fitting.length > 0) {
    const best = fitting.reduce((a, b) => (b.length < a.length ? b : a));
    return describeIssues(best, opts, path);
  }
  const accepted = new Set<string>();
  const collect = (issues: readonly Issue[]): void => {
    for (const i of issues) {
      if (i.path.length !== 0) continue;
      if (i.code === 'invalid_type') accepted.add(TYPE_WORDS[i.expected] ?? i.expected);
      else if (i.code === 'invalid_value') i.values.forEach((v) => accepted.add(JSON.stringify(v)));
      else if (i.code === 'invalid_union') i.errors.forEach(collect);
    }
  };
  branches.forEach(collect);
  const expected = listWords([...accepted]);
  if (value === undefined && path.length > 0) {
    const parent = path.slice(0, -1);
    const prefix = parent.length ? `${where(opts.prefix ?? '', parent)}: ` : '';
    const message = `${prefix}"${String(path[path.length - 1])}" is missing; it should be ${expected}`;
    return [{ code: 'schema', path: parent, part: 'key', message }];
  }
  return [
    {
      code: 'schema',
      path,
      part: 'value',
      message: `${at}: ${show(value)} is not allowed; use ${listWords([...accepted])}`,
    },
  ];
}
