/**
 * gettext PO for one language of a story. Written here rather than with
 * `gettext-parser`, whose reader and writer import Node's `stream`, `buffer`
 * and the `encoding` package at load time, so they do not run in a page (the
 * studio) without Node polyfills. PO is a small line format; this covers what
 * Escudo writes and what PO editors (Poedit, Weblate, Lokalise) write back.
 *
 * Each line or plural form is one entry: `msgctxt` is its key (units.ts),
 * `msgid` the source text, `msgstr` the translation. Plural lines use one
 * entry per form rather than gettext's `msgid_plural`/`msgstr[n]`, whose
 * numbered forms follow a `Plural-Forms` formula, not the named forms
 * (one, few, many…) Escudo's tables use. The fingerprint is an extracted
 * comment (`#. escudo-fingerprint: 1a2b3c4d`), which editors keep and show;
 * a line to check (stale, or not reviewed) carries the `fuzzy` flag, which
 * the translator clears when it is done.
 */
import { MAX_TRANSLATION_UNITS, sizeProblem } from './limits.js';
import type { ImportedUnit } from './merge.js';
import type { TranslationUnit } from './units.js';
import type { ExportInfo, ReadTranslation } from './xliff.js';

const FINGERPRINT = 'escudo-fingerprint: ';
const STATE = 'escudo-state: ';

function quote(text: string): string {
  const escaped = text
    .replaceAll('\\', '\\\\')
    .replaceAll('"', '\\"')
    .replaceAll('\n', '\\n')
    .replaceAll('\t', '\\t')
    .replaceAll('\r', '\\r');
  return `"${escaped}"`;
}

export function exportPo(units: readonly TranslationUnit[], info: ExportInfo): string {
  const header = [
    `Language: ${info.language}`,
    'MIME-Version: 1.0',
    'Content-Type: text/plain; charset=UTF-8',
    'Content-Transfer-Encoding: 8bit',
    `X-Escudo-Story: ${info.story}`,
    `X-Escudo-Source-Language: ${info.sourceLanguage}`,
  ];
  const out = [
    `# ${info.story}: ${info.sourceLanguage} → ${info.language}. Made by Escudo (npm run scenarios:translate).`,
    'msgid ""',
    'msgstr ""',
    ...header.map((h) => quote(`${h}\n`)),
  ];
  for (const unit of units) {
    out.push('');
    out.push(`#. ${FINGERPRINT}${unit.fingerprint}`, `#. ${STATE}${unit.state}`);
    if (unit.state === 'stale' || unit.state === 'new') out.push('#, fuzzy');
    out.push(
      `msgctxt ${quote(unit.key)}`,
      `msgid ${quote(unit.source)}`,
      `msgstr ${quote(unit.target ?? '')}`,
    );
  }
  return out.join('\n') + '\n';
}

interface Entry {
  comments: string[];
  flags: string[];
  fields: Map<string, string>;
  line: number;
}

const ESCAPES: Record<string, string> = { n: '\n', t: '\t', r: '\r', '"': '"', '\\': '\\' };

/** The text of a PO string literal, or null when it is not one. */
function unquote(literal: string): string | null {
  const match = /^"((?:[^"\\]|\\.)*)"$/.exec(literal.trim());
  if (!match) return null;
  let bad = false;
  const text = match[1]!.replace(/\\(.)/g, (_, c: string) => {
    if (ESCAPES[c] === undefined) bad = true;
    return ESCAPES[c] ?? c;
  });
  return bad ? null : text;
}

