/**
 * Reading untrusted JSON (backup files) safely: a size limit before parsing,
 * a nesting limit checked by a cheap scan before `JSON.parse` (deep nesting
 * can exhaust the stack), and a copy into fresh objects that refuses keys
 * which could reach an object's prototype when merged into live objects (the
 * format's guard, the same one scenarios and packs go through).
 */
import { guardValue, type GuardProblem } from '../format/check/guard.js';

export interface JsonLimits {
  maxChars: number;
  maxDepth: number;
}

export type GuardFailure = 'too-large' | 'too-deep' | 'not-json' | 'forbidden-key';

/** The deepest nesting of arrays/objects in a JSON text, ignoring brackets inside strings. */
export function jsonDepth(text: string, stopAt: number): number {
  let depth = 0;
  let max = 0;
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (inString) {
      if (c === 0x5c)
        i++; // backslash: skip the escaped character
      else if (c === 0x22) inString = false;
    } else if (c === 0x22) inString = true;
    else if (c === 0x7b || c === 0x5b) {
      depth++;
      if (depth > max) {
        max = depth;
        if (max > stopAt) return max;
      }
    } else if (c === 0x7d || c === 0x5d) depth--;
  }
  return max;
}

export type GuardedJson = { ok: true; value: unknown } | { ok: false; failure: GuardFailure; detail: string };

export function parseGuardedJson(text: string, limits: JsonLimits): GuardedJson {
  if (text.length > limits.maxChars) {
    return {
      ok: false,
      failure: 'too-large',
      detail: `${text.length} characters; the limit is ${limits.maxChars}`,
    };
  }
  const depth = jsonDepth(text, limits.maxDepth);
  if (depth > limits.maxDepth) {
    return { ok: false, failure: 'too-deep', detail: `nested deeper than ${limits.maxDepth} levels` };
  }
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch (error) {
    return { ok: false, failure: 'not-json', detail: error instanceof Error ? error.message : 'not JSON' };
  }
  // The depth scan above already bounds nesting; the guard's own limit is
  // set to the same figure so both agree on what "too deep" means.
  const problems: GuardProblem[] = [];
  const value = guardValue(parsed, problems, limits.maxDepth);
  const problem = problems[0];
  if (!problem) return { ok: true, value };
  const where = problem.path.slice(0, -1);
  return problem.kind === 'forbidden-key'
    ? { ok: false, failure: 'forbidden-key', detail: `key "${problem.key}" at ${pathText(where)}` }
    : { ok: false, failure: 'too-deep', detail: `nested deeper than ${limits.maxDepth} levels` };
}

/** `['data', 0, 'x']` -> `.data[0].x`; the empty path is the top level. */
function pathText(path: readonly (string | number)[]): string {
  if (path.length === 0) return 'top level';
  return path.map((seg) => (typeof seg === 'number' ? `[${seg}]` : `.${seg}`)).join('');
}

/** JSON with object keys sorted, so the same data always gives the same text (and checksum). */
export function canonicalJson(value: unknown): string {
  if (value === null || typeof value !== 'object') return JSON.stringify(value) ?? 'null';
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  const record = value as Record<string, unknown>;
  const keys = Object.keys(record)
    .filter((k) => record[k] !== undefined)
    .sort();
  return `{${keys.map((k) => `${JSON.stringify(k)}:${canonicalJson(record[k])}`).join(',')}}`;
}

const WHITESPACE = new Set([0x20, 0x09, 0x0a, 0x0d]);
const LITERALS = ['true', 'false', 'null'];
const NUMBER = /^-?(0|[1-9]\d*)(\.\d+)?([eE][+-]?\d+)?$/;
/** The beginnings of a number: "-", "12", "1.", "1.5e", "1e+"... */
const NUMBER_START = /^-?((0|[1-9]\d*)((\.\d*)|((\.\d+)?[eE][+-]?\d*))?)?$/;
const ESCAPES = new Set(['"', '\\', '/', 'b', 'f', 'n', 'r', 't']);
/** What `stringEnd` returns for a string that is broken, or that the text ends inside. */
const BROKEN = -1;
const RAN_OUT = -2;

