/**
 * The teacher's words for what an import came to: one line per file or set
 * of codes, and the summary of a batch. Pure, so every case is unit-tested
 * in every language.
 */
import type { ImportOutcome, ImportTally } from '../import/outcome';
import type { TeacherText } from '../ui/text';

/** What happened to one file or set of QR codes, in a sentence. */
export function outcomeText(outcome: ImportOutcome, t: TeacherText, language: string): string {
  switch (outcome.status) {
    case 'imported': {
      const { added: count, alreadyPresent: already, nickname } = outcome;
      const text = already
        ? t('import.result.importedSome', { count, already, nickname })
        : t('import.result.imported', { count, nickname });
      return outcome.intoClass
        ? `${text} ${t('import.result.intoClass', { name: outcome.intoClass.name })}`
        : text;
    }
    case 'already': {
      const text = t('import.result.already', { count: outcome.results, nickname: outcome.nickname });
      return outcome.intoClass
        ? `${text} ${t('import.result.intoClass', { name: outcome.intoClass.name })}`
        : text;
    }
    case 'refused':
      return refusalText(outcome, t, language);
  }
}

function refusalText(
  outcome: Extract<ImportOutcome, { status: 'refused' }>,
  t: TeacherText,
  language: string,
) {
  switch (outcome.reason) {
    case 'wrong-class':
      return outcome.otherClass
        ? t('import.reason.wrong-class-other', { code: outcome.classCode, name: outcome.otherClass.name })
        : t('import.reason.wrong-class', { code: outcome.classCode });
    case 'wrong-version':
      return t(
        outcome.newer === false ? 'import.reason.wrong-version-older' : 'import.reason.wrong-version-newer',
      );
    case 'incomplete': {
      const missing = outcome.missing ?? [];
      return t('import.reason.incomplete', {
        count: missing.length,
        total: outcome.total,
        list: listOf(missing.map(String), language),
      });
    }
    case 'storage':
      return `${t('import.reason.storage')} ${t(`storage.reason.${outcome.storage ?? 'unknown'}`)}`;
    default:
      return t(`import.reason.${outcome.reason}`);
  }
}

/** The short word on each line's badge. */
export function statusText(outcome: ImportOutcome, t: TeacherText): string {
  return t(`import.status.${outcome.status}`);
}

/** "2 hand-ins imported, 1 already imported and 1 refused." (only the parts that happened). */
export function tallyText(counts: ImportTally, t: TeacherText, language: string): string {
  const parts = (['imported', 'already', 'refused'] as const)
    .filter((k) => counts[k] > 0)
    .map((k) => t(`import.summary.${k}`, { count: counts[k] }));
  return t('import.summary', { list: listOf(parts, language) });
}

/** "2, 4 and 5" in the teacher's language. */
export function listOf(items: readonly string[], language: string): string {
  try {
    return new Intl.ListFormat(language, { style: 'long', type: 'conjunction' }).format(items);
  } catch {
    return items.join(', '); // a language the browser's Intl does not know
  }
}
