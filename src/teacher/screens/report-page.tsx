/**
 * The printable class report (`#/teacher/report?code=…`): the whole class's
 * figures and charts, its topics and stories side by side, what to discuss
 * next, and each story's endings, laid out for paper by the print
 * stylesheet (styles/summary.css: no top bar or buttons, a new page per
 * part, rows never split). "Print / Save as PDF" calls the browser's print.
 * No nicknames unless the teacher ticks the box; then the per-child table
 * is added as its last part.
 */
import type { VNode } from 'preact';
import { useMemo, useState } from 'preact/hooks';
import type { TeacherApp } from '../teacher-app';
import { TeacherScreen } from '../ui/teacher-screen';
import { BlockView, KeyFigures, NoResults, Part, PlanSection, TableView } from '../summary-view/blocks';
import { loadClassResults, type ClassResults } from '../summary-view/class-results';
import {
  childrenTable,
  keyFigures,
  planView,
  scopeView,
  storyEndingsBlock,
  type Block,
} from '../summary-view/tables';
import { MissingClassPage } from './summary-page';
import '../styles/summary.css';

function ReportPage({ app, data }: { app: TeacherApp; data: ClassResults }) {
  const { cls, summary, words: w } = data;
  const [withNames, setWithNames] = useState(false);
  const whole = useMemo(() => scopeView(summary, { kind: 'class' }, w), [summary]);
  const plan = useMemo(() => planView(summary.discuss, w), [summary]);
  // The whole class's own blocks first; its topics and stories side by side on a page of their own.
  const parts = new Set(['topics', 'stories']);
  const own = whole.blocks.filter((b) => !parts.has(b.id));
  const sideBySide = whole.blocks.filter((b) => parts.has(b.id) && b.table.rows.length > 0);
  const date = new Intl.DateTimeFormat(app.services.i18n.language(), { dateStyle: 'long' }).format(
    app.services.now(),
  );
  return (
    <TeacherScreen
      app={app}
      name="report"
      wide
      back={{ label: w.t('summary.back'), go: () => app.go('summary', { code: cls.code }) }}
    >
      <header class="report-head">
        <h1>{w.t('report.title', { name: cls.name })}</h1>
        <p data-testid="report-meta">
          {w.t('report.meta', {
            code: cls.code,
            date,
            results: w.count(summary.figures.attempts),
            children: w.count(summary.figures.children),
            count: summary.figures.attempts,
          })}
        </p>
      </header>
      <div class="report-controls no-print">
        <p class="hint">{w.t('report.hint')}</p>
        <label class="check-row">
          <input
            type="checkbox"
            data-testid="report-names"
            checked={withNames}
            onChange={(e) => setWithNames(e.currentTarget.checked)}
          />
          {w.t('report.names')}
        </label>
        <button
          type="button"
          class="btn btn-primary"
          data-testid="report-print"
          onClick={() => window.print()}
        >
          {w.t('report.print')}
        </button>
      </div>
      {summary.figures.attempts === 0 ? (
        <NoResults words={w} />
      ) : (
        <>
          <Part id="class" title={w.t('summary.scope.wholeClass')}>
            <KeyFigures figures={whole.keys} />
            {own.map((b) => (
              <BlockView key={b.id} block={b} words={w} />
            ))}
          </Part>
          {sideBySide.length > 0 && (
            <Part id="parts" title={w.t('report.partsTitle')}>
              {sideBySide.map((b) => (
                <BlockView key={b.id} block={b} words={w} />
              ))}
            </Part>
          )}
          <Part id="plan" title={w.t('summary.plan.title')}>
            <PlanSection plan={plan} words={w} />
          </Part>
          <Part id="stories" title={w.t('report.storiesTitle')}>
            {summary.stories.map((s) => {
              const endings: Block = { ...storyEndingsBlock(s, w), title: w.t('summary.block.storyEndings') };
              return (
                <section key={s.scenarioId} class="report-story" data-testid={`report-story-${s.scenarioId}`}>
                  <h3>{w.story(s.scenarioId)}</h3>
                  <KeyFigures figures={keyFigures(s, w)} />
                  <TableView table={endings.table} testId={`table-story-endings-${s.scenarioId}`} />
                </section>
              );
            })}
          </Part>
          {withNames && (
            <Part id="children" title={w.t('summary.block.children')}>
              <TableView
                table={childrenTable(summary.children, (c) => c.nickname, w)}
                testId="table-children"
              />
            </Part>
          )}
        </>
      )}
    </TeacherScreen>
  );
}

export async function reportPage(app: TeacherApp, params: Record<string, string>): Promise<VNode> {
  const data = await loadClassResults(app, params.code);
  if (!data) return <MissingClassPage app={app} />;
  return <ReportPage app={app} data={data} />;
}
