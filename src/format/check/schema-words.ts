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
import { describePath, showWords, type Path } from './locate.js';
import { suggestionWords } from './similar.js';
import { items, phrase, type FindingParams, type FindingWords } from './words/render.js';

/** An issue ready to become a finding. */
export interface SchemaProblem {
  code: string;
  path: Path;
  part: 'key' | 'value';
  words: FindingWords;
}

type Issue = z.core.$ZodIssue;

/** What each fixed list is called, by the field that holds it: the phrase `noun-<field>`. */
const LIST_NOUNS: ReadonlySet<string> = new Set([
  'rating',
  'kind',
  'topics',
  'ageBands',
  'app',
  'avatar',
  'role',
  'signs',
  'type',
]);

/** The kinds of value with words of their own: the phrase `type-<kind>`. */
const TYPE_WORDS: ReadonlySet<string> = new Set([
  'string',
  'number',
  'int',
  'boolean',
  'array',
  'object',
  'record',
]);

function typeWords(expected: string): string {
  return TYPE_WORDS.has(expected) ? phrase(`type-${expected}`) : expected;
}

/**
 * The rules the schemas state in words (src/format/schema.ts,
 * src/format/helplines-schema.ts), each with a phrase so it is said in the
 * author's language; any other message (zod's own) is quoted as it is.
 */
const RULES: Readonly<Record<string, string>> = {
  'use lower-case letters, digits, dots, dashes and underscores only': 'rule-line-id',
  'start with a letter; use letters, digits, dashes and underscores only': 'rule-name',
  'use lower-case letters, digits and dashes only': 'rule-scenario-id',
  'use a language tag such as es, pt-BR or en': 'rule-language',
  'add at least one contact': 'rule-contacts',
  'needs at least an "en" description (the game falls back to it)': 'rule-helpline-en',
  'a web entry must be an https address': 'rule-helpline-web',
  'a phone entry holds only the number to dial (digits, spaces, "+", "-", brackets)': 'rule-helpline-phone',
};

function ruleWords(message: string): string {
  return Object.hasOwn(RULES, message) ? phrase(RULES[message]!) : message;
}

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

function valueAt(input: unknown, path: Path): unknown {
  let v = input;
  for (const seg of path) {
    if (v === null || typeof v !== 'object' || !Object.hasOwn(v, seg)) return undefined;
    v = (v as Record<string | number, unknown>)[seg];
  }
  return v;
}

