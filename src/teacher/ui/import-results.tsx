/**
 * What each import came to, newest batch first: a summary line, then one
 * line per file or set of codes with its name, a badge and the sentence that
 * says what happened — with "Import into …" where a hand-in was for another
 * of the teacher's classes.
 */
import type { ImportOutcome } from '../import/outcome';
import { tally } from '../import/outcome';
import { outcomeText, statusText, tallyText } from '../screens/import-text';
import type { TeacherText } from './text';

export interface ImportBatch {
  key: number;
  outcomes: ImportOutcome[];
}

export interface ImportResultsProps {
  t: TeacherText;
  language: string;
  batches: readonly ImportBatch[];
  onImportInto(batch: number, index: number): void;
}

const BADGE: Record<ImportOutcome['status'], string> = {
  imported: 'badge badge-done',
  already: 'badge',
  refused: 'badge badge-refused',
};

export function ImportResults({ t, language, batches, onImportInto }: ImportResultsProps) {
  return (
    <>
      {batches.map((batch) => (
        <section class="import-batch" data-testid="import-batch" key={batch.key}>
          <p class="import-summary" data-testid="import-summary" tabIndex={-1}>
            {tallyText(tally(batch.outcomes), t, language)}
          </p>
          <ul class="import-results">
            {batch.outcomes.map((o, i) => (
              <li key={i} class="import-result" data-testid="import-result" data-status={o.status}>
                <span class="import-result-name">{o.name}</span>
                <span class={BADGE[o.status]}>{statusText(o, t)}</span>
                <p class="import-result-text" data-testid="import-result-text">
                  {outcomeText(o, t, language)}
                </p>
                {o.status === 'refused' && o.otherClass && o.handIn && (
                  <button
                    type="button"
                    class="btn btn-secondary"
                    data-testid="import-into"
                    onClick={() => onImportInto(batch.key, i)}
                  >
                    {t('import.result.importInto', { name: o.otherClass.name })}
                  </button>
                )}
              </li>
            ))}
          </ul>
        </section>
      ))}
    </>
  );
}
