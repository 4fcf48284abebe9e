/**
 * A class's summary (`#/teacher/summary?code=…`), from its handed-in results
 * and those played on this device: the whole class, or one topic or story
 * (a selector), with key figures, charts and their tables; what to discuss
 * next; the per-child view (hidden until asked for); an anonymous view for
 * projecting (numbers instead of nicknames, no downloads); the downloads;
 * and the way to the printable report. docs/teacher-area.md, "The class
 * summary".
 */
import type { VNode } from 'preact';
import { useId, useMemo, useState } from 'preact/hooks';
import { downloadText } from '../../game/ui/download';
import { childNumbers, csvDialectFor } from '../export/index';
import type { TeacherApp } from '../teacher-app';
import { TeacherScreen } from '../ui/teacher-screen';
import { BlockView, KeyFigures, NoResults, Part, PlanSection, TableView } from '../summary-view/blocks';
import { loadClassResults, type ClassResults } from '../summary-view/class-results';
import { DOWNLOADS, downloadFile, type DownloadKind } from '../summary-view/downloads';
import { sourceCounts } from '../summary-view/sources';
import { childrenTable, parseScope, planView, scopeChoices, scopeView } from '../summary-view/tables';
import { togetherTables } from '../summary-view/together';
import '../styles/summary.css';

/** The device's spreadsheet dialect (its locale), or the teacher's language's when the browser does not say. */
export function deviceDialect(language: string) {
  return csvDialectFor(
    typeof navigator !== 'undefined' && navigator.language ? navigator.language : language,
  );
}

