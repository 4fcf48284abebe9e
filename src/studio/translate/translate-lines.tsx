/**
 * The side-by-side list of the Translate tab: for every line of the source
 * table, its id, the source text, the translation in a field (one field per
 * plural form the language needs) and its state, in words and a sign, never
 * colour alone. Typing writes the table as the author types; emptying every
 * field of a line and leaving it removes the line (it is missing again).
 */
import { useEffect, useRef, useState } from 'preact/hooks';
import type { LineState, TranslationUnit } from '../../format/translate/index';
import { formsOf, shownBy, type LineFilter } from '../model/translation';

type T = (key: string, options?: Record<string, unknown>) => string;

/**
 * Typing writes the table after this pause (and at once when the field is
 * left): rewriting a long table's YAML at every keystroke would make typing
 * lag on a big story, and the field shows what is typed meanwhile.
 */
export const WRITE_PAUSE_MS = 300;

/** A sign for each state, read with its word (the sign is hidden from screen readers). */
export const STATE_SIGN: Record<LineState, string> = { missing: '○', new: '✎', stale: '⚠', done: '✓' };

export interface TranslateLinesProps {
  t: T;
  units: TranslationUnit[];
  lang: string;
  sourceLanguage: string;
  languageName: (code: string) => string;
  filter: LineFilter;
  /** The author typed; `leaving` is true when the field lost focus (an emptied line is removed then). */
  onForms(line: string, forms: Record<string, string>, plural: boolean, leaving: boolean): void;
  onReview(line: string): void;
  onOpenLine(line: string): void;
}

interface Line {
  line: string;
  state: LineState;
  units: TranslationUnit[];
}

function byLine(units: readonly TranslationUnit[]): Line[] {
  const lines = new Map<string, Line>();
  for (const u of units) {
    const entry = lines.get(u.line) ?? { line: u.line, state: u.state, units: [] };
    entry.units.push(u);
    lines.set(u.line, entry);
  }
  return [...lines.values()];
}

export function TranslateLines(props: TranslateLinesProps) {
  const { t, lang, sourceLanguage, filter } = props;
  // What the author is typing, per field, until it leaves the field: the file
  // may briefly hold a line the checker refuses, and the field must not jump.
  const [drafts, setDrafts] = useState<Record<string, string>>({});
  const [focusLine, setFocusLine] = useState<string | null>(null);
  const body = useRef<HTMLTableSectionElement>(null);
  const pending = useRef<{ timer: number; write: () => void } | null>(null);
  const later = (write: () => void) => {
    if (pending.current) window.clearTimeout(pending.current.timer);
    const timer = window.setTimeout(() => {
      pending.current = null;
      write();
    }, WRITE_PAUSE_MS);
    pending.current = { timer, write };
  };
  const cancelPending = () => {
    if (pending.current) window.clearTimeout(pending.current.timer);
    pending.current = null;
  };
  // Leaving the tab or the story writes what was typed, rather than dropping it.
  useEffect(() => () => pending.current?.write(), []);
  const lines = byLine(props.units);
  const shown = lines.filter((l) => shownBy(filter, l.state));

  // A line marked reviewed may leave the list ("to do"): the keyboard goes on to the next one.
  useEffect(() => {
    if (focusLine === null) return;
    setFocusLine(null);
    const row = body.current?.querySelector<HTMLElement>(`tr[data-line="${CSS.escape(focusLine)}"]`);
    row?.querySelector<HTMLElement>('.translate-review, textarea')?.focus();
  }, [focusLine]);

  const formsWith = (line: Line, key: string, value: string) => {
    const forms = formsOf(line.units, line.line);
    for (const u of line.units) {
      const draft = drafts[u.key];
      if (draft !== undefined) forms[u.form ?? ''] = draft;
    }
    const edited = line.units.find((u) => u.key === key);
    forms[edited?.form ?? ''] = value;
    return forms;
  };

  const review = (line: Line) => {
    const at = shown.indexOf(line);
    const next = filter === 'all' ? line : (shown[at + 1] ?? shown[at - 1]);
    props.onReview(line.line);
    if (next) setFocusLine(next.line);
  };

  if (shown.length === 0)
    return (
      <p class="translate-empty" data-testid="translate-empty">
        {t(`translate.empty.${filter}`)}
      </p>
    );
  return (
    <table class="translate-table" data-testid="translate-lines">
      <thead>
        <tr>
          <th scope="col">{t('translate.col.source', { language: props.languageName(sourceLanguage) })}</th>
          <th scope="col">{t('translate.col.target', { language: props.languageName(lang) })}</th>
          <th scope="col">{t('translate.col.state')}</th>
        </tr>
      </thead>
      <tbody ref={body}>
        {shown.map((line) => {
          const plural = line.units[0]?.form !== undefined;
          return (
            <tr key={line.line} data-line={line.line} data-state={line.state}>
              <td class="translate-source">
                <button
                  type="button"
                  class="translate-id"
                  title={t('translate.openLine')}
                  aria-label={t('translate.openLineNamed', { line: line.line })}
                  onClick={() => props.onOpenLine(line.line)}
                >
                  {line.line}
                </button>
                {line.units.map((u) => (
                  <p key={u.key} class="translate-text" lang={sourceLanguage}>
                    {plural && <span class="translate-form">{u.form}</span>}
                    {u.source}
                  </p>
                ))}
              </td>
              <td class="translate-target">
                {line.units.map((u) => (
                  <label key={u.key} class="translate-field">
                    {plural && <span class="translate-form">{u.form}</span>}
                    <textarea
                      lang={lang}
                      rows={2}
                      data-key={u.key}
                      aria-label={
                        plural
                          ? t('translate.fieldForm', { line: line.line, form: u.form })
                          : t('translate.field', { line: line.line })
                      }
                      value={drafts[u.key] ?? u.target ?? ''}
                      onInput={(e) => {
                        const value = e.currentTarget.value;
                        setDrafts((d) => ({ ...d, [u.key]: value }));
                        const forms = formsWith(line, u.key, value);
                        later(() => props.onForms(line.line, forms, plural, false));
                      }}
                      onChange={(e) => {
                        const value = e.currentTarget.value;
                        cancelPending();
                        props.onForms(line.line, formsWith(line, u.key, value), plural, true);
                        setDrafts((d) => {
                          const { [u.key]: _gone, ...rest } = d;
                          return rest;
                        });
                      }}
                    />
                  </label>
                ))}
              </td>
              <td class="translate-state">
                <div class="translate-state-box">
                  <span class={`translate-badge state-${line.state}`} data-testid="line-state">
                    <span aria-hidden="true">{STATE_SIGN[line.state]}</span>{' '}
                    {t(`translate.state.${line.state}`)}
                  </span>
                  <span class="translate-why">{t(`translate.why.${line.state}`)}</span>
                  {(line.state === 'new' || line.state === 'stale') && (
                    <button
                      type="button"
                      class="btn btn-secondary translate-review"
                      aria-label={t('translate.reviewNamed', { line: line.line })}
                      onClick={() => review(line)}
                    >
                      {t('translate.review')}
                    </button>
                  )}
                </div>
              </td>
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}
