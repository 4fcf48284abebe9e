/**
 * The language tables against the logic file: every line used has source
 * text; translations exist (a regional variant such as es-AR may hold only
 * the lines it changes, next to its base language's table), are not stale (their `source` fingerprint matches
 * the current source text) and keep the same {{placeholders}}; no table holds
 * lines nothing uses.
 */
import { entryText, isTranslated, placeholdersIn, sourceFingerprint } from '../text.js';
import { has } from './context.js';
import { describePath } from './locate.js';
import type { TableContext } from './table-view.js';
import { phrase } from './words/render.js';

const list = (names: Set<string>): string =>
  names.size === 0 ? phrase('no-placeholders') : [...names].map((n) => `{{${n}}}`).join(', ');

export function checkTexts(ctx: TableContext): void {
  const { view, texts, textFiles, report } = ctx;
  const sourceLang = view.sourceLanguage;
  if (!has(textFiles, sourceLang)) {
    const words = { params: { lang: sourceLang } };
    report.add(ctx.scenarioFile, 'error', 'missing-source-table', words, ['sourceLanguage']);
    return;
  }
  // A table that could not be read at all has its own finding; comparing
  // against it would only repeat that for every line.
  if (!has(texts, sourceLang)) return;
  const source = texts[sourceLang]!;
  const sourceFile = textFiles[sourceLang]!;
  // The command that writes the fingerprint, so nobody pastes it by hand.
  const review = (lang: string, id: string): string => `npm run scenarios:review -- ${view.id} ${lang} ${id}`;
  const invalid = (lang: string, id: string): boolean => ctx.invalidLines?.[lang]?.has(id) ?? false;

  // First use of each line id, for pointing at it in the logic file.
  const used = new Map<string, (string | number)[]>();
  for (const use of view.uses) if (!used.has(use.id)) used.set(use.id, use.path);

  for (const [id, path] of used) {
    if (has(source, id) || invalid(sourceLang, id)) continue;
    const words = { params: { path: describePath(path), line: id, file: sourceFile.file } };
    report.add(ctx.scenarioFile, 'error', 'missing-line', words, path);
  }

  for (const [lang, table] of Object.entries(texts)) {
    const file = textFiles[lang]!;
    for (const id of Object.keys(table)) {
      if (used.has(id)) continue;
      report.add(file, 'warning', 'unused-line', { params: { line: id, lang } }, [id], 'key');
    }
    if (lang === sourceLang) continue;

    // A regional variant (es-AR) next to its base language's table (es)
    // overrides only the lines it changes; the game takes the rest from the base.
    const base = lang.split('-')[0]!;
    const overlay = base !== lang && has(texts, base);
    for (const id of used.keys()) {
      if (overlay || has(table, id) || !has(source, id) || invalid(lang, id)) continue;
      const words = { params: { line: id, lang, source: sourceLang } };
      report.add(file, 'warning', 'missing-translation', words, []);
    }
    for (const [id, entry] of Object.entries(table)) {
      if (!has(source, id)) continue;
      const original = entryText(source[id]!);
      const current = sourceFingerprint(original);
      if (!isTranslated(entry)) {
        const words = {
          params: { line: id, source: sourceLang, command: review(lang, id), fingerprint: current },
        };
        report.add(file, 'warning', 'no-fingerprint', words, [id], 'key');
      } else if (entry.source !== current) {
        const words = {
          params: { line: id, source: sourceLang, command: review(lang, id), fingerprint: current },
        };
        report.add(file, 'warning', 'stale-translation', words, [id, 'source']);
      }
      const mine = placeholdersIn(entryText(entry));
      const theirs = placeholdersIn(original);
      const same = mine.size === theirs.size && [...mine].every((p) => theirs.has(p));
      if (!same) {
        const words = { params: { line: id, mine: list(mine), source: sourceLang, theirs: list(theirs) } };
        report.add(file, 'error', 'placeholder-mismatch', words, isTranslated(entry) ? [id, 'text'] : [id]);
      }
    }
  }
}
