/**
 * The studio's Translate tab: pick a language (or add one), see every line
 * side by side with its state, type translations, mark lines reviewed, and
 * hand one language to a translator's tool and back (XLIFF 2.0 or PO).
 * Every change is a new text of the table file (model/translation.ts),
 * handed to the page like an edit in the editor.
 */
import { useMemo, useRef, useState } from 'preact/hooks';
import {
  exportTranslation,
  FORMAT_EXTENSION,
  formatOfFile,
  stateCounts,
  TRANSLATION_FORMATS,
  type ImportResult,
  type TranslationFormat,
} from '../../format/translate/index';
import { LINE_STATES } from '../../format/translate/units';
import { MAX_TRANSLATION_FILE_CHARS } from '../../format/translate/limits';
import { download } from '../files/open-files';
import {
  importInto,
  LINE_FILTERS,
  newLanguageProblem,
  reviewed,
  shownBy,
  sourceLanguageOf,
  tablePathOf,
  translationLanguages,
  translationOf,
  withLanguage,
  withTranslation,
  type LineFilter,
} from '../model/translation';
import { logicPath, withFile, type StoryFiles } from '../model/story-files';
import { STATE_SIGN, TranslateLines } from './translate-lines';

type T = (key: string, options?: Record<string, unknown>) => string;

export interface TranslatePanelProps {
  t: T;
  story: StoryFiles;
  languageName: (code: string) => string;
  /** Whether the tab is shown (the files are read only then). */
  active: boolean;
  /** The studio's own language: the one offered first when the story has it. */
  uiLanguage: string;
  /** The tab changed the story (one file's text, or a new table). */
  onStory(story: StoryFiles, path: string): void;
  onOpenLine(lang: string, line: string): void;
}

type Report =
  | { kind: 'imported'; file: string; result: ImportResult }
  | { kind: 'refused'; file: string; reason?: string; problems: string[] }
  | { kind: 'info'; text: string };

const MIME: Record<TranslationFormat, string> = {
  xliff: 'application/xliff+xml',
  po: 'text/x-gettext-translation',
};

/** A file of more bytes than this cannot hold the characters a translation file may have (UTF-8). */
const MAX_FILE_BYTES = MAX_TRANSLATION_FILE_CHARS * 4;

/** `line (why)` as the importer lists skipped lines: the id alone, which needs no translating. */
const lineIdOf = (skipped: string) => skipped.split(' ')[0] ?? skipped;

