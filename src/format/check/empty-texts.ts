/**
 * A line whose text is empty or only spaces would show the player an empty
 * bubble, button or title. Zero-width characters count as empty too: they
 * are invisible, and a line made of them is a line with nothing to read.
 */
import type { LineTextT } from '../schema.js';
import { isTranslated } from '../text.js';
import type { TableContext } from './table-view.js';
import { phrase } from './words/render.js';

const BLANK = /^[\s\u200b-\u200d\u2060\ufeff]*$/u;

/** The blank strings of a line's text, with where each is inside the entry. */
function blanks(text: LineTextT, base: string[]): string[][] {
  if (typeof text === 'string') return BLANK.test(text) ? [base] : [];
  return Object.entries(text)
    .filter(([, form]) => typeof form === 'string' && BLANK.test(form))
    .map(([name]) => [...base, name]);
}

export function checkEmptyTexts(ctx: TableContext): void {
  for (const [lang, table] of Object.entries(ctx.texts)) {
    const file = ctx.textFiles[lang]!;
    for (const [id, entry] of Object.entries(table)) {
      const found = isTranslated(entry) ? blanks(entry.text, ['text']) : blanks(entry, []);
      for (const part of found) {
        const last = part.at(-1);
        const form = last !== undefined && last !== 'text' ? phrase('its-form', last) : '';
        ctx.report.add(file, 'error', 'empty-text', { params: { line: id, form, lang } }, [id, ...part]);
      }
    }
  }
}
