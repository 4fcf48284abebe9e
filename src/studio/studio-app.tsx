/**
 * Escudo Studio's page: open or start a story, edit its files with the
 * checker's findings on their lines, see its map, play-test it, save it and
 * export its pack. It holds the story's files (model/story-files.ts); the
 * checker runs in a worker (check/); the editor, map and play-test are parts
 * of their own.
 */
import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import { categoryOf } from '../format/check/categories';
import type { Finding } from '../format/load';
import type { GameI18n } from '../i18n/index';
import { isStoryId, newStoryFiles } from '../format/template/new-story';
import { CheckerClient } from './check/checker-client';
import { CodeEditor } from './editor/code-editor';
import type { JsonSchema } from './editor/schema-complete';
import {
  canSaveToFolder,
  download,
  downloadZip,
  openPicked,
  openWritableFolder,
  saveToFolder,
  type Opening,
  type SaveTarget,
} from './files/open-files';
import { GraphView } from './graph/graph-view';
import { copyStory } from './model/copy-story';
import { findingText, inLanguage } from './model/finding-text';
import { nodeAtLine, nodeLine, topKeyLine } from './model/line-lookup';
import type { StoryOutline } from './model/outline';
import { readShippedSource } from './model/shipped';
import {
  fileOf,
  logicPath,
  tableLanguage,
  tablePath,
  tablePaths,
  withFile,
  type StoryFiles,
} from './model/story-files';
import { PlayPanel } from './play/play-panel';
import { TranslatePanel } from './translate/translate-panel';
import { ShippedList, type ShippedStory } from './ui/shipped-list';
import scenarioSchema from '../../scenarios/scenario.schema.json';
import textSchema from '../../scenarios/text.schema.json';

export interface StudioAppProps {
  i18n: GameI18n;
  languages: { code: string; name: string }[];
  rememberLanguage(code: string): void;
  onLeave(): void;
}

interface Open {
  story: StoryFiles;
  /** The files as last saved (or opened), to know what changed. */
  saved: Record<string, string>;
  target: SaveTarget;
}

/** The right column's tabs: the map, the play-test, the side-by-side translation. */
const TABS = ['graph', 'play', 'translate'] as const;
type Tab = (typeof TABS)[number];

const EMPTY_OUTLINE: StoryOutline = { nodes: [], everywhere: [], variables: [] };

