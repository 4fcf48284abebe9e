/**
 * The language tables against the logic file: every line used has source
 * text; translations exist (a regional variant such as es-AR may hold only
 * the lines it changes, next to its base language's table), are not stale (their `source` fingerprint matches
 * the current source text) and keep the same {{placeholders}}; no table holds
 * lines nothing uses.
 */
import { entryText, isTranslated, placeholdersIn, sourceFingerprint } from '../text.js';
import { has, type CheckContext } from './context.js';
import { describePath } from './locate.js';
import { lineUses } from './line-uses.js';

const list = (names: Set<string>): string =>
  names.size === 0 ? 'no placeholders' : [...names].map((n) => `{{${n}}}`).join(', ');

export function checkTexts(ctx: CheckContext): void {
  const { scenario, texts, textFiles, report } = ctx;
  const sourceLang = scenario.sourceLanguage;
  if (!has(textFiles, sourceLang)) {
    const msg = `there is no text table for the source language "${sourceLang}"; create text/${sourceLang}.yaml`;
    report.add(ctx.scenarioFile, 'error', 'missing-source-table', msg, ['sourceLanguage']);
    return;
  }
  // A table that could not be read at all has its own finding; comparing
  // against it would only repeat that for every line.
  if (!has(texts, sourceLang)) return;
  const source = texts[sourceLang]!;
  const sourceFile = textFiles[sourceLang]!;
  // The command that writes the fingerprint, so nobody pastes it by hand.
  const review = (lang: string, id: string): string =>
    `npm run scenarios:review -- ${scenario.id} ${lang} ${id}`;
  const invalid = (lang: string, id: string): boolean => ctx.invalidLines?.[lang]?.has(id) ?? false;

  // First use of each line id, for pointing at it in the logic file.
  const used = new Map<string, (string | number)[]>();
  for (const use of lineUses(scenario)) if (!used.has(use.id)) used.set(use.id, use.path);

  for (const [id, path] of used) {
    if (has(source, id) || invalid(sourceLang, id)) continue;
    const msg = `${describePath(path)}: line "${id}" has no text in ${sourceFile.file}; add it there`;
    report.add(ctx.scenarioFile, 'error', 'missing-line', msg, path);
  }

  for (const [lang, table] of Object.entries(texts)) {
    const file = textFiles[lang]!;
    for (const id of Object.keys(table)) {
      if (used.has(id)) continue;
      const msg = `line "${id}" (${lang}) is not used anywhere in the scenario; remove it, or check its spelling`;
      report.add(file, 'warning', 'unused-line', msg, [id], 'key');
    }
    if (lang === sourceLang) continue;

    // A regional variant (es-AR) next to its base language's table (es)
    // overrides only the lines it changes; the game takes the rest from the base.
    const base = lang.split('-')[0]!;
    const overlay = base !== lang && has(texts, base);
    for (const id of used.keys()) {
      if (overlay || has(table, id) || !has(source, id) || invalid(lang, id)) continue;
      const msg = `line "${id}" is not translated into ${lang} yet; players will see the ${sourceLang} text`;
      report.add(file, 'warning', 'missing-translation', msg, []);
    }
    for (const [id, entry] of Object.entries(table)) {
      if (!has(source, id)) continue;
      const original = entryText(source[id]!);
      const current = sourceFingerprint(original);
      if (!isTranslated(entry)) {
        const msg = `line "${id}" is a new translation, not marked as reviewed yet (it has no source fingerprint, so later changes to the ${sourceLang} text could not be noticed); once it is checked against the ${sourceLang} text, run ${review(lang, id)} (or write it as { text: ..., source: "${current}" })`;
        report.add(file, 'warning', 'no-fingerprint', msg, [id], 'key');
      } else if (entry.source !== current) {
        const msg = `line "${id}": the ${sourceLang} text changed after this was translated; re-check the translation, then run ${review(lang, id)} (or set source: "${current}")`;
        report.add(file, 'warning', 'stale-translation', msg, [id, 'source']);
      }
      const mine = placeholdersIn(entryText(entry));
      const theirs = placeholdersIn(original);
      const same = mine.size === theirs.size && [...mine].every((p) => theirs.has(p));
      if (!same) {
        const msg = `line "${id}" uses ${list(mine)}, but the ${sourceLang} text uses ${list(theirs)}; placeholders must be the same in every language`;
        report.add(file, 'error', 'placeholder-mismatch', msg, isTranslated(entry) ? [id, 'text'] : [id]);
      }
    }
  }
}
