/**
 * The stories a class played together on the projector (classroom mode), as
 * the summary shows them: for each session, every choice the class made, in
 * order, with the show of hands the teacher counted for each option. The
 * figures above count these sessions like any play; this is where their own
 * data — what the class decided, and how many hands went up — can be read.
 */
import type { ClassAttempt } from '../model';
import type { TableData } from './tables';
import type { SummaryWords } from './words';

/** A decision's option: a choice's line, or `protect:<action>` for a protective action. */
function optionText(w: SummaryWords, scenarioId: string, option: string): string {
  return option.startsWith('protect:')
    ? w.action(option.slice('protect:'.length))
    : w.line(scenarioId, option);
}

/** One table per class session, oldest first; none when the class never played together. */
export function togetherTables(
  attempts: readonly ClassAttempt[],
  w: SummaryWords,
  formatDate: (ms: number) => string,
): TableData[] {
  return attempts
    .filter((a) => a.source === 'classroom' && a.classroom)
    .sort((a, b) => a.endedAt - b.endedAt || a.id.localeCompare(b.id))
    .map((a) => {
      const play = a.classroom!;
      const ending = a.transcript.ending;
      const rows: TableData['rows'] = [];
      play.decisions.forEach((d, i) => {
        const options = [d.picked, ...d.hands.map((h) => h.option).filter((o) => o !== d.picked)];
        for (const option of options) {
          const hands = d.hands.find((h) => h.option === option);
          rows.push({
            key: `${i}/${option}`,
            cells: [
              w.t('summary.together.step', { n: i + 1 }),
              optionText(w, a.scenarioId, option),
              option === d.picked ? w.t('summary.together.picked') : '',
              hands ? w.count(hands.count) : '–',
            ],
          });
        }
      });
      return {
        caption: w.t('summary.together.caption', {
          story: w.story(a.scenarioId),
          date: formatDate(a.endedAt),
          ending: ending ? w.ending(a.scenarioId, ending.node) : w.t('summary.together.noEnding'),
          tried: play.tried.length,
        }),
        head: [
          w.t('summary.together.col.step'),
          w.t('summary.together.col.option'),
          w.t('summary.together.col.decision'),
          w.t('summary.together.col.hands'),
        ],
        numeric: [false, false, false, true],
        rows,
      };
    });
}