export function StudioApp({ i18n, languages, rememberLanguage, onLeave }: StudioAppProps) {
  const [, setLanguageTick] = useState(0);
  const t = (key: string, options?: Record<string, unknown>) => i18n.t(key, { ...options, ns: 'studio' });
  // A finding's template as written (its values are filled in by findingText, as text, never as markup).
  const templates = (key: string): string | undefined =>
    i18n.has(key, 'studio') ? i18n.t(key, { ns: 'studio', skipInterpolation: true }) : undefined;
  const said = (list: Finding[]): Finding[] => list.map((f) => inLanguage(f, templates));
  const languageName = (code: string) => languages.find((l) => l.code === code)?.name ?? code;

  const [open, setOpen] = useState<Open | null>(null);
  const [choices, setChoices] = useState<{ opening: Opening & { ok: true } } | null>(null);
  const [path, setPath] = useState('');
  const [findings, setFindings] = useState<Finding[]>([]);
  const [outline, setOutline] = useState<StoryOutline>(EMPTY_OUTLINE);
  const [checking, setChecking] = useState(false);
  const [checkMs, setCheckMs] = useState(0);
  /** False while the state explorer's findings are still to come (see check-worker.ts). */
  const [checkComplete, setCheckComplete] = useState(true);
  const [tab, setTab] = useState<Tab>('graph');
  const [notice, setNotice] = useState<{ kind: 'info' | 'error'; text: string } | null>(null);
  const [refusal, setRefusal] = useState<Finding[] | null>(null);
  const [cursorLine, setCursorLine] = useState(0);
  const [shipped, setShipped] = useState<ShippedStory[]>([]);

  const openRef = useRef<Open | null>(null);
  openRef.current = open;
  const editorHost = useRef<HTMLDivElement>(null);
  const editor = useRef<CodeEditor | null>(null);
  const checker = useRef<CheckerClient | null>(null);
  const folderInput = useRef<HTMLInputElement>(null);
  const zipInput = useRef<HTMLInputElement>(null);
  const findingsRef = useRef<Finding[]>([]);
  /** Set once the author chose to leave a story with unsaved edits, so the tab does not ask again. */
  const leaving = useRef(false);

  // The checker and the editor live as long as the page.
  useEffect(() => {
    checker.current = new CheckerClient(
      (result) => {
        findingsRef.current = result.findings;
        setFindings(result.findings);
        setOutline(result.outline);
        setCheckMs(result.ms);
        setCheckComplete(result.complete);
        setChecking(false);
        const story = openRef.current?.story;
        const current = editor.current?.openPath;
        if (story && current)
          editor.current!.setFindings(said(result.findings.filter((f) => fileOf(story, f.file) === current)));
      },
      () => {
        setChecking(false);
        setNotice({ kind: 'error', text: t('findings.failed') });
      },
    );
    editor.current = new CodeEditor(editorHost.current!, {
      schemaFor: (p) => (p.startsWith('text/') ? (textSchema as JsonSchema) : (scenarioSchema as JsonSchema)),
      label: (p) => t('editor.label', { file: p }),
      onChange: (p, text) => {
        const current = openRef.current;
        if (!current) return;
        const story = withFile(current.story, p, text);
        setOpen({ ...current, story });
        // What was said about the story before this edit (opened, refused…) may no longer hold.
        setRefusal(null);
        setNotice(null);
        setChecking(true);
        checker.current!.checkSoon(story);
      },
      onCursor: (p, line) => setCursorLine(p.startsWith('text/') ? 0 : line),
    });
    void fetch('scenarios/index.json', { credentials: 'same-origin' })
      .then((r) => (r.ok ? r.json() : null))
      .then((json: unknown) => setShipped(readIndex(json)))
      .catch(() => setShipped([]));
    return () => checker.current?.dispose();
  }, []);

  /** Shows a file in the editor, optionally at a line. */
  const show = (story: StoryFiles, p: string, line?: number) => {
    const ed = editor.current!;
    if (ed.openPath !== p) ed.open(p, story.files[p] ?? '');
    ed.setFindings(said(findingsRef.current.filter((f) => fileOf(story, f.file) === p)));
    setPath(p);
    if (line) ed.goToLine(line);
  };

  const begin = (story: StoryFiles, target: SaveTarget, message?: string) => {
    leaving.current = false;
    editor.current!.reset();
    const next = { story, saved: { ...story.files }, target };
    openRef.current = next;
    setOpen(next);
    setChoices(null);
    setFindings([]);
    findingsRef.current = [];
    setRefusal(null);
    setChecking(true);
    checker.current!.checkNow(story);
    show(story, logicPath(story));
    setNotice(message ? { kind: 'info', text: message } : null);
  };

  const opened = (opening: Opening) => {
    if (!opening.ok) {
      if (opening.problem !== 'cancelled')
        setNotice({ kind: 'error', text: t(`open.problem.${opening.problem}`) });
      return;
    }
    const { stories } = opening.opened;
    if (stories.length === 1) begin(stories[0]!, opening.opened.target(stories[0]!));
    else setChoices({ opening });
  };

  const openFolder = async () => {
    if (canSaveToFolder()) opened(await openWritableFolder());
    else folderInput.current?.click();
  };

  const newStory = (id: string) => {
    begin({ folder: id, files: newStoryFiles(id) }, { kind: 'download' }, t('new.made', { id }));
  };

  const fetchShipped = async (id: string): Promise<StoryFiles | undefined> => {
    try {
      const res = await fetch(`scenarios/${id}.source.json`, { credentials: 'same-origin' });
      return res.ok ? readShippedSource(await res.json()) : undefined;
    } catch {
      return undefined;
    }
  };

  const openShipped = async (id: string, copyAs?: string) => {
    const story = await fetchShipped(id);
    if (!story) {
      setNotice({ kind: 'error', text: t('open.problem.unreadable') });
      return;
    }
    if (!copyAs) return begin(story, { kind: 'download' }, t('shipped.opened', { id }));
    const copy = copyStory(story, copyAs);
    const left = copy.leftOut.map(languageName).join(', ');
    begin(
      copy.story,
      { kind: 'download' },
      left ? t('shipped.copied', { id, languages: left }) : t('new.made', { id: copyAs }),
    );
  };

  const changedFiles = (o: Open) => Object.keys(o.story.files).filter((p) => o.story.files[p] !== o.saved[p]);

  const save = async () => {
    if (!open) return;
    if (open.target.kind === 'folder') {
      try {
        const changed = changedFiles(open);
        await saveToFolder(open.target.dir, open.story, changed);
        setOpen({ ...open, saved: { ...open.story.files } });
        setNotice({ kind: 'info', text: t('save.saved', { count: changed.length }) });
      } catch (e) {
        console.error(e);
        setNotice({ kind: 'error', text: t('save.failed') });
      }
      return;
    }
    downloadZip(open.story);
    setOpen({ ...open, saved: { ...open.story.files } });
    setNotice({ kind: 'info', text: t('save.downloaded', { file: `${open.story.folder}.zip` }) });
  };

  const exportPack = async () => {
    if (!open) return;
    const { result } = await checker.current!.pack(open.story);
    if (!result.ok) {
      setRefusal(result.stopping);
      setNotice({ kind: 'error', text: t('export.refused', { count: result.stopping.length }) });
      return;
    }
    setRefusal(null);
    download(result.fileName, result.text, 'application/json');
    setNotice({
      kind: 'info',
      text: t('export.done', { file: result.fileName, count: result.warnings.length }),
    });
  };

  const getPack = async () => {
    if (!openRef.current) return { problem: t('play.cannot') };
    const { result, pack } = await checker.current!.pack(openRef.current.story);
    return pack
      ? { pack }
      : { problem: t('play.fixFirst', { count: result.ok ? 0 : result.stopping.length }) };
  };

  const goToFinding = (f: Finding) => {
    if (!open) return;
    const p = fileOf(open.story, f.file);
    if (p) show(open.story, p, f.line || 1);
  };

  const goToNode = (id: string) => {
    if (!open) return;
    const logic = logicPath(open.story);
    show(open.story, logic, nodeLine(open.story.files[logic] ?? '', id) || 1);
  };

  /**
   * Another part of the studio (the Translate tab) changed the story. A file
   * open in the editor changes there, as an edit with its undo step, and the
   * editor's onChange carries it on; any other file changes here. Either way
   * the checker re-runs as after typing and the file counts as unsaved.
   */
  const changeStory = (next: StoryFiles, p: string) => {
    const current = openRef.current;
    if (!current) return;
    const others = Object.keys(next.files).filter((f) => f !== p && next.files[f] !== current.story.files[f]);
    if (editor.current?.openPath === p && others.length === 0) {
      editor.current.replaceText(next.files[p] ?? '');
      return;
    }
    const updated = { ...current, story: next };
    openRef.current = updated;
    setOpen(updated);
    setRefusal(null);
    setChecking(true);
    checker.current!.checkSoon(next);
  };

  const goToLine = (lang: string, lineId: string) => {
    if (!open) return;
    const p = tablePath(lang);
    const table = open.story.files[p];
    if (table === undefined) return;
    show(open.story, p, topKeyLine(table, lineId) || 1);
  };

  const changeLanguage = async (code: string) => {
    await i18n.changeLanguage(code);
    rememberLanguage(code);
    document.documentElement.lang = code;
    document.title = t('title');
    setLanguageTick((n) => n + 1);
  };

  const story = open?.story;
  const errors = findings.filter((f) => f.severity === 'error').length;
  const warnings = findings.length - errors;
  const cursorNode =
    story && path === logicPath(story) && cursorLine
      ? nodeAtLine(story.files[path] ?? '', cursorLine)
      : undefined;
  const storyLanguages = useMemo(
    () => (story ? tablePaths(story).map(tableLanguage) : []),
    [story && tablePaths(story).join()],
  );
  const dirty = open ? changedFiles(open).length > 0 : false;
  // Edits not saved are never lost without a question: closing the tab or the story asks first.
  useEffect(() => {
    if (!dirty) return;
    const ask = (e: BeforeUnloadEvent) => {
      if (!leaving.current) e.preventDefault();
    };
    window.addEventListener('beforeunload', ask);
    return () => window.removeEventListener('beforeunload', ask);
  }, [dirty]);
  const leaveStory = (then: () => void) => {
    if (dirty && !window.confirm(t('save.confirmDiscard'))) return;
    leaving.current = true; // a new story starts asking again (begin)
    then();
  };

  return (
    <div class="studio" data-testid="studio">
      <header class="studio-bar">
        <h1 class="studio-title">{t('title')}</h1>
        {story && (
          <p class="studio-story" data-testid="studio-story">
            {story.folder}
            {dirty && <span class="studio-dirty"> · {t('save.unsaved')}</span>}
          </p>
        )}
        <div class="studio-actions">
          {story && (
            <>
              <button
                type="button"
                class="btn btn-secondary"
                data-testid="studio-save"
                onClick={() => void save()}
              >
                {open!.target.kind === 'folder' ? t('save.toFolder') : t('save.download')}
              </button>
              <button
                type="button"
                class="btn btn-primary"
                data-testid="studio-export"
                onClick={() => void exportPack()}
              >
                {t('export.button')}
              </button>
              <button
                type="button"
                class="btn btn-ghost"
                data-testid="studio-close"
                onClick={() => leaveStory(() => setOpen(null))}
              >
                {t('open.another')}
              </button>
            </>
          )}
          <label class="studio-lang">
            <span class="visually-hidden">{t('language')}</span>
            <select
              value={i18n.language()}
              onChange={(e) => void changeLanguage(e.currentTarget.value)}
              data-testid="studio-language"
            >
              {languages.map((l) => (
                <option key={l.code} value={l.code} lang={l.code}>
                  {l.name}
                </option>
              ))}
            </select>
          </label>
          <button
            type="button"
            class="btn btn-ghost"
            data-testid="studio-leave"
            onClick={() => leaveStory(onLeave)}
          >
            {t('leave')}
          </button>
        </div>
      </header>
      <p
        class={`studio-notice notice-${notice?.kind ?? 'info'}`}
        role={notice?.kind === 'error' ? 'alert' : 'status'}
        data-testid="studio-notice"
      >
        {notice?.text ?? ''}
      </p>

      {!story && (
        <main class="studio-welcome" data-testid="studio-welcome">
          {choices ? (
            <section class="panel">
              <h2>{t('open.which')}</h2>
              <ul class="studio-pick">
                {choices.opening.opened.stories.map((s) => (
                  <li key={s.folder}>
                    <button
                      type="button"
                      class="btn btn-secondary"
                      onClick={() => begin(s, choices.opening.opened.target(s))}
                    >
                      {s.folder}
                    </button>
                  </li>
                ))}
              </ul>
            </section>
          ) : (
            <Welcome
              t={t}
              canSave={canSaveToFolder()}
              shipped={shipped}
              language={i18n.language()}
              onFolder={() => void openFolder()}
              onZip={() => zipInput.current?.click()}
              onNew={newStory}
              onShipped={(id, copyAs) => void openShipped(id, copyAs)}
            />
          )}
          <input
            ref={folderInput}
            type="file"
            hidden
            multiple
            {...{ webkitdirectory: '' }}
            data-testid="open-folder-input"
            onChange={async (e) => {
              const input = e.currentTarget;
              opened(await openPicked([...(input.files ?? [])]));
              input.value = '';
            }}
          />
          <input
            ref={zipInput}
            type="file"
            hidden
            accept=".zip,application/zip"
            data-testid="open-zip-input"
            onChange={async (e) => {
              const input = e.currentTarget;
              opened(await openPicked([...(input.files ?? [])]));
              input.value = '';
            }}
          />
        </main>
      )}

      <div class={tab === 'translate' ? 'studio-work is-translating' : 'studio-work'} hidden={!story}>
        <aside class="studio-side" aria-label={t('files.label')}>
          <h2>{t('files.title')}</h2>
          <ul class="studio-files" data-testid="studio-files">
            {story &&
              [logicPath(story), ...tablePaths(story)].map((p) => (
                <li key={p}>
                  <button
                    type="button"
                    class={p === path ? 'studio-file is-open' : 'studio-file'}
                    aria-current={p === path ? 'true' : undefined}
                    data-file={p}
                    onClick={() => show(story, p)}
                  >
                    {p.startsWith('text/')
                      ? t('files.table', { file: p, language: languageName(tableLanguage(p)) })
                      : p}
                    {story.files[p] !== open!.saved[p] && <span class="studio-dirty"> *</span>}
                  </button>
                </li>
              ))}
          </ul>
          <h2>{t('findings.title')}</h2>
          <p class="studio-summary" data-testid="findings-summary" aria-live="polite">
            {checking
              ? t('findings.checking')
              : checkComplete
                ? t('findings.summary', { errors, warnings, ms: Math.round(checkMs) })
                : t('findings.exploring', { errors, warnings })}
          </p>
          <p class="studio-hint">{t('findings.click')}</p>
          {refusal && (
            <p class="studio-problem" data-testid="export-refused">
              {t('export.why')}
            </p>
          )}
          <ul class="studio-findings" data-testid="findings">
            {findings.map((f, i) => (
              <li key={i}>
                <button
                  type="button"
                  class={`studio-finding finding-${f.severity}`}
                  data-code={f.code}
                  data-line={f.line}
                  onClick={() => goToFinding(f)}
                >
                  <span class="finding-where">
                    {t(`findings.${f.severity}`)} · {t(`category.${categoryOf(f.code)}`)} ·{' '}
                    {story ? (fileOf(story, f.file) ?? f.file) : f.file}:{f.line}
                  </span>
                  {/* The checker's words in the author's language; node names, ids and values stay as written. */}
                  <span class="finding-message" lang={f.params ? i18n.language() : 'en'}>
                    {findingText(f, templates)}
                  </span>
                </button>
              </li>
            ))}
          </ul>
        </aside>
        <section class="studio-editor" aria-label={t('editor.region', { file: path })}>
          <div class="studio-editor-host" ref={editorHost} data-testid="editor" />
        </section>
        <section class="studio-right">
          <div class="studio-tabs" role="tablist" aria-label={t('tabs.label')}>
            {TABS.map((name) => (
              <button
                key={name}
                type="button"
                role="tab"
                class="studio-tab"
                aria-selected={tab === name}
                id={`studio-tab-${name}`}
                aria-controls={`studio-panel-${name}`}
                data-testid={`tab-${name}`}
                onClick={() => setTab(name)}
              >
                {t(`tabs.${name}`)}
              </button>
            ))}
          </div>
          <div
            class="studio-tab-body"
            hidden={tab !== 'graph'}
            role="tabpanel"
            id="studio-panel-graph"
            aria-labelledby="studio-tab-graph"
          >
            <GraphView outline={outline} t={t} onNode={goToNode} />
          </div>
          <div
            class="studio-tab-body"
            hidden={tab !== 'play'}
            role="tabpanel"
            id="studio-panel-play"
            aria-labelledby="studio-tab-play"
          >
            {story && (
              <PlayPanel
                key={story.folder}
                t={t}
                outline={outline}
                storyLanguages={storyLanguages}
                languageName={languageName}
                languages={languages}
                cursorNode={cursorNode}
                getPack={getPack}
                onLine={goToLine}
              />
            )}
          </div>
          <div
            class="studio-tab-body"
            hidden={tab !== 'translate'}
            role="tabpanel"
            id="studio-panel-translate"
            aria-labelledby="studio-tab-translate"
          >
            {story && (
              <TranslatePanel
                key={story.folder}
                t={t}
                story={story}
                active={tab === 'translate'}
                languageName={languageName}
                uiLanguage={i18n.language()}
                onStory={changeStory}
                onOpenLine={goToLine}
              />
            )}
          </div>
        </section>
      </div>
    </div>
  );
}