type Expect = 'value' | 'value-or-end' | 'key-or-end' | 'key' | 'colon' | 'comma-or-end' | 'done';

/** The index after the string that starts (with its quote) at `i`, or BROKEN, or RAN_OUT. */
function stringEnd(text: string, i: number): number {
  for (let j = i + 1; j < text.length; j++) {
    const c = text.charCodeAt(j);
    if (c === 0x22) return j + 1;
    if (c < 0x20) return BROKEN; // control characters must be escaped
    if (c !== 0x5c) continue;
    const next = text[j + 1];
    if (next === undefined) return RAN_OUT;
    if (next === 'u') {
      const hex = text.slice(j + 2, j + 6);
      if (!/^[0-9a-fA-F]*$/.test(hex)) return BROKEN;
      if (hex.length < 4) return RAN_OUT;
      j += 5;
    } else if (ESCAPES.has(next)) j++;
    else return BROKEN;
  }
  return RAN_OUT;
}

/**
 * Whether a text that did not parse is valid JSON cut off at the end (a copy
 * or download that stopped early), rather than damaged somewhere inside. A
 * small scanner of JSON's grammar: true only when it runs out of text while
 * still waiting for more, having found no mistake on the way. (Browsers word
 * `JSON.parse` errors differently, so their messages are not used.)
 */
export function endsEarly(text: string): boolean {
  const open: ('object' | 'array')[] = [];
  let expect: Expect = 'value';
  const afterValue = (): Expect => (open.length === 0 ? 'done' : 'comma-or-end');
  let i = 0;
  while (i < text.length) {
    const ch = text[i]!;
    if (WHITESPACE.has(text.charCodeAt(i))) {
      i++;
      continue;
    }
    if (expect === 'done') return false; // something after the whole value
    if (expect === 'colon') {
      if (ch !== ':') return false;
      expect = 'value';
      i++;
    } else if (expect === 'comma-or-end') {
      const inObject = open[open.length - 1] === 'object';
      if (ch === ',') expect = inObject ? 'key' : 'value';
      else if (ch === (inObject ? '}' : ']')) {
        open.pop();
        expect = afterValue();
      } else return false;
      i++;
    } else if ((expect === 'key-or-end' && ch === '}') || (expect === 'value-or-end' && ch === ']')) {
      open.pop();
      expect = afterValue();
      i++;
    } else if (expect === 'key' || expect === 'key-or-end') {
      if (ch !== '"') return false;
      const end = stringEnd(text, i);
      if (end === RAN_OUT) return true;
      if (end === BROKEN) return false;
      i = end;
      expect = 'colon';
    } else if (ch === '{' || ch === '[') {
      open.push(ch === '{' ? 'object' : 'array');
      expect = ch === '{' ? 'key-or-end' : 'value-or-end';
      i++;
    } else if (ch === '"') {
      const end = stringEnd(text, i);
      if (end === RAN_OUT) return true;
      if (end === BROKEN) return false;
      i = end;
      expect = afterValue();
    } else if (ch === 't' || ch === 'f' || ch === 'n') {
      const word = LITERALS.find((w) => w[0] === ch)!;
      const seen = text.slice(i, i + word.length);
      if (!word.startsWith(seen)) return false;
      if (seen.length < word.length) return true;
      i += word.length;
      expect = afterValue();
    } else if (ch === '-' || (ch >= '0' && ch <= '9')) {
      let j = i;
      while (j < text.length && /[-+0-9.eE]/.test(text[j]!)) j++;
      if (j >= text.length) return NUMBER_START.test(text.slice(i, j)); // it may go on
      if (!NUMBER.test(text.slice(i, j))) return false;
      i = j;
      expect = afterValue();
    } else return false;
  }
  return expect !== 'done';
}