function SummaryPage({ app, data }: { app: TeacherApp; data: ClassResults }) {
  const { cls, summary, words: w } = data;
  const id = useId();
  const [scopeKey, setScopeKey] = useState('class');
  const [anonymous, setAnonymous] = useState(false);
  const [showChildren, setShowChildren] = useState(false);
  const [withNames, setWithNames] = useState(false);
  const scope = parseScope(scopeKey, summary);
  const view = useMemo(() => scopeView(summary, scope, w), [summary, scopeKey]);
  const plan = useMemo(() => planView(summary.discuss, w), [summary]);
  const together = useMemo(() => {
    const date = new Intl.DateTimeFormat(app.services.i18n.language(), {
      dateStyle: 'medium',
      timeStyle: 'short',
    });
    return togetherTables(data.attempts, w, (ms) => date.format(ms));
  }, [data.attempts]);
  const numbers = useMemo(() => childNumbers(data.attempts), [data.attempts]);
  const children = useMemo(
    () =>
      childrenTable(
        summary.children,
        anonymous
          ? (c) => w.t('summary.childNumber', { n: numbers.get(c.childKey) ?? 0 })
          : (c) => c.nickname,
        w,
      ),
    [summary, anonymous],
  );
  const save = (kind: DownloadKind) => {
    const file = downloadFile(kind, {
      classCode: cls.code,
      attempts: data.attempts,
      summary,
      words: w,
      dialect: deviceDialect(app.services.i18n.language()),
      includeNicknames: withNames,
      now: app.services.now(),
    });
    downloadText(file.text, file.name, file.type);
    app.announce(w.t('summary.download.done', { name: file.name }));
  };

  return (
    <TeacherScreen
      app={app}
      name="summary"
      wide
      back={{ label: cls.name, go: () => app.go('class', { code: cls.code }) }}
    >
      <h1>{w.t('summary.title', { name: cls.name })}</h1>
      <p class="lead" data-testid="summary-counts">
        {w.t('summary.counts', {
          results: w.count(summary.figures.attempts),
          children: w.count(summary.figures.children),
          count: summary.figures.attempts,
        })}
      </p>
      <ul class="summary-sources" data-testid="summary-sources">
        {sourceCounts(data.attempts, w).map((s) => (
          <li key={s.key}>
            <span class={`badge source-${s.key}`}>{s.label}</span> {w.count(s.count)}
          </li>
        ))}
      </ul>
      {!data.deviceRead && <p class="notice">{app.t('class.deviceUnknown')}</p>}

      <div class="summary-controls" role="group" aria-label={w.t('summary.controls')}>
        <label for={`scope-${id}`}>{w.t('summary.scope.label')}</label>
        <select
          id={`scope-${id}`}
          data-testid="summary-scope"
          value={scopeKey}
          onChange={(e) => setScopeKey(e.currentTarget.value)}
        >
          {scopeChoices(summary, w).map((c) => (
            <option key={c.key} value={c.key}>
              {c.label}
            </option>
          ))}
        </select>
        <button
          type="button"
          class="btn btn-secondary"
          aria-pressed={anonymous}
          data-testid="summary-anonymous"
          onClick={() => setAnonymous(!anonymous)}
        >
          {w.t(anonymous ? 'summary.anonymousOff' : 'summary.anonymousOn')}
        </button>
        <button
          type="button"
          class="btn btn-secondary"
          data-testid="summary-open-report"
          onClick={() => app.go('report', { code: cls.code })}
        >
          {w.t('summary.openReport')}
        </button>
      </div>
      {anonymous && (
        <p class="notice" role="status" data-testid="summary-anonymous-note">
          {w.t('summary.anonymousNote')}
        </p>
      )}

      <Part id="figures" title={view.title}>
        <KeyFigures figures={view.keys} />
        {view.blocks.map((b) => (
          <BlockView key={`${scopeKey}/${b.id}`} block={b} words={w} />
        ))}
      </Part>

      <Part id="plan" title={w.t('summary.plan.title')}>
        <p class="hint">{w.t('summary.plan.intro')}</p>
        <PlanSection plan={plan} words={w} />
      </Part>

      {together.length > 0 && (
        <Part id="together" title={w.t('summary.together.title')}>
          <p class="hint">{w.t('summary.together.intro')}</p>
          {together.map((table, i) => (
            <TableView key={i} table={table} testId="table-together" />
          ))}
        </Part>
      )}

      <Part id="children" title={w.t('summary.block.children')}>
        <p class="hint">{w.t('summary.children.hint')}</p>
        <button
          type="button"
          class="btn btn-secondary"
          aria-expanded={showChildren}
          aria-controls={`children-${id}`}
          data-testid="summary-children-toggle"
          onClick={() => setShowChildren(!showChildren)}
        >
          {w.t(showChildren ? 'summary.children.hide' : 'summary.children.show')}
        </button>
        <div id={`children-${id}`} hidden={!showChildren}>
          {showChildren && <TableView table={children} testId="table-children" />}
        </div>
      </Part>

      {!anonymous && (
        <Part id="downloads" title={w.t('summary.download.title')}>
          <p class="hint">{w.t('summary.download.hint')}</p>
          <label class="check-row">
            <input
              type="checkbox"
              data-testid="download-names"
              checked={withNames}
              onChange={(e) => setWithNames(e.currentTarget.checked)}
            />
            {w.t('summary.download.names')}
          </label>
          <div class="card-actions">
            {DOWNLOADS.map((kind) => (
              <button
                key={kind}
                type="button"
                class="btn btn-secondary"
                data-testid={`download-${kind}`}
                onClick={() => save(kind)}
              >
                {w.t(`summary.download.${kind}`)}
              </button>
            ))}
          </div>
        </Part>
      )}
    </TeacherScreen>
  );
}

function Empty({ app, data }: { app: TeacherApp; data: ClassResults }) {
  return (
    <TeacherScreen
      app={app}
      name="summary"
      back={{ label: data.cls.name, go: () => app.go('class', { code: data.cls.code }) }}
    >
      <h1>{data.words.t('summary.title', { name: data.cls.name })}</h1>
      <NoResults words={data.words} />
    </TeacherScreen>
  );
}

export function MissingClassPage({ app }: { app: TeacherApp }) {
  return (
    <TeacherScreen
      app={app}
      name="class-missing"
      back={{ label: app.t('classes.title'), go: () => app.go('classes') }}
    >
      <h1>{app.t('class.missingTitle')}</h1>
      <p>{app.t('class.missingText')}</p>
    </TeacherScreen>
  );
}

export async function summaryPage(app: TeacherApp, params: Record<string, string>): Promise<VNode> {
  const data = await loadClassResults(app, params.code);
  if (!data) return <MissingClassPage app={app} />;
  if (data.summary.figures.attempts === 0) return <Empty app={app} data={data} />;
  return <SummaryPage app={app} data={data} />;
}
