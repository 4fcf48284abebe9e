/**
 * The pieces the summary page and the printed report share: a block (its
 * title, a sentence, the chart and its table), the key figures, "What to
 * discuss next", the per-child table and the "no results yet" page body.
 */
import type { ComponentChildren } from 'preact';
import { ChartView } from './chart-view';
import type { Block, KeyFigure, PlanView, TableData } from './tables';
import type { SummaryWords } from './words';

/**
 * A table of figures. Its box scrolls sideways when a phone is too narrow,
 * so it can take the keyboard's focus (arrow keys scroll it) and is named by
 * the caption. `titled`: a heading above already says what it is, so the
 * caption is there for screen readers only.
 */
export function TableView({
  table,
  testId,
  titled = false,
}: {
  table: TableData;
  testId: string;
  titled?: boolean;
}) {
  return (
    <div class="summary-table-box" tabIndex={0} role="region" aria-label={table.caption}>
      <table class="summary-table" data-testid={testId}>
        <caption class={titled ? 'visually-hidden' : undefined}>{table.caption}</caption>
        <thead>
          <tr>
            {table.head.map((h, i) => (
              <th key={i} scope="col" class={table.numeric[i] ? 'num' : undefined}>
                {h}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {table.rows.map((r) => (
            <tr key={r.key} data-row={r.key}>
              {r.cells.map((c, i) =>
                i === 0 ? (
                  <th key={i} scope="row">
                    {c}
                  </th>
                ) : (
                  <td key={i} class={table.numeric[i] ? 'num' : undefined}>
                    {c}
                  </td>
                ),
              )}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

/** A block: title, what it means, the chart (when the figures make one) and the table of its numbers. */
export function BlockView({
  block,
  words,
  charts = true,
}: {
  block: Block;
  words: SummaryWords;
  charts?: boolean;
}) {
  const empty = block.table.rows.length === 0;
  return (
    <section
      class="summary-block"
      data-testid={`block-${block.id}`}
      aria-labelledby={`block-${block.id}-title`}
    >
      <h3 id={`block-${block.id}-title`}>{block.title}</h3>
      {block.note && <p class="hint">{block.note}</p>}
      {empty ? (
        <p data-testid={`block-${block.id}-empty`}>{words.t('summary.none')}</p>
      ) : (
        <div class={block.chart && charts ? 'summary-pair' : undefined}>
          {block.chart && charts && <ChartView data={block.chart} testId={`chart-${block.id}`} />}
          <TableView table={block.table} testId={`table-${block.id}`} titled />
        </div>
      )}
    </section>
  );
}

export function KeyFigures({ figures }: { figures: KeyFigure[] }) {
  return (
    <dl class="key-figures" data-testid="key-figures">
      {figures.map((f) => (
        <div key={f.id} class="key-figure" data-testid={`figure-${f.id}`}>
          <dt>{f.label}</dt>
          <dd>
            <span class="key-figure-value">{f.value}</span>
            {f.detail && <span class="key-figure-detail">{f.detail}</span>}
          </dd>
        </div>
      ))}
    </dl>
  );
}

export function PlanSection({ plan, words }: { plan: PlanView; words: SummaryWords }) {
  const nothing = plan.signs.length === 0 && plan.lessons.length === 0 && plan.questions.length === 0;
  return (
    <div class="summary-plan" data-testid="plan">
      {nothing && <p data-testid="plan-none">{words.t('summary.plan.none')}</p>}
      {plan.signs.length > 0 && (
        <>
          <h3>{words.t('summary.plan.signsTitle')}</h3>
          <ul class="plan-list" data-testid="plan-signs">
            {plan.signs.map((s) => (
              <li key={s.key}>
                <strong>{s.name}</strong> — {words.t('summary.plan.spottedShare', { share: s.share })}{' '}
                <span class="hint">{s.detail}</span>
                {s.example && (
                  <blockquote class="plan-example">
                    <span class="visually-hidden">{words.t('summary.plan.example')} </span>“{s.example}”
                  </blockquote>
                )}
              </li>
            ))}
          </ul>
        </>
      )}
      {plan.lessons.length > 0 && (
        <>
          <h3>{words.t('summary.plan.lessonsTitle')}</h3>
          <ul class="plan-list" data-testid="plan-lessons">
            {plan.lessons.map((l) => (
              <li key={l.key}>
                <strong>{l.name}</strong> <span class="hint">{l.detail}</span>
              </li>
            ))}
          </ul>
        </>
      )}
      {plan.questions.length > 0 && (
        <>
          <h3>{words.t('summary.plan.questionsTitle')}</h3>
          <ol class="plan-questions" data-testid="plan-questions">
            {plan.questions.map((q) => (
              <li key={q.key}>
                {q.text} <span class="hint">({q.story})</span>
              </li>
            ))}
          </ol>
        </>
      )}
    </div>
  );
}

/** A titled part of the page (a new printed page in the report). */
export function Part({ id, title, children }: { id: string; title: string; children: ComponentChildren }) {
  return (
    <section class="summary-part" data-testid={`part-${id}`} aria-labelledby={`part-${id}-title`}>
      <h2 id={`part-${id}-title`}>{title}</h2>
      {children}
    </section>
  );
}

/** No results yet: how students hand in, and how the teacher brings results in. */
export function NoResults({ words }: { words: SummaryWords }) {
  return (
    <div class="summary-empty" data-testid="summary-empty">
      <p class="lead">{words.t('summary.empty.lead')}</p>
      <h2>{words.t('summary.empty.howTitle')}</h2>
      <ol>
        <li>{words.t('summary.empty.step1')}</li>
        <li>{words.t('summary.empty.step2')}</li>
        <li>{words.t('summary.empty.step3')}</li>
      </ol>
      <p class="hint">{words.t('summary.empty.device')}</p>
    </div>
  );
}