export function TranslatePanel(props: TranslatePanelProps) {
  const { t, story, languageName, uiLanguage, onStory, onOpenLine } = props;
  const logic = story.files[logicPath(story)];
  // Read only while the tab is shown: the other tabs' typing should not pay for it.
  const sourceLanguage = useMemo(
    () => (props.active ? sourceLanguageOf(story) : undefined),
    [props.active, logic],
  );
  const languages = translationLanguages(story, sourceLanguage);
  const [chosen, setChosen] = useState('');
  const lang = languages.includes(chosen)
    ? chosen
    : languages.includes(uiLanguage)
      ? uiLanguage
      : (languages[0] ?? '');
  const [filter, setFilter] = useState<LineFilter>('all');
  const [report, setReport] = useState<Report | null>(null);
  const [newTag, setNewTag] = useState('');
  const [tagProblem, setTagProblem] = useState('');
  const addBox = useRef<HTMLDetailsElement>(null);

  const sourceText = sourceLanguage ? story.files[tablePathOf(story, sourceLanguage)] : undefined;
  const targetText = lang ? story.files[tablePathOf(story, lang)] : undefined;
  const view = useMemo(
    () => (props.active && lang ? translationOf(story, lang, sourceLanguage) : undefined),
    [props.active, lang, sourceLanguage, sourceText, targetText],
  );

  const choose = (code: string) => {
    setChosen(code);
    setReport(null);
  };

  const addLanguage = (e: Event) => {
    e.preventDefault();
    const tag = newTag.trim();
    const problem = newLanguageProblem(story, tag);
    if (problem) return setTagProblem(t(`translate.add.${problem}`, { tag }));
    setTagProblem('');
    setNewTag('');
    onStory(withLanguage(story, tag), `text/${tag}.yaml`);
    if (addBox.current) addBox.current.open = false;
    choose(tag);
    setReport({ kind: 'info', text: t('translate.add.done', { tag, file: `text/${tag}.yaml` }) });
  };

  const ok = view?.ok ? view : undefined;
  const units = ok?.units ?? [];
  const counts = stateCounts(units);
  // The lines shown that "mark all shown as reviewed" would mark: translated, not done.
  const toReview = [
    ...new Set(
      units
        .filter((u) => shownBy(filter, u.state) && (u.state === 'new' || u.state === 'stale'))
        .map((u) => u.line),
    ),
  ];

  const writeForms = (line: string, forms: Record<string, string>, plural: boolean, leaving: boolean) => {
    if (!ok) return;
    const empty = Object.values(forms).every((v) => v === '');
    if (empty && !leaving) return; // removed when the author leaves the field, not mid-word
    try {
      const text = withTranslation(story.files[ok.path] ?? '', ok.language.target ?? {}, line, forms, plural);
      if (text !== story.files[ok.path]) onStory(withFile(story, ok.path, text), ok.path);
    } catch {
      setReport({ kind: 'info', text: t('translate.problem.table-unreadable', { file: ok.path }) });
    }
  };

  const review = (lines: string[]) => {
    if (!ok || lines.length === 0) return;
    const done = reviewed(story, ok, lines);
    if (done.marked.length > 0) onStory(done.story, ok.path);
    setReport({ kind: 'info', text: t('translate.reviewed', { count: done.marked.length }) });
  };

  const reviewAll = () => {
    if (toReview.length === 0) return;
    if (!window.confirm(t('translate.reviewAllConfirm', { count: toReview.length }))) return;
    review(toReview);
  };

  const exportAs = (format: TranslationFormat) => {
    if (!ok) return;
    const file = `${story.folder}.${lang}.${FORMAT_EXTENSION[format]}`;
    download(file, exportTranslation(format, ok.language), MIME[format]);
    setReport({ kind: 'info', text: t('translate.exported', { file }) });
  };

  const importFile = async (file: File) => {
    if (!ok) return;
    const format = formatOfFile(file.name);
    if (!format)
      return setReport({
        kind: 'refused',
        file: file.name,
        reason: t('translate.import.badName'),
        problems: [],
      });
    if (file.size > MAX_FILE_BYTES)
      return setReport({
        kind: 'refused',
        file: file.name,
        reason: t('translate.import.tooBig'),
        problems: [],
      });
    let text: string;
    try {
      text = await file.text();
    } catch {
      return setReport({
        kind: 'refused',
        file: file.name,
        reason: t('translate.import.unreadable'),
        problems: [],
      });
    }
    const outcome = importInto(story, ok, format, text);
    if (!outcome.result.table)
      return setReport({ kind: 'refused', file: file.name, problems: outcome.result.problems });
    if (outcome.story !== story) onStory(outcome.story, ok.path);
    setReport({ kind: 'imported', file: file.name, result: outcome.result });
  };

  return (
    <div class="studio-translate" data-testid="translate-panel">
      <div class="translate-head">
        <div class="translate-controls">
          <label class="translate-control">
            {t('translate.language')}
            <select
              value={lang}
              data-testid="translate-language"
              disabled={languages.length === 0}
              onChange={(e) => choose(e.currentTarget.value)}
            >
              {languages.length === 0 && <option value="">{t('translate.noLanguage')}</option>}
              {languages.map((code) => (
                <option key={code} value={code}>
                  {languageName(code) === code ? code : `${languageName(code)} (${code})`}
                </option>
              ))}
            </select>
          </label>
          <details class="translate-add-box" ref={addBox}>
            <summary data-testid="translate-add-open">{t('translate.add.open')}</summary>
            <form class="translate-add" onSubmit={addLanguage}>
              <label class="translate-control">
                {t('translate.add.label')}
                <input
                  value={newTag}
                  data-testid="translate-new-tag"
                  aria-describedby="translate-tag-problem"
                  spellcheck={false}
                  autocomplete="off"
                  onInput={(e) => setNewTag(e.currentTarget.value)}
                />
              </label>
              <button type="submit" class="btn btn-secondary" data-testid="translate-add">
                {t('translate.add.button')}
              </button>
            </form>
            <p id="translate-tag-problem" class="studio-problem" role="alert" hidden={!tagProblem}>
              {tagProblem}
            </p>
          </details>
        </div>
        {view && !view.ok && (
          <p class="studio-problem" data-testid="translate-problem">
            {t(`translate.problem.${view.problem}`, { file: `text/${lang}.yaml` })}
          </p>
        )}
        {!lang && <p class="studio-hint">{t('translate.none')}</p>}
        {ok && (
          <>
            <p class="translate-counts" data-testid="translate-counts">
              {LINE_STATES.map((state) => (
                <span key={state} class={`translate-badge state-${state}`} data-state={state}>
                  <span aria-hidden="true">{STATE_SIGN[state]}</span>{' '}
                  {t(`translate.count.${state}`, { count: counts[state] })}
                </span>
              ))}
            </p>
            <div class="translate-tools">
              <fieldset class="translate-filter">
                <legend>{t('translate.filter.label')}</legend>
                {LINE_FILTERS.map((f) => (
                  <label key={f}>
                    <input
                      type="radio"
                      name="translate-filter"
                      value={f}
                      checked={filter === f}
                      data-testid={`translate-filter-${f}`}
                      onChange={() => setFilter(f)}
                    />
                    {t(`translate.filter.${f}`)}
                  </label>
                ))}
              </fieldset>
              <button
                type="button"
                class="btn btn-secondary"
                data-testid="translate-review-all"
                disabled={toReview.length === 0}
                onClick={reviewAll}
              >
                {t('translate.reviewAll', { count: toReview.length })}
              </button>
            </div>
            <div class="translate-tools" role="group" aria-labelledby="translate-tools-label">
              <span class="translate-tools-label" id="translate-tools-label">
                {t('translate.export.label')}
              </span>
              {TRANSLATION_FORMATS.map((format) => (
                <button
                  key={format}
                  type="button"
                  class="btn btn-secondary"
                  data-testid={`translate-export-${format}`}
                  onClick={() => exportAs(format)}
                >
                  {t(`translate.export.${format}`)}
                </button>
              ))}
              {/* The browser's own file button speaks the browser's language; this one speaks the studio's. */}
              <label class="btn btn-secondary translate-import">
                {t('translate.import.label')}
                <input
                  type="file"
                  class="visually-hidden"
                  accept=".xlf,.xliff,.po"
                  data-testid="translate-import"
                  onChange={(e) => {
                    const input = e.currentTarget;
                    const file = input.files?.[0];
                    input.value = '';
                    if (file) void importFile(file);
                  }}
                />
              </label>
            </div>
          </>
        )}
        <ImportReport t={t} report={report} />
      </div>
      {ok && (
        <div class="translate-scroll">
          <TranslateLines
            t={t}
            units={units}
            lang={lang}
            sourceLanguage={ok.language.sourceLanguage}
            languageName={languageName}
            filter={filter}
            onForms={writeForms}
            onReview={(line) => review([line])}
            onOpenLine={(line) => onOpenLine(lang, line)}
          />
        </div>
      )}
    </div>
  );
}