function readIndex(json: unknown): ShippedStory[] {
  const list = (json as { scenarios?: unknown } | null)?.scenarios;
  if (!Array.isArray(list)) return [];
  return list.flatMap((e: unknown) => {
    const entry = e as { id?: unknown; texts?: Record<string, { title?: unknown }> };
    if (typeof entry.id !== 'string') return [];
    const titles: Record<string, string> = {};
    for (const [lang, t] of Object.entries(entry.texts ?? {}))
      if (typeof t?.title === 'string') titles[lang] = t.title;
    return [{ id: entry.id, titles }];
  });
}

interface WelcomeProps {
  t: (key: string, options?: Record<string, unknown>) => string;
  canSave: boolean;
  shipped: ShippedStory[];
  language: string;
  onFolder(): void;
  onZip(): void;
  onNew(id: string): void;
  onShipped(id: string, copyAs?: string): void;
}

function Welcome({ t, canSave, shipped, language, onFolder, onZip, onNew, onShipped }: WelcomeProps) {
  const [id, setId] = useState('');
  const [problem, setProblem] = useState('');
  const submit = (e: Event) => {
    e.preventDefault();
    if (!isStoryId(id)) return setProblem(t('new.badId'));
    if (shipped.some((s) => s.id === id)) return setProblem(t('new.taken', { id }));
    setProblem('');
    onNew(id);
  };
  return (
    <div class="studio-start">
      <section class="panel">
        <h2>{t('open.title')}</h2>
        <p>{canSave ? t('open.folderSaves') : t('open.folderDownloads')}</p>
        <div class="studio-row">
          <button type="button" class="btn btn-primary" data-testid="open-folder" onClick={onFolder}>
            {t('open.folder')}
          </button>
          <button type="button" class="btn btn-secondary" data-testid="open-zip" onClick={onZip}>
            {t('open.zip')}
          </button>
        </div>
      </section>
      <section class="panel">
        <h2>{t('new.title')}</h2>
        <p>{t('new.hint')}</p>
        <form class="studio-row" onSubmit={submit}>
          <label class="studio-field">
            {t('new.id')}
            <input
              value={id}
              data-testid="new-id"
              aria-describedby="studio-new-problem"
              onInput={(e) => setId(e.currentTarget.value.trim())}
            />
          </label>
          <button type="submit" class="btn btn-primary" data-testid="new-story">
            {t('new.button')}
          </button>
        </form>
        <p id="studio-new-problem" class="studio-problem" role="alert" hidden={!problem}>
          {problem}
        </p>
      </section>
      <ShippedList
        t={t}
        stories={shipped}
        language={language}
        taken={(x) => shipped.some((s) => s.id === x)}
        onOpen={onShipped}
      />
    </div>
  );
}