/** "nodes.intro.choices[1].rating", or "the file" at the top, as a value for `{{at, part}}`. */
function where(prefix: string, path: Path): string {
  const p = describePath(path);
  if (!prefix) return p || phrase('the-file');
  return p ? phrase('at-line', p) : phrase('at-line-alone');
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

/** Extra words for required fields whose purpose the bare "is missing" does not say: the phrase `hint-<field>`. */
const MISSING_HINTS: ReadonlySet<string> = new Set([
  'playerNote',
  // assets/helplines.yaml (docs/helplines.md)
  'verifiedOn',
  'verifiedBy',
]);

function describeIssue(issue: Issue, opts: DescribeOptions, base: Path): SchemaProblem[] {
  const path = [...base, ...(issue.path as (string | number)[])];
  const at = where(opts.prefix ?? '', path);
  const value = showWords(valueAt(opts.input, path));
  const last = path[path.length - 1];
  const problem = (
    variant: string,
    params: FindingParams,
    code = 'schema',
    part: 'key' | 'value' = 'value',
  ): SchemaProblem[] => [{ code, path, part, words: { variant, params: { at, value, ...params } } }];

  switch (issue.code) {
    case 'invalid_type': {
      const expected = typeWords(issue.expected);
      const found = valueAt(opts.input, path);
      if (found === undefined && path.length > 0) {
        const parent = path.slice(0, -1);
        const field = String(last);
        const hint = MISSING_HINTS.has(field) ? phrase(`hint-${field}`) : '';
        const params: FindingParams = { field, expected, hint };
        if (parent.length) params.at = where(opts.prefix ?? '', parent);
        const variant = parent.length ? 'missing' : 'missing-top';
        return [{ code: 'schema', path: parent, part: 'key', words: { variant, params } }];
      }
      if (path.length === 0 && (found === undefined || found === null)) {
        return problem('empty-file', { expected });
      }
      return problem('wrong-type', { expected });
    }
    case 'invalid_value': {
      // A list item's noun comes from the list's field (signs[0] -> signs).
      const field = typeof last === 'number' ? path[path.length - 2] : last;
      const allowed = items(issue.values.map((v) => String(v)));
      const found = valueAt(opts.input, path);
      // teaches: { <line>: [<lesson>, ...] }: the list's field is the line id.
      if (typeof last === 'number' && path[path.length - 3] === 'teaches') {
        const options = issue.values.map(String);
        const hint = typeof found === 'string' ? suggestionWords(found, options) : '';
        return hint
          ? problem('suggest', { hint }, 'unknown-lesson')
          : problem('list', { allowed }, 'unknown-lesson');
      }
      if (field === 'signs')
        return [
          { code: 'unknown-warning-sign', path, part: 'value', words: { params: { at, value, allowed } } },
        ];
      const noun = LIST_NOUNS.has(String(field)) ? phrase(`noun-${String(field)}`) : phrase('noun-none');
      return problem('not-in-list', { noun, allowed });
    }
    case 'unrecognized_keys':
      return issue.keys.map((key) => {
        const allowed = allowedKeys(issue);
        let hint = '';
        if (allowed) hint = suggestionWords(key, allowed) || phrase('allowed-here', allowed.join(', '));
        const params: FindingParams = { field: key, hint };
        if (path.length) params.at = at;
        const variant = path.length ? 'unknown-field' : 'unknown-field-top';
        return { code: 'schema', path: [...path, key], part: 'key' as const, words: { variant, params } };
      });
    case 'invalid_key': {
      const inner = issue.issues[0];
      const name = String(last);
      return inner && inner.code === 'invalid_format'
        ? problem('bad-name-rule', { name, rule: ruleWords(inner.message) }, 'schema', 'key')
        : problem('bad-name', { name }, 'schema', 'key');
    }
    case 'invalid_format':
      return problem('bad-format', { rule: ruleWords(issue.message) });
    case 'too_small': {
      const limit = String(issue.minimum);
      if (issue.origin === 'array' || issue.origin === 'set') {
        return problem(issue.minimum === 1 ? 'min-items-one' : 'min-items', { limit });
      }
      if (issue.origin === 'string') return problem('empty-text', {});
      return problem(issue.inclusive === false ? 'too-small-exclusive' : 'too-small', { limit });
    }
    case 'too_big': {
      const limit = String(issue.maximum);
      if (issue.origin === 'string') return problem('too-long', { limit });
      if (issue.origin === 'array') return problem('too-many', { limit });
      return problem(issue.inclusive === false ? 'too-big-exclusive' : 'too-big', { limit });
    }
    case 'invalid_union':
      return describeUnion(issue.errors, opts, path, at, value);
    default:
      return problem('other', { detail: ruleWords(issue.message) });
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
  value: string,
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
      if (i.code === 'invalid_type') accepted.add(typeWords(i.expected));
      else if (i.code === 'invalid_value') i.values.forEach((v) => accepted.add(JSON.stringify(v)));
      else if (i.code === 'invalid_union') i.errors.forEach(collect);
    }
  };
  branches.forEach(collect);
  const expected = items([...accepted]);
  if (valueAt(opts.input, path) === undefined && path.length > 0) {
    const parent = path.slice(0, -1);
    const params: FindingParams = { field: String(path[path.length - 1]), expected };
    if (parent.length) params.at = where(opts.prefix ?? '', parent);
    const variant = parent.length ? 'union-missing' : 'union-missing-top';
    return [{ code: 'schema', path: parent, part: 'key', words: { variant, params } }];
  }
  return [
    {
      code: 'schema',
      path,
      part: 'value',
      words: { variant: 'not-allowed', params: { at, value, expected } },
    },
  ];
}