function ImportReport({ t, report }: { t: T; report: Report | null }) {
  if (!report) return <div class="translate-report" role="status" data-testid="translate-report" hidden />;
  if (report.kind === 'info')
    return (
      <div class="translate-report" role="status" data-testid="translate-report">
        <p>{report.text}</p>
      </div>
    );
  if (report.kind === 'refused')
    return (
      <div class="translate-report is-refused" role="alert" data-testid="translate-report">
        <p class="translate-report-head">{t('translate.import.refused', { file: report.file })}</p>
        {report.reason && <p>{report.reason}</p>}
        {report.problems.length > 0 && (
          <>
            <p>{t('translate.import.why')}</p>
            <ul>
              {report.problems.map((p, i) => (
                <li key={i} lang="en">
                  {p}
                </li>
              ))}
            </ul>
          </>
        )}
      </div>
    );
  const { result, file } = report;
  return (
    <div class="translate-report" role="status" data-testid="translate-report">
      <p class="translate-report-head">
        {result.written.length > 0
          ? t('translate.import.written', { count: result.written.length, file })
          : t('translate.import.nothing', { file })}
      </p>
      {result.staleSinceExport.length > 0 && (
        <p data-testid="translate-report-stale">
          <span aria-hidden="true">{STATE_SIGN.stale}</span>{' '}
          {t('translate.import.stale', {
            count: result.staleSinceExport.length,
            lines: result.staleSinceExport.join(', '),
          })}
        </p>
      )}
      {result.skipped.length > 0 && (
        <p>
          {t('translate.import.skipped', {
            count: result.skipped.length,
            lines: result.skipped.map(lineIdOf).join(', '),
          })}
        </p>
      )}
    </div>
  );
}