function parseEntries(text: string): { entries: Entry[]; problem?: string } {
  const entries: Entry[] = [];
  let current: Entry | undefined;
  let field: string | undefined;
  const lines = text.replace(/^\uFEFF/, '').split(/\r?\n/);
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!.trim();
    const n = i + 1;
    if (line === '') {
      current = undefined;
      field = undefined;
      continue;
    }
    const start = (): Entry => {
      if (!current || (line.startsWith('#') && current.fields.size > 0)) {
        current = { comments: [], flags: [], fields: new Map(), line: n };
        entries.push(current);
      }
      return current;
    };
    if (line.startsWith('#~')) continue; // obsolete entries: ignored, as PO tools do
    if (line.startsWith('#,')) {
      start().flags.push(
        ...line
          .slice(2)
          .split(',')
          .map((f) => f.trim()),
      );
      continue;
    }
    if (line.startsWith('#.')) {
      start().comments.push(line.slice(2).trim());
      continue;
    }
    if (line.startsWith('#')) continue;
    const keyword = /^(msgctxt|msgid|msgstr|msgid_plural|msgstr\[\d+\])\s+([\s\S]*)$/.exec(line);
    if (keyword) {
      const [, name, rest] = keyword;
      if (name === 'msgid_plural' || name!.startsWith('msgstr['))
        return {
          entries,
          problem: `line ${n}: gettext plural entries (${name}) are not used; Escudo writes one entry per plural form`,
        };
      const entry = current && !current.fields.has(name!) ? current : undefined;
      const target = entry ?? { comments: [], flags: [], fields: new Map<string, string>(), line: n };
      if (!entry) {
        entries.push(target);
        current = target;
      }
      const value = unquote(rest!);
      if (value === null) return { entries, problem: `line ${n}: ${name} is not a quoted text` };
      target.fields.set(name!, value);
      field = name;
      continue;
    }
    if (line.startsWith('"') && current && field) {
      const value = unquote(line);
      if (value === null) return { entries, problem: `line ${n}: this is not a quoted text` };
      current.fields.set(field, current.fields.get(field)! + value);
      continue;
    }
    return { entries, problem: `line ${n}: "${line.slice(0, 40)}" is not PO` };
  }
  return { entries };
}

function headerField(header: string, name: string): string | undefined {
  for (const line of header.split('\n')) {
    const at = line.indexOf(':');
    if (at > 0 && line.slice(0, at).trim().toLowerCase() === name.toLowerCase())
      return line.slice(at + 1).trim();
  }
  return undefined;
}

/** Reads a PO file for `info` (the story and the two languages it must name). */
export function readPo(text: string, info: ExportInfo): ReadTranslation {
  const tooBig = sizeProblem(text);
  if (tooBig) return { problems: [tooBig] };
  const { entries, problem } = parseEntries(text);
  if (problem) return { problems: [problem] };
  const header = entries.find((e) => e.fields.get('msgid') === '' && !e.fields.has('msgctxt'));
  const headerText = header?.fields.get('msgstr') ?? '';
  const lang = headerField(headerText, 'Language');
  if (!header || lang === undefined)
    return { problems: ['this is not an Escudo PO file: it has no header naming its "Language"'] };
  if (lang.replace('_', '-') !== info.language)
    return { problems: [`the file is a translation into "${lang}", not "${info.language}"`] };
  const story = headerField(headerText, 'X-Escudo-Story');
  if (story !== undefined && story !== info.story)
    return { problems: [`the file is for "${story}", not "${info.story}"`] };
  const sourceLang = headerField(headerText, 'X-Escudo-Source-Language');
  if (sourceLang !== undefined && sourceLang !== info.sourceLanguage)
    return {
      problems: [
        `the file's source language is "${sourceLang}", but this story is written in "${info.sourceLanguage}"`,
      ],
    };

  const units: ImportedUnit[] = [];
  for (const entry of entries) {
    if (entry === header) continue;
    if (units.length >= MAX_TRANSLATION_UNITS)
      return { problems: ['the file has more entries than any story'] };
    const key = entry.fields.get('msgctxt');
    if (key === undefined || !entry.fields.has('msgid') || !entry.fields.has('msgstr'))
      return { problems: [`line ${entry.line}: an entry needs msgctxt (the line id), msgid and msgstr`] };
    const fingerprint = entry.comments
      .find((c) => c.startsWith(FINGERPRINT))
      ?.slice(FINGERPRINT.length)
      .trim();
    units.push({
      key,
      target: entry.fields.get('msgstr')!,
      fingerprint: fingerprint ?? '',
      needsReview: entry.flags.includes('fuzzy') ? 'yes' : 'no',
    });
  }
  return { units, problems: [] };
}
