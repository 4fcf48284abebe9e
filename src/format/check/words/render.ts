/**
 * A finding's words as data: a template id (its code, and a variant when one
 * code says several different things) and the values that fill it in. The
 * checker renders the English message from them (english.ts); the studio
 * renders the same params with the author's language's templates
 * (assets/locales/<lang>/studio.json, `finding.<code>[.<variant>]`). One
 * renderer serves both, so the sentences cannot drift apart in how they are
 * put together.
 *
 * Templates use i18next's `{{name}}` syntax. A few values are not plain text
 * but words the template's language must supply, written with a format:
 * - `{{name, part}}`: the value is a phrase (`phrase(id, ...values)`), whose
 *   template is `finding-part.<id>`; it sees the finding's params and its own
 *   values as `{{0}}`, `{{1}}`…; an empty value renders nothing;
 * - `{{name, list}}`, `{{name, and}}`, `{{name, or}}`, `{{name, joined}}`,
 *   `{{name, semi}}`: the value is a list (`items([...])`) of plain values
 *   or phrases, joined with ", " (`list`); with ", " and the language's
 *   word before the last (`and`, `or`: `finding-word.and`/`.or`); with that
 *   "and" between every two (`joined`); or with "; " (`semi`).
 * Values are inserted as they are, once: a value that itself holds `{{x}}`
 * is never filled in again, so an author's text cannot reach other params.
 */

/** What fills a template in; serialisable, so it crosses to the studio's worker as is. */
export type FindingParams = Record<string, string | number>;

/** The words of one finding, as an analysis reports them. */
export interface FindingWords {
  /** Set when one code has several distinct messages. */
  variant?: string;
  params: FindingParams;
}

/** Looks a template up by key (`finding.<code>`, `finding-part.<id>`, `finding-word.and`). */
export type TemplateLookup = (key: string) => string | undefined;

// Control characters no text the checker quotes needs; they separate list items and phrase values.
const ITEM = '\u001f';
const FIELD = '\u001e';

const clean = (value: string | number): string => String(value).split(ITEM).join('').split(FIELD).join('');

/** A phrase: words the template's language supplies, with values of its own. */
export function phrase(id: string, ...values: (string | number)[]): string {
  return [FIELD + id, ...values.map(clean)].join(FIELD);
}

/** A list of plain values and phrases, for `{{name, list}}`, `{{name, and}}` or `{{name, or}}`. */
export function items(list: readonly (string | number)[]): string {
  return list
    .map((item) => (typeof item === 'string' && item.startsWith(FIELD) ? item : clean(item)))
    .join(ITEM);
}

/** The template key of a finding: `finding.<code>` or `finding.<code>.<variant>`. */
export function findingKey(code: string, variant?: string): string {
  return variant ? `finding.${code}.${variant}` : `finding.${code}`;
}

/** Every phrase id a params value uses (for tests that check each has a template). */
export function phrasesIn(value: string | number): string[] {
  if (typeof value !== 'string') return [];
  return value
    .split(ITEM)
    .filter((item) => item.startsWith(FIELD))
    .map((item) => item.slice(1).split(FIELD)[0]!);
}

export class MissingTemplate extends Error {}

/** Fills a template in; throws MissingTemplate when a phrase or joining word has no template. */
export function renderTemplate(template: string, params: FindingParams, lookup: TemplateLookup): string {
  return template.replace(
    /\{\{\s*([^{},\s]+)\s*(?:,\s*([a-z]+)\s*)?\}\}/g,
    (whole, name: string, format?: string) => {
      if (!Object.hasOwn(params, name)) throw new MissingTemplate(`no value for ${whole}`);
      const value = params[name]!;
      if (!format) return String(value);
      if (format === 'part') return String(value) === '' ? '' : renderItem(String(value), params, lookup);
      const list = String(value) === '' ? [] : String(value).split(ITEM);
      const shown = list.map((item) => renderItem(item, params, lookup));
      switch (format) {
        case 'list':
          return shown.join(', ');
        case 'semi':
          return shown.join('; ');
        case 'joined':
          return shown.join(` ${need(lookup, 'finding-word.and')} `);
        case 'and':
        case 'or':
          if (shown.length <= 1) return shown.join('');
          return `${shown.slice(0, -1).join(', ')} ${need(lookup, `finding-word.${format}`)} ${shown.at(-1)!}`;
        default:
          throw new MissingTemplate(`unknown format in ${whole}`);
      }
    },
  );
}

function renderItem(item: string, params: FindingParams, lookup: TemplateLookup): string {
  if (!item.startsWith(FIELD)) return item;
  const [id, ...values] = item.slice(1).split(FIELD);
  const own: FindingParams = { ...params };
  values.forEach((v, i) => (own[String(i)] = v));
  return renderTemplate(need(lookup, `finding-part.${id}`), own, lookup);
}

function need(lookup: TemplateLookup, key: string): string {
  const template = lookup(key);
  if (template === undefined) throw new MissingTemplate(`no template ${key}`);
  return template;
}

/** The sentence for a finding's words, or undefined when a template is missing. */
export function renderWords(code: string, words: FindingWords, lookup: TemplateLookup): string | undefined {
  const template = lookup(findingKey(code, words.variant));
  if (template === undefined) return undefined;
  try {
    return renderTemplate(template, words.params, lookup);
  } catch (error) {
    if (error instanceof MissingTemplate) return undefined;
    throw error;
  }
}
